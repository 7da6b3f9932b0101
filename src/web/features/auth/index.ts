// Signing in and out.
export { useSignOut } from './api/sign-out';
export { SignInPage } from './routes/SignInPage';
