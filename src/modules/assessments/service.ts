// What people do with assessments, one use case per line; the detail lives in the file named.
// Routes, the command line, the dashboard and other modules call assessments through here only.

// Starting, scoping and moving an assessment through draft → in review → submitted → archived.
export { changeAssessment, createAssessment, moveAssessment } from './assessment-lifecycle.js';

// Reading: the list, the workspace, one outcome, the heatmap, comparisons and the trend across periods.
export { assessmentTrend, compareAssessment, getAssessment, getHeatmap, getOutcome, getWorkspace, listAssessments } from './assessment-reading.js';

// Answering: a response (version-checked), its evidence, and suggestions accepted from other frameworks.
export { acceptSuggestion, linkEvidence, saveResponse, unlinkEvidence } from './responses.js';

// The independent review beside the self-assessment.
export { REVIEW_OPINION_LABELS, saveReview, saveReviewLevel } from './independent-review.js';

// Each person's work, the organisation's dashboard, and reminders by email.
export { dashboard, myWork, sendReminders } from './my-work.js';

// Where an evidence item is used.
export { evidenceUses } from './evidence-uses.js';

export type { Abilities, AssessmentContext } from './assessment-context.js';

// Importing answers from a spreadsheet into an assessment (the kind exists whenever the module loads).
export { assessmentAnswersImport } from './answers-import.js';

// Taking an assessment out as XLSX, CSV or a PDF summary.
export { EXPORT_FORMATS, type ExportFormat, exportAssessment, organisationOfAssessment } from './assessment-export.js';
