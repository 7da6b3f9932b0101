// NHS cyber alerts: the register, recording an alert, and one alert with the steps of the response.
export { CyberAlertsPage } from './routes/CyberAlertsPage';
export { RecordCyberAlertPage } from './routes/RecordCyberAlertPage';
export { CyberAlertPage } from './routes/CyberAlertPage';
