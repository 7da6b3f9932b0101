// The NHS cyber alerts register: each organisation's alerts from NHS England, whether they apply to
// its systems (worked out from its scanner findings, confirmed by a person), and its response.
export { listCyberAlerts, getCyberAlert } from './alert-reading.js';
export {
  acknowledgeCyberAlert,
  addCyberAlertUpdate,
  changeCyberAlert,
  closeCyberAlert,
  confirmApplicability,
  markCyberAlertRemediated,
  recordCyberAlert,
  referenceTaken,
} from './alert-changes.js';
export { remindCyberAlerts, ACKNOWLEDGE_REMINDER_HOURS } from './alert-reminders.js';
export * from './domain/alert-deadlines.js';
export * from './domain/alert-lifecycle.js';
