// Your own account and login sessions.
export { AccountPage } from './routes/AccountPage';
export { InvitationsSection } from './components/InvitationsSection';
