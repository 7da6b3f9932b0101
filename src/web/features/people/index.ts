// The people in an organisation and their roles, invitations, and help signing in (reset links).
export { AddPersonPage } from './routes/AddPersonPage';
export { InvitePersonPage } from './routes/InvitePersonPage';
export { PeoplePage } from './routes/PeoplePage';
export { PersonPage } from './routes/PersonPage';
