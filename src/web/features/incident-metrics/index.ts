// Incident metrics: response times over a period beside targets and published figures, the
// organisation's incident settings, and the signed-in person's notifications.
export { IncidentMetricsPage } from './routes/IncidentMetricsPage';
export { IncidentSettingsPage } from './routes/IncidentSettingsPage';
export { NotificationsPage } from './routes/NotificationsPage';
