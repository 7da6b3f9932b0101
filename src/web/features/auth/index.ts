// Signing in and out: the password, the second factor, and the public pages reached from a link
// (accepting an invitation, choosing a new password), and asking for a reset link by email.
export { AcceptInvitationPage } from './routes/AcceptInvitationPage';
export { ForgottenPasswordPage } from './routes/ForgottenPasswordPage';
export { ResetPasswordPage } from './routes/ResetPasswordPage';
export { SecondFactorPage } from './routes/SecondFactorPage';
export { SignInPage } from './routes/SignInPage';
