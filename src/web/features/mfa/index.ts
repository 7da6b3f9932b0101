// Setting up a second factor: an authenticator app, with recovery codes for when it is not to hand.
export { SetUpMfaPage } from './routes/SetUpMfaPage';
