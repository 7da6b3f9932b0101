// The organisation tree and each organisation's details.
export { OrganisationOverview } from './components/OrganisationOverview';
export { OrganisationsPage } from './routes/OrganisationsPage';
export { SettingsPage } from './routes/SettingsPage';
