// Assessments: an organisation's self-assessments against a framework, worked through outcome by outcome.
export { AssessmentsPage } from './routes/AssessmentsPage';
export { NewAssessmentPage } from './routes/NewAssessmentPage';
export { OutcomePage } from './routes/OutcomePage';
export { WorkspacePage } from './routes/WorkspacePage';
