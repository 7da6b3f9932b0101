// Signing in and out: the password, the second factor, and the public pages reached from a link
// (accepting an invitation, choosing a new password).
export { AcceptInvitationPage } from './routes/AcceptInvitationPage';
export { ResetPasswordPage } from './routes/ResetPasswordPage';
export { SecondFactorPage } from './routes/SecondFactorPage';
export { SignInPage } from './routes/SignInPage';
