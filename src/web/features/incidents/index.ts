// Incidents: the register and the board, recording an incident, and each incident's page with its
// notification clocks, timeline, notifications, lessons learned, actions and evidence.
export { IncidentBoardPage } from './routes/IncidentBoardPage';
export { IncidentPage } from './routes/IncidentPage';
export { IncidentRegisterPage } from './routes/IncidentRegisterPage';
export { NewIncidentPage } from './routes/NewIncidentPage';
