// The people in an organisation and their roles.
export { AddPersonPage } from './routes/AddPersonPage';
export { PeoplePage } from './routes/PeoplePage';
export { PersonPage } from './routes/PersonPage';
