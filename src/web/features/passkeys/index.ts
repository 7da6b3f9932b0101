// Passkeys and security keys: managing them on the account page, setting one up as the second
// factor, giving one after the password, and signing in with one alone.
export { PasskeyEnrolment } from './components/PasskeyEnrolment';
export { PasskeySecondFactor } from './components/PasskeySecondFactor';
export { PasskeySignIn } from './components/PasskeySignIn';
export { PasskeysSection } from './components/PasskeysSection';
