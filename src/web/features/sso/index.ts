// Single sign-on: the choice on the sign-in page, and the organisation's connections.
export { SingleSignOnOption } from './components/SingleSignOnOption';
export { SingleSignOnPage } from './routes/SingleSignOnPage';
