// The organisation tree, each organisation's details and second-factor setting, and its API tokens.
export { OrganisationOverview } from './components/OrganisationOverview';
export { ApiTokensPage } from './routes/ApiTokensPage';
export { ImportOrganisationsPage } from './routes/ImportOrganisationsPage';
export { OrganisationsPage } from './routes/OrganisationsPage';
export { SettingsPage } from './routes/SettingsPage';
