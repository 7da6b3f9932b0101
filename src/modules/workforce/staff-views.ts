// The staff register as the API answers it: each person with where they stand on a day, the list
// filtered and paged with counts by status, one person with their assignments, and the joiners,
// movers and leavers of imports. Reads stored rows; the rules are in domain/.
import type { z } from 'zod';
import type { staffAssignment, StaffChanges, StaffList, StaffListQuery, StaffSummary } from '../../contract/staff.js';
import type { StaffAssignmentRow, StaffChangeRow, StaffImportRow, StaffMemberRow } from '../../platform/db/schema.js';
import { grouped } from '../../platform/grouped.js';
import { type AssignmentFacts, isCurrentOn, standingOn, type StaffStanding } from './domain/staff-status.js';

export function factsOf(row: StaffAssignmentRow): AssignmentFacts {
  return {
    assignmentNumber: row.assignment_number,
    primary: row.is_primary === 1,
    startDate: row.start_date,
    endDate: row.end_date,
    fte: row.fte === null ? null : Number(row.fte),
    division: row.division,
    department: row.department,
    position: row.position,
    staffGroup: row.staff_group,
  };
}

export function byPerson(rows: readonly StaffAssignmentRow[]): Map<string, StaffAssignmentRow[]> {
  return grouped(rows, (row) => row.employee_number);
}

export function summaryOf(member: StaffMemberRow, assignments: readonly StaffAssignmentRow[], day: string, inductionDays: number): StaffSummary {
  const standing = standingOn(assignments.map(factsOf), day, inductionDays);
  const attributed = assignments.find((a) => a.assignment_number === standing.assignmentNumber);
  return {
    employeeNumber: member.employee_number,
    firstName: member.first_name,
    lastName: member.last_name,
    knownAs: member.known_as,
    status: standing.status,
    newStarter: standing.newStarter,
    division: standing.division,
    department: standing.department,
    position: standing.position,
    staffGroup: standing.staffGroup,
    attributedAssignment: standing.assignmentNumber,
    email: attributed?.email ?? assignments.find((a) => a.email)?.email ?? null,
    lineManager: attributed?.supervisor_employee_number ?? null,
  };
}

export function assignmentView(row: StaffAssignmentRow, day: string): z.infer<typeof staffAssignment> {
  return {
    assignmentNumber: row.assignment_number,
    division: row.division,
    department: row.department,
    organisation: row.organisation,
    position: row.position,
    staffGroup: row.staff_group,
    category: row.category,
    primary: row.is_primary === 1,
    startDate: row.start_date,
    endDate: row.end_date,
    email: row.email,
    fte: row.fte === null ? null : Number(row.fte),
    supervisorEmployeeNumber: row.supervisor_employee_number,
    current: isCurrentOn({ startDate: row.start_date, endDate: row.end_date }, day),
  };
}

const folded = (text: string | null) => (text ?? '').trim().toLowerCase();

/** The register on a day: counts by status over everyone, then the people the filters keep, a page of them. */
export function registerList(people: readonly StaffSummary[], query: StaffListQuery, meta: { asOf: string; day: string; inductionDays: number }): StaffList {
  const counts = { current: 0, leaver: 0, future: 0, new: 0, total: people.length };
  for (const p of people) {
    counts[p.status]++;
    if (p.newStarter) counts.new++;
  }
  const q = folded(query.q ?? null);
  const kept = people.filter(
    (p) =>
      (!query.status || (query.status === 'new' ? p.newStarter : p.status === query.status)) &&
      (!query.department || folded(p.department) === folded(query.department)) &&
      (!query.staffGroup || folded(p.staffGroup) === folded(query.staffGroup)) &&
      (!q || [p.firstName, p.lastName, p.knownAs, p.employeeNumber, p.email, p.position].some((v) => folded(v).includes(q))),
  );
  const start = (query.page - 1) * query.pageSize;
  return { ...meta, counts, total: kept.length, page: query.page, pageSize: query.pageSize, items: kept.slice(start, start + query.pageSize) };
}

type Standing = StaffChanges['items'][number]['after'];
const standingView = (s: StaffStanding): Standing => ({ status: s.status, division: s.division, department: s.department, position: s.position, staffGroup: s.staffGroup });

export function changesView(imports: readonly StaffImportRow[], changes: readonly StaffChangeRow[], names: ReadonlyMap<string, string>): StaffChanges {
  const byRun = new Map(imports.map((i) => [i.run_id, i]));
  const counts = { joined: 0, moved: 0, left: 0 };
  const items = changes
    .filter((c) => byRun.has(c.run_id))
    .map((c) => {
      const run = byRun.get(c.run_id)!;
      const change = c.change as keyof typeof counts;
      counts[change]++;
      return {
        runId: c.run_id,
        asOf: run.as_of,
        importedAt: run.imported_at,
        employeeNumber: c.employee_number,
        name: names.get(c.employee_number) ?? c.employee_number,
        change,
        before: c.before_json ? standingView(JSON.parse(c.before_json) as StaffStanding) : null,
        after: standingView(JSON.parse(c.after_json) as StaffStanding),
      };
    });
  return { imports: imports.map((i) => ({ runId: i.run_id, asOf: i.as_of, importedAt: i.imported_at })), counts, items };
}
