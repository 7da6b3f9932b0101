// The alerts module's public surface: the alert import (declared on load), the triage report, the
// triage targets and the actions findings become.
export { alertsImport, ALERT_COLUMNS, ISO_INSTANT } from './alerts-import.js';
export { alertReport, reportPeriod, DEFAULT_PERIOD_DAYS } from './alert-report.js';
export { alertSettings, saveAlertSettings, DEFAULT_TRIAGE_TARGETS } from './alert-settings.js';
export { listAlertActions, createAlertAction, changeAlertAction } from './alert-actions.js';
export { hasAlerts } from './store.js';
export { sentinelCsvLines, sampleAlerts, SAMPLE_RULES, SAMPLE_ANALYSTS, type SampleOptions } from './sample-export.js';
