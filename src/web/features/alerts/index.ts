// Alert triage: the report over a period with its findings, importing the alert history, the triage
// targets, and the actions made from the findings.
export { AlertActionsPage } from './routes/AlertActionsPage';
export { AlertReportPage } from './routes/AlertReportPage';
export { AlertSettingsPage } from './routes/AlertSettingsPage';
export { ImportAlertsPage } from './routes/ImportAlertsPage';
