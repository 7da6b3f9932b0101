// The compliance report and its parts, read from the staff register (through its service), the
// completions held, and the organisation's courses and settings: each table read once per report.
import type { DepartmentCompliance, TrainingCompliance } from '../../contract/training.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import { staffStandings } from '../workforce/service.js';
import { type Assessed, assess, type CompletionRecord, complianceReport, departmentDetail, overdueByLineManager, type StaffOnDay } from './domain/compliance.js';
import * as store from './store.js';
import { courseFacts } from './training-courses.js';
import { trainingSettings } from './training-settings.js';

async function assessedOn(db: Db, orgId: string, asOf: Date): Promise<Assessed> {
  const { version: _version, ...settings } = await trainingSettings(db, orgId);
  const day = ukDateOf(asOf);
  const [standings, rows, courses] = await Promise.all([staffStandings(db, orgId, asOf, settings.inductionDays), store.completionsBy(db, orgId, day), courseFacts(db, orgId)]);
  const staff: StaffOnDay[] = standings.map((s) => ({
    employeeNumber: s.employeeNumber,
    name: `${s.knownAs ?? s.firstName} ${s.lastName}`,
    status: s.status,
    newStarter: s.newStarter,
    department: s.department,
    staffGroup: s.staffGroup,
    currentSince: s.currentSince,
    lineManager: s.lineManager,
  }));
  const completions: CompletionRecord[] = rows.map((r) => ({
    employeeNumber: r.employee_number,
    personName: r.person_name,
    courseName: r.course_name,
    completedOn: r.completed_on,
    expiresOn: r.expires_on,
    cpdHours: r.cpd_hours === null ? null : Number(r.cpd_hours),
  }));
  return assess({ day, staff, completions, courses, settings });
}

/** The whole report for the as-of instant's UK day. */
export async function trainingCompliance(db: Db, orgId: string, asOf: Date): Promise<TrainingCompliance> {
  return { asOf: asOf.toISOString(), ...complianceReport(await assessedOn(db, orgId, asOf)) };
}

/** One department's people and new starters on the day. */
export async function departmentCompliance(db: Db, orgId: string, department: string, asOf: Date): Promise<DepartmentCompliance> {
  const assessed = await assessedOn(db, orgId, asOf);
  return { asOf: asOf.toISOString(), day: assessed.inputs.day, ...departmentDetail(assessed, department) };
}

/** Current staff not in date with awareness training, by line manager. */
export async function overdueByManager(db: Db, orgId: string, asOf: Date) {
  const assessed = await assessedOn(db, orgId, asOf);
  return { asOf: asOf.toISOString(), day: assessed.inputs.day, ...overdueByLineManager(assessed) };
}

/** Completions of counted courses by people the staff register does not hold. */
export async function unmatchedCompletions(db: Db, orgId: string, asOf: Date) {
  const assessed = await assessedOn(db, orgId, asOf);
  return { asOf: asOf.toISOString(), day: assessed.inputs.day, items: assessed.unmatched };
}
