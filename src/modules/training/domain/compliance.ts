// Training compliance on a day, from the staff register as it stood then, the completions held and
// the organisation's courses and settings: who is in date with data security awareness, by
// organisation, department and staff group against the target; new starters apart; induction on
// time; who is overdue, by line manager; completions of people the register does not hold; CPD hours
// of security staff. Pure: lists in, the report out.
import type { ComplianceLine, OverdueGroup, StaffTrainingState, TrainingCompliance, TrainingSettingsValues, UnmatchedCompletion } from '../../../contract/training.js';
import { type CourseFacts, courseMatcher } from './courses.js';
import { addDays } from '../../../platform/as-of.js';
import { addMonths, awarenessStateOn, expiryOf } from './expiry.js';

/** One person as the staff register places them on the day. */
export interface StaffOnDay {
  employeeNumber: string;
  name: string;
  status: 'current' | 'leaver' | 'future';
  newStarter: boolean;
  department: string | null;
  staffGroup: string | null;
  /** The start of their earliest current assignment, while current. */
  currentSince: string | null;
  lineManager: string | null;
}

/** A completion as the e-learning export gave it. */
export interface CompletionRecord {
  employeeNumber: string | null;
  personName: string | null;
  courseName: string;
  completedOn: string;
  expiresOn: string | null;
  cpdHours: number | null;
}

export interface ComplianceInputs {
  day: string;
  staff: readonly StaffOnDay[];
  completions: readonly CompletionRecord[];
  courses: readonly CourseFacts[];
  settings: TrainingSettingsValues;
}

/** What a department or staff group with none recorded is called. */
export const NOT_RECORDED = 'Not recorded';

interface Kept {
  course: CourseFacts;
  completedOn: string;
  expiresOn: string | null;
  cpdHours: number | null;
}

/** Each person with the completions of counted courses that are theirs, and the completions that are nobody's or of no counted course. */
export interface Assessed {
  inputs: ComplianceInputs;
  byPerson: Map<string, Kept[]>;
  unmatched: UnmatchedCompletion[];
  ignored: Map<string, number>;
  matched: number;
}

export function assess(inputs: ComplianceInputs): Assessed {
  const courseOf = courseMatcher(inputs.courses);
  const held = new Set(inputs.staff.map((p) => p.employeeNumber));
  const byPerson = new Map<string, Kept[]>();
  const unmatched: UnmatchedCompletion[] = [];
  const ignored = new Map<string, number>();
  let matched = 0;
  for (const c of inputs.completions) {
    const course = courseOf(c.courseName);
    if (!course) {
      ignored.set(c.courseName, (ignored.get(c.courseName) ?? 0) + 1);
      continue;
    }
    const expiresOn = expiryOf(c, course.validityMonths);
    if (c.employeeNumber === null || !held.has(c.employeeNumber)) {
      unmatched.push({ employeeNumber: c.employeeNumber, name: c.personName, courseName: c.courseName, courseCode: course.code, completedOn: c.completedOn, expiresOn });
      continue;
    }
    matched++;
    const own = byPerson.get(c.employeeNumber) ?? [];
    own.push({ course, completedOn: c.completedOn, expiresOn, cpdHours: c.cpdHours });
    byPerson.set(c.employeeNumber, own);
  }
  unmatched.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || (a.employeeNumber ?? '').localeCompare(b.employeeNumber ?? '') || a.completedOn.localeCompare(b.completedOn));
  return { inputs, byPerson, unmatched, ignored, matched };
}

const byName = (a: { name: string; employeeNumber: string }, b: { name: string; employeeNumber: string }) => a.name.localeCompare(b.name) || a.employeeNumber.localeCompare(b.employeeNumber);

/** The people counted: current on the day and past their induction window. */
export function counted(assessed: Assessed): StaffOnDay[] {
  return assessed.inputs.staff.filter((p) => p.status === 'current' && !p.newStarter);
}

function ofKind(assessed: Assessed, employeeNumber: string, kind: CourseFacts['kind']): Kept[] {
  return (assessed.byPerson.get(employeeNumber) ?? []).filter((k) => k.course.kind === kind);
}

export function awarenessOf(assessed: Assessed, person: StaffOnDay): StaffTrainingState {
  const { state, latest } = awarenessStateOn(ofKind(assessed, person.employeeNumber, 'awareness'), assessed.inputs.day);
  return { employeeNumber: person.employeeNumber, name: person.name, department: person.department, staffGroup: person.staffGroup, state, lastCompletedOn: latest?.completedOn ?? null, expiresOn: latest?.expiresOn ?? null };
}

/** A line of a table: compliant of staff, to one decimal place, below target when the exact share is. */
export function complianceLine(name: string, compliant: number, staff: number, targetPercent: number): ComplianceLine {
  return { name, compliant, staff, percent: staff === 0 ? null : Math.round((compliant / staff) * 1000) / 10, belowTarget: staff > 0 && compliant * 100 < targetPercent * staff };
}

/** Below target first, the lowest share first; then the rest; each by name. */
export function belowTargetFirst(a: ComplianceLine, b: ComplianceLine): number {
  if (a.belowTarget !== b.belowTarget) return a.belowTarget ? -1 : 1;
  if (a.belowTarget && a.percent !== b.percent) return (a.percent ?? 0) - (b.percent ?? 0);
  return a.name.localeCompare(b.name);
}

function linesBy(states: ReadonlyArray<{ group: string; inDate: boolean }>, targetPercent: number): ComplianceLine[] {
  const tally = new Map<string, { compliant: number; staff: number }>();
  for (const s of states) {
    const t = tally.get(s.group) ?? { compliant: 0, staff: 0 };
    t.staff++;
    if (s.inDate) t.compliant++;
    tally.set(s.group, t);
  }
  return [...tally].map(([name, t]) => complianceLine(name, t.compliant, t.staff, targetPercent)).sort(belowTargetFirst);
}

/** A new starter's induction: the window's last day and the first completion of a counted induction course by the day. */
export function inductionOf(assessed: Assessed, person: StaffOnDay) {
  const startedOn = person.currentSince!;
  const inductionDueBy = addDays(startedOn, assessed.inputs.settings.inductionDays - 1);
  const done = ofKind(assessed, person.employeeNumber, 'induction')
    .map((k) => k.completedOn)
    .filter((d) => d <= assessed.inputs.day)
    .sort()[0];
  return { employeeNumber: person.employeeNumber, name: person.name, department: person.department, staffGroup: person.staffGroup, startedOn, inductionDueBy, inductionCompletedOn: done ?? null };
}

/** The 12 months up to the day: from the day after the same date a year before, to the day. */
export function yearTo(day: string): { from: string; to: string } {
  return { from: addDays(addMonths(day, -12), 1), to: day };
}

function isSecurityStaff(person: StaffOnDay, settings: TrainingSettingsValues): boolean {
  const fold = (s: string | null) => (s ?? '').trim().toLowerCase();
  const { departments, staffGroups, employeeNumbers } = settings.securityStaff;
  return employeeNumbers.includes(person.employeeNumber) || departments.some((d) => fold(d) === fold(person.department)) || staffGroups.some((g) => fold(g) === fold(person.staffGroup));
}

export function overdueByLineManager(assessed: Assessed): { total: number; byLineManager: OverdueGroup[] } {
  const names = new Map(assessed.inputs.staff.map((p) => [p.employeeNumber, p.name]));
  const groups = new Map<string | null, StaffTrainingState[]>();
  let total = 0;
  for (const person of counted(assessed)) {
    const state = awarenessOf(assessed, person);
    if (state.state === 'in-date') continue;
    total++;
    const group = groups.get(person.lineManager) ?? [];
    group.push(state);
    groups.set(person.lineManager, group);
  }
  const byLineManager = [...groups]
    .map(([lineManager, people]) => ({ lineManager, lineManagerName: lineManager === null ? null : (names.get(lineManager) ?? null), people: people.sort(byName) }))
    // Managers with the most overdue first; people with no line manager recorded last.
    .sort((a, b) => Number(a.lineManager === null) - Number(b.lineManager === null) || b.people.length - a.people.length || (a.lineManagerName ?? '~').localeCompare(b.lineManagerName ?? '~') || (a.lineManager ?? '').localeCompare(b.lineManager ?? ''));
  return { total, byLineManager };
}

/** The whole report for the day (the caller adds the instant). */
export function complianceReport(assessed: Assessed): Omit<TrainingCompliance, 'asOf'> {
  const { day, settings, courses, staff } = assessed.inputs;
  const target = settings.targetPercent;
  const states = counted(assessed).map((person) => ({ person, inDate: awarenessOf(assessed, person).state === 'in-date' }));
  const current = staff.filter((p) => p.status === 'current');

  const starters = current.filter((p) => p.newStarter).map((p) => inductionOf(assessed, p)).sort(byName);
  const inductionDone = starters.filter((s) => s.inductionCompletedOn !== null).length;

  // Windows that ended within the year: the first day after the window falls in it.
  const year = yearTo(day);
  const due = current
    .filter((p) => p.currentSince !== null && !p.newStarter)
    .map((p) => inductionOf(assessed, p))
    .filter((s) => {
      const ended = addDays(s.inductionDueBy, 1);
      return ended >= year.from && ended <= year.to;
    })
    .sort(byName);
  const onTime = due.filter((s) => s.inductionCompletedOn !== null && s.inductionCompletedOn <= s.inductionDueBy);
  const onTimeSet = new Set(onTime);

  const cpdPeople = current
    .filter((p) => isSecurityStaff(p, settings))
    .map((p) => {
      const hours = ofKind(assessed, p.employeeNumber, 'cpd')
        .filter((k) => k.completedOn >= year.from && k.completedOn <= year.to)
        .reduce((sum, k) => sum + (k.cpdHours ?? 0), 0);
      const rounded = Math.round(hours * 100) / 100;
      return { employeeNumber: p.employeeNumber, name: p.name, department: p.department, staffGroup: p.staffGroup, hours: rounded, meetsExpected: rounded >= settings.cpdHoursPerYear };
    })
    .sort((a, b) => Number(a.meetsExpected) - Number(b.meetsExpected) || byName(a, b));

  const ignoredCourses = [...assessed.ignored].map(([courseName, completions]) => ({ courseName, completions })).sort((a, b) => b.completions - a.completions || a.courseName.localeCompare(b.courseName));
  const ignored = ignoredCourses.reduce((n, c) => n + c.completions, 0);

  return {
    day,
    targetPercent: target,
    inductionDays: settings.inductionDays,
    awarenessCourses: courses.filter((c) => c.counts && c.kind === 'awareness').map((c) => c.code),
    organisation: complianceLine('Organisation', states.filter((s) => s.inDate).length, states.length, target),
    departments: linesBy(states.map((s) => ({ group: s.person.department ?? NOT_RECORDED, inDate: s.inDate })), target),
    staffGroups: linesBy(states.map((s) => ({ group: s.person.staffGroup ?? NOT_RECORDED, inDate: s.inDate })), target),
    newStarters: { total: starters.length, inductionDone, inductionNotDone: starters.length - inductionDone, people: starters },
    inductionOnTime: {
      ...year,
      onTime: onTime.length,
      due: due.length,
      percent: due.length === 0 ? null : Math.round((onTime.length / due.length) * 1000) / 10,
      late: due.filter((s) => !onTimeSet.has(s)),
    },
    overdue: overdueByLineManager(assessed),
    completions: { held: assessed.inputs.completions.length, matched: assessed.matched, unmatched: assessed.unmatched.length, ignored, ignoredCourses },
    unmatched: assessed.unmatched,
    cpd: { ...year, hoursExpected: settings.cpdHoursPerYear, meetingExpected: cpdPeople.filter((p) => p.meetsExpected).length, people: cpdPeople },
  };
}

/** One department: its line, its counted people (not in date first), and its new starters. */
export function departmentDetail(assessed: Assessed, department: string) {
  const fold = (s: string) => s.trim().toLowerCase();
  const inDepartment = (p: StaffOnDay) => fold(p.department ?? NOT_RECORDED) === fold(department);
  const people = counted(assessed)
    .filter(inDepartment)
    .map((p) => awarenessOf(assessed, p))
    .sort((a, b) => Number(a.state === 'in-date') - Number(b.state === 'in-date') || byName(a, b));
  const name = people[0]?.department ?? department.trim();
  const compliant = people.filter((p) => p.state === 'in-date').length;
  const newStarters = assessed.inputs.staff
    .filter((p) => p.status === 'current' && p.newStarter && inDepartment(p))
    .map((p) => inductionOf(assessed, p))
    .sort(byName);
  return { line: complianceLine(name, compliant, people.length, assessed.inputs.settings.targetPercent), people, newStarters };
}
