// What people do with incidents, one use case per line; the detail lives in the file named. Routes,
// the command line, the demo and other modules reach incidents through here only.

// Reading: the register with clocks as of an instant, one incident in full, metrics and benchmarks.
export { getIncident, type IncidentCriteria, incidentBenchmarks, incidentMetrics, listIncidents, type MetricsPeriod, metricIncidents, periodOf } from './incident-reading.js';

// Changing: record, change, the timeline and its corrections, notifications, lessons, actions, evidence.
export {
  addAction,
  addTimelineEntry,
  changeAction,
  changeIncident,
  correctTimelineEntry,
  createIncident,
  type IncidentChangeContext,
  linkIncidentEvidence,
  recordNotification,
  saveLessons,
  unlinkIncidentEvidence,
} from './incident-changes.js';

// A history in bulk (the demo trust's two years), and the import kind that brings one from a spreadsheet.
export { type HistoryOutcome, type IncidentHistoryRecord, recordIncidentHistory } from './incident-history.js';
export { incidentsImport } from './incidents-import.js';

// The organisation's targets and reporting threshold.
export { DEFAULT_TARGETS, incidentSettings, saveIncidentSettings } from './incident-settings.js';

// Files: the register as CSV or XLSX, one incident's post-incident report as PDF.
export { type ExportedFile, exportIncidents, incidentReport, LIST_FORMATS } from './incident-export.js';

// The clocks watched: owners and the SIRO told at 48 hours and when a deadline passes.
export { watchIncidentClocks } from './incident-watch.js';

// The rules other code may want to show or reuse.
export { clockInWords, clockOf } from './domain/clock.js';
export { METRIC_SPANS } from './domain/metrics.js';
export { HARM_LABELS, LIKELIHOOD_LABELS, reportabilityOf } from './domain/reportability.js';
