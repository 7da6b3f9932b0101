// What people do with training compliance: bring in e-learning exports (through the import pipeline,
// kind `training`), keep the organisation's courses and settings, and read compliance on a day: by
// organisation, department and staff group, new starters, induction on time, overdue staff by line
// manager, completions of people the staff register does not hold, and CPD hours of security staff.
export { trainingImport, OLM_HEADINGS, OLM_DATE_FORMAT, TRAINING_COLUMNS } from './training-import.js';
export { trainingCompliance, departmentCompliance, overdueByManager, unmatchedCompletions } from './training-report.js';
export { listCourses, createCourse, changeCourse, removeCourse, seedDefaultCourses } from './training-courses.js';
export { trainingSettings, saveTrainingSettings } from './training-settings.js';
export { trainingEvidence } from './training-evidence.js';
export { DEFAULT_COURSES } from './domain/courses.js';
export { DEFAULT_TRAINING_SETTINGS } from './domain/settings.js';
export type { StaffOnDay, CompletionRecord } from './domain/compliance.js';

import * as store from './store.js';
import type { Db } from '../../platform/db/database.js';

/** How many completions the organisation holds (none yet: 0). */
export async function countCompletions(db: Db, orgId: string): Promise<number> {
  return store.countCompletions(db, orgId);
}
