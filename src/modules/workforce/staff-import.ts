// Bringing an ESR extract through the import pipeline: one row per assignment, keyed by assignment
// number, each naming its person by employee number. The same file again changes nothing; an exact
// repeat of a row (ESR extracts have them) is collapsed and counted; two different rows for one
// assignment are a problem. Assignments the file leaves out are kept: extracts are often filtered
// (one division, one staff group), so absence says nothing about leaving (see docs/staff.md). After
// the last row, every person's standing as of the import is compared with the last import's, and the
// joiners, movers and leavers are kept with the import.
import { ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import type { StaffAssignmentRow, StaffChangeRow, StaffMemberRow } from '../../platform/db/schema.js';
import { type ApplyContext, type BatchOutcome, type CheckedRow, declareImportKind, presetFromHeadings } from '../../platform/imports/import-kinds.js';
import type { ColumnSpec, FieldValue, RowProblem } from '../../platform/imports/types.js';
import { changesBetween } from './domain/staff-changes.js';
import { standingOn, type StaffStanding } from './domain/staff-status.js';
import { byPerson, factsOf } from './staff-views.js';
import * as store from './store.js';

export interface StaffImportRow {
  employeeNumber: string;
  assignmentNumber: string;
  firstName: string;
  lastName: string;
  knownAs: string | null;
  division: string | null;
  department: string | null;
  organisation: string | null;
  position: string | null;
  staffGroup: string | null;
  category: string | null;
  primary: boolean;
  startDate: string;
  endDate: string | null;
  email: string | null;
  fte: number | null;
  /** The line manager's employee number, as ESR's supervisor for the assignment. */
  supervisorEmployeeNumber: string | null;
}

const text = (maxLength: number) => ({ kind: 'text', maxLength }) as const;

export const STAFF_COLUMNS: readonly ColumnSpec[] = [
  { field: 'employeeNumber', label: 'Employee Number', type: text(30), required: true },
  { field: 'assignmentNumber', label: 'Assignment Number', type: text(30), required: true },
  { field: 'firstName', label: 'First Name', type: text(200), required: true },
  { field: 'lastName', label: 'Last Name', type: text(200), required: true },
  { field: 'knownAs', label: 'Known As', type: text(200), required: false },
  { field: 'division', label: 'Division', type: text(200), required: false },
  { field: 'department', label: 'Department', type: text(200), required: false },
  { field: 'organisation', label: 'Organisation', type: text(200), required: false },
  { field: 'position', label: 'Position Title', type: text(300), required: false },
  { field: 'staffGroup', label: 'Staff Group', type: text(200), required: false },
  { field: 'category', label: 'Assignment Category', type: text(100), required: false },
  { field: 'primary', label: 'Primary Assignment', type: { kind: 'boolean' }, required: false },
  { field: 'startDate', label: 'Assignment Start Date', type: { kind: 'date' }, required: true },
  { field: 'endDate', label: 'Assignment End Date', type: { kind: 'date' }, required: false },
  { field: 'email', label: 'Email Address', type: { kind: 'email' }, required: false },
  { field: 'fte', label: 'FTE', type: { kind: 'number' }, required: false },
  { field: 'supervisorEmployeeNumber', label: 'Supervisor Employee Number', type: text(30), required: false },
];

/** ESR writes dates day first. */
export const ESR_DATE_FORMAT = 'DD/MM/YYYY';

/**
 * The headings ESR's staff-in-post style extracts use, in the order tried: reports built on the
 * organisation hierarchy name divisions and departments by their level (Org L3, Org L4), and some
 * name the end date as projected. The first heading the file has is read.
 */
export const ESR_HEADINGS: Readonly<Record<string, readonly string[]>> = {
  employeeNumber: ['Employee Number'],
  assignmentNumber: ['Assignment Number'],
  firstName: ['First Name'],
  lastName: ['Last Name'],
  knownAs: ['Known As'],
  division: ['Division', 'Org L3'],
  department: ['Department', 'Org L4'],
  organisation: ['Organisation'],
  position: ['Position Title', 'Position'],
  staffGroup: ['Staff Group'],
  category: ['Assignment Category'],
  primary: ['Primary Assignment', 'Primary Assignment (Y/N)', 'Primary Flag'],
  startDate: ['Assignment Start Date'],
  endDate: ['Assignment End Date', 'Projected Assignment End Date', 'Projected End Date'],
  email: ['Email Address', 'Email'],
  fte: ['FTE'],
  supervisorEmployeeNumber: ['Supervisor Employee Number', 'Line Manager Employee Number'],
};

const esr = presetFromHeadings('ESR staff-in-post extract', ESR_HEADINGS, { fields: ['startDate', 'endDate'], format: ESR_DATE_FORMAT });

/** From typed values to an assignment row, or the row's problems. Pure. */
export function checkStaffRow(values: Record<string, FieldValue>, row: number, columnOf: (field: string) => string): { ok: true; value: StaffImportRow } | { ok: false; problems: RowProblem[] } {
  const str = (field: string) => (typeof values[field] === 'string' && values[field] !== '' ? values[field].trim() : null);
  const problems: RowProblem[] = [];
  const startDate = str('startDate')!;
  const endDate = str('endDate');
  if (endDate && endDate < startDate) {
    problems.push({ row, column: columnOf('endDate'), value: endDate, reason: `is before the assignment's start (${startDate}): the end date is the last day worked` });
  }
  const fte = typeof values.fte === 'number' ? values.fte : null;
  if (fte !== null && (fte < 0 || fte > 2)) problems.push({ row, column: columnOf('fte'), value: String(fte), reason: 'is not a full-time equivalent between 0 and 2' });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      employeeNumber: str('employeeNumber')!,
      assignmentNumber: str('assignmentNumber')!,
      firstName: str('firstName')!,
      lastName: str('lastName')!,
      knownAs: str('knownAs'),
      division: str('division'),
      department: str('department'),
      organisation: str('organisation'),
      position: str('position'),
      // ESR's own words, truncated ones included ("Additional Professional Scientific and Technic").
      staffGroup: str('staffGroup'),
      category: str('category'),
      primary: values.primary === true,
      startDate,
      endDate,
      email: str('email'),
      fte,
      supervisorEmployeeNumber: str('supervisorEmployeeNumber'),
    },
  };
}

function assignmentRow(orgId: string, value: StaffImportRow, at: string, createdAt = at): StaffAssignmentRow {
  return {
    org_id: orgId,
    assignment_number: value.assignmentNumber,
    employee_number: value.employeeNumber,
    division: value.division,
    department: value.department,
    organisation: value.organisation,
    position: value.position,
    staff_group: value.staffGroup,
    category: value.category,
    is_primary: value.primary ? 1 : 0,
    start_date: value.startDate,
    end_date: value.endDate,
    email: value.email,
    fte: value.fte,
    supervisor_employee_number: value.supervisorEmployeeNumber,
    created_at: createdAt,
    updated_at: at,
  };
}

/** The optional fields an extract may leave out, and the assignment column each is kept in. */
const OPTIONAL_COLUMNS = {
  division: 'division',
  department: 'department',
  organisation: 'organisation',
  position: 'position',
  staffGroup: 'staff_group',
  category: 'category',
  primary: 'is_primary',
  endDate: 'end_date',
  email: 'email',
  fte: 'fte',
  supervisorEmployeeNumber: 'supervisor_employee_number',
} as const satisfies Partial<Record<keyof StaffImportRow, keyof StaffAssignmentRow>>;

/** What a held assignment becomes: the file's values, and what is held for any field the file has no column for. */
function nextAssignment(existing: StaffAssignmentRow, value: StaffImportRow, context: ApplyContext, at: string): StaffAssignmentRow {
  const next = assignmentRow(context.orgId, value, at, existing.created_at);
  for (const [field, column] of Object.entries(OPTIONAL_COLUMNS)) if (!context.carries(field)) Object.assign(next, { [column]: existing[column] });
  return next;
}

const ASSIGNMENT_FIELDS = ['employee_number', 'division', 'department', 'organisation', 'position', 'staff_group', 'category', 'is_primary', 'start_date', 'end_date', 'email', 'fte', 'supervisor_employee_number'] as const;

export async function applyStaffBatch(tx: Db, batch: Array<CheckedRow<StaffImportRow>>, context: ApplyContext): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, refused: [] };
  const at = context.now.toISOString();
  const members = new Map((await store.membersByNumbers(tx, context.orgId, [...new Set(batch.map((b) => b.value.employeeNumber))])).map((m) => [m.employee_number, m]));
  const held = new Map((await store.assignmentsByNumbers(tx, context.orgId, batch.map((b) => b.value.assignmentNumber))).map((a) => [a.assignment_number, a]));
  const newMembers = new Map<string, StaffMemberRow>();
  const newAssignments: StaffAssignmentRow[] = [];
  for (const { value: read } of batch) {
    let changed = false;
    const member = members.get(read.employeeNumber);
    // A file without a Known As column keeps the name people are known by.
    const value = member && !context.carries('knownAs') ? { ...read, knownAs: member.known_as } : read;
    if (!member) {
      const row: StaffMemberRow = { org_id: context.orgId, employee_number: value.employeeNumber, first_name: value.firstName, last_name: value.lastName, known_as: value.knownAs, last_seen_json: null, created_at: at, updated_at: at };
      members.set(value.employeeNumber, row);
      newMembers.set(value.employeeNumber, row);
      changed = true;
    } else if (member.first_name !== value.firstName || member.last_name !== value.lastName || member.known_as !== value.knownAs) {
      Object.assign(member, { first_name: value.firstName, last_name: value.lastName, known_as: value.knownAs, updated_at: at });
      if (!newMembers.has(value.employeeNumber)) await store.updateMemberNames(tx, member);
      changed = true;
    }
    const existing = held.get(value.assignmentNumber);
    if (!existing) {
      newAssignments.push(assignmentRow(context.orgId, value, at));
      outcome.inserted++;
      continue;
    }
    const next = nextAssignment(existing, value, context, at);
    if (ASSIGNMENT_FIELDS.some((f) => existing[f] !== next[f])) {
      await store.updateAssignment(tx, next);
      changed = true;
    }
    if (changed) outcome.updated++;
    else outcome.unchanged++;
  }
  await store.insertMembers(tx, [...newMembers.values()]);
  await store.insertAssignments(tx, newAssignments);
  return outcome;
}

/**
 * After the last batch: each person's standing as of this import against where they stood as of the
 * last one, kept as joiners, movers and leavers of this import; then this standing becomes the one
 * the next import compares with.
 */
export async function recordStaffChanges(tx: Db, context: ApplyContext): Promise<void> {
  const day = ukDateOf(context.asOf);
  const members = await store.allMembers(tx, context.orgId);
  const assignments = byPerson(await store.allAssignments(tx, context.orgId));
  const seq = await store.nextImportSeq(tx, context.orgId);
  await store.insertImport(tx, { run_id: context.runId, org_id: context.orgId, seq, as_of: context.asOf.toISOString(), imported_at: context.now.toISOString() });
  const changes: StaffChangeRow[] = [];
  for (const member of members) {
    const after = comparable(standingOn((assignments.get(member.employee_number) ?? []).map(factsOf), day));
    const before = member.last_seen_json ? (JSON.parse(member.last_seen_json) as StaffStanding) : null;
    for (const change of changesBetween(before, after)) {
      changes.push({ run_id: context.runId, org_id: context.orgId, employee_number: member.employee_number, change, before_json: before ? JSON.stringify(comparable(before)) : null, after_json: JSON.stringify(after) });
    }
    const json = JSON.stringify(after);
    if (json !== member.last_seen_json) await store.setLastSeen(tx, context.orgId, member.employee_number, json);
  }
  await store.insertChanges(tx, changes);
}

/** The parts of a standing that an import compares: not the induction window, which moves with the day. */
function comparable(s: StaffStanding): StaffStanding {
  return { status: s.status, newStarter: false, division: s.division, department: s.department, position: s.position, staffGroup: s.staffGroup, assignmentNumber: s.assignmentNumber };
}

export const staffImport = declareImportKind<StaffImportRow>({
  id: 'staff',
  label: 'staff (ESR assignments)',
  columns: STAFF_COLUMNS,
  action: 'staff.import',
  keyFields: ['assignmentNumber'],
  keyOf: (row) => row.assignmentNumber,
  check: checkStaffRow,
  collapsesExactRepeats: true,
  presets: { esr },
  apply: applyStaffBatch,
  finish: recordStaffChanges,
});
