// What people do with the staff register: bring in an ESR extract (through the import pipeline, kind
// `staff`), list the register as it stood on a day, read one person with their assignments, and see
// the joiners, movers and leavers each import found.
import type { StaffChanges, StaffDetail, StaffList, StaffListQuery, StaffSummary } from '../../contract/staff.js';
import { parsePeriodStart, ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import type { StaffImportRow } from '../../platform/db/schema.js';
import { NotFound } from '../../platform/errors.js';
import { currentSinceOn, DEFAULT_INDUCTION_DAYS, leftOnDay } from './domain/staff-status.js';
import { assignmentView, byPerson, changesView, factsOf, registerList, summaryOf } from './staff-views.js';
import * as store from './store.js';

export { staffImport, ESR_HEADINGS, ESR_DATE_FORMAT, STAFF_COLUMNS } from './staff-import.js';
export { DEFAULT_INDUCTION_DAYS } from './domain/staff-status.js';

/** How many people the organisation's register holds (none yet: 0). */
export async function countStaff(db: Db, orgId: string): Promise<number> {
  return store.countMembers(db, orgId);
}

/** One person as other modules read them: who they are, where they stood on the day, since when, and when they left. */
export interface StaffStandingOnDay extends StaffSummary {
  /** The start of their earliest current assignment, while current. */
  currentSince: string | null;
  /** A leaver's last day worked. */
  leftOn: string | null;
}

/**
 * Everyone in the register as they stood at the as-of instant's UK day: what training compliance and
 * directory findings join their own records to (by employee number), read in two queries.
 */
export async function staffStandings(db: Db, orgId: string, asOf: Date, inductionDays = DEFAULT_INDUCTION_DAYS): Promise<StaffStandingOnDay[]> {
  const day = ukDateOf(asOf);
  const [members, assignments] = await Promise.all([store.allMembers(db, orgId), store.allAssignments(db, orgId)]);
  const held = byPerson(assignments);
  return members.map((m) => {
    const own = held.get(m.employee_number) ?? [];
    const facts = own.map(factsOf);
    return { ...summaryOf(m, own, day, inductionDays), currentSince: currentSinceOn(facts, day), leftOn: leftOnDay(facts, day) };
  });
}

/** The register as it stood at the as-of instant's UK day, filtered and paged, with counts by status. */
export async function listStaff(db: Db, orgId: string, query: StaffListQuery, asOf: Date): Promise<StaffList> {
  const day = ukDateOf(asOf);
  const inductionDays = query.inductionDays ?? DEFAULT_INDUCTION_DAYS;
  const [members, assignments] = await Promise.all([store.allMembers(db, orgId), store.allAssignments(db, orgId)]);
  const held = byPerson(assignments);
  const people = members.map((m) => summaryOf(m, held.get(m.employee_number) ?? [], day, inductionDays));
  return registerList(people, query, { asOf: asOf.toISOString(), day, inductionDays });
}

/** One person with every assignment held, and where they stood on the day. */
export async function staffMember(db: Db, orgId: string, employeeNumber: string, asOf: Date, inductionDays = DEFAULT_INDUCTION_DAYS): Promise<StaffDetail> {
  const member = await store.findMember(db, orgId, employeeNumber);
  if (!member) throw new NotFound('There is no one with that employee number in this organisation’s staff register.');
  const assignments = await store.assignmentsOf(db, orgId, employeeNumber);
  const day = ukDateOf(asOf);
  return { ...summaryOf(member, assignments, day, inductionDays), asOf: asOf.toISOString(), day, assignments: assignments.map((a) => assignmentView(a, day)) };
}

/**
 * The joiners, movers and leavers of the imports after the one named, or of those imported since a
 * date or instant; of the latest import when nothing is named.
 */
export async function staffChanges(db: Db, orgId: string, since: string | undefined): Promise<StaffChanges> {
  const all = await store.imports(db, orgId);
  const chosen = importsSince(all, since);
  const changes = await store.changesOf(db, orgId, chosen.map((i) => i.run_id));
  const members = await store.membersByNumbers(db, orgId, [...new Set(changes.map((c) => c.employee_number))]);
  const names = new Map(members.map((m) => [m.employee_number, `${m.known_as ?? m.first_name} ${m.last_name}`]));
  return changesView(chosen, changes, names);
}

function importsSince(all: StaffImportRow[], since: string | undefined): StaffImportRow[] {
  if (since === undefined || since.trim() === '') return all.slice(-1);
  const named = all.find((i) => i.run_id === since.trim());
  if (named) return all.filter((i) => i.seq > named.seq);
  if (!/^\d{4}-\d{2}-\d{2}/.test(since.trim())) throw new NotFound('There is no staff import with that id in this organisation.');
  const from = parsePeriodStart(since, 'since').getTime();
  return all.filter((i) => new Date(i.imported_at).getTime() >= from);
}
