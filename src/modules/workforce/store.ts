// The workforce module's tables: staff members by ESR employee number, their assignments by
// assignment number, and each staff import with the joiners, movers and leavers it found.
import type { Db } from '../../platform/db/database.js';
import type { StaffAssignmentRow, StaffChangeRow, StaffImportRow, StaffMemberRow } from '../../platform/db/schema.js';

/** Rows per insert statement: 16 columns each stays well inside both engines' parameter limits. */
const INSERT_CHUNK = 500;

export async function membersByNumbers(db: Db, orgId: string, numbers: readonly string[]): Promise<StaffMemberRow[]> {
  if (!numbers.length) return [];
  return db.selectFrom('staff_members').selectAll().where('org_id', '=', orgId).where('employee_number', 'in', [...numbers]).execute();
}

export async function assignmentsByNumbers(db: Db, orgId: string, numbers: readonly string[]): Promise<StaffAssignmentRow[]> {
  if (!numbers.length) return [];
  return db.selectFrom('staff_assignments').selectAll().where('org_id', '=', orgId).where('assignment_number', 'in', [...numbers]).execute();
}

export async function insertMembers(db: Db, rows: StaffMemberRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await db.insertInto('staff_members').values(rows.slice(i, i + INSERT_CHUNK)).execute();
}

export async function updateMemberNames(db: Db, row: Pick<StaffMemberRow, 'org_id' | 'employee_number' | 'first_name' | 'last_name' | 'known_as' | 'updated_at'>): Promise<void> {
  await db
    .updateTable('staff_members')
    .set({ first_name: row.first_name, last_name: row.last_name, known_as: row.known_as, updated_at: row.updated_at })
    .where('org_id', '=', row.org_id)
    .where('employee_number', '=', row.employee_number)
    .execute();
}

export async function insertAssignments(db: Db, rows: StaffAssignmentRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await db.insertInto('staff_assignments').values(rows.slice(i, i + INSERT_CHUNK)).execute();
}

export async function updateAssignment(db: Db, row: StaffAssignmentRow): Promise<void> {
  const { org_id, assignment_number, created_at: _created, ...rest } = row;
  await db.updateTable('staff_assignments').set(rest).where('org_id', '=', org_id).where('assignment_number', '=', assignment_number).execute();
}

export async function allMembers(db: Db, orgId: string): Promise<StaffMemberRow[]> {
  return db.selectFrom('staff_members').selectAll().where('org_id', '=', orgId).orderBy('last_name').orderBy('first_name').orderBy('employee_number').execute();
}

export async function allAssignments(db: Db, orgId: string): Promise<StaffAssignmentRow[]> {
  return db.selectFrom('staff_assignments').selectAll().where('org_id', '=', orgId).execute();
}

export async function findMember(db: Db, orgId: string, employeeNumber: string): Promise<StaffMemberRow | undefined> {
  return db.selectFrom('staff_members').selectAll().where('org_id', '=', orgId).where('employee_number', '=', employeeNumber).executeTakeFirst();
}

export async function assignmentsOf(db: Db, orgId: string, employeeNumber: string): Promise<StaffAssignmentRow[]> {
  return db.selectFrom('staff_assignments').selectAll().where('org_id', '=', orgId).where('employee_number', '=', employeeNumber).orderBy('start_date').orderBy('assignment_number').execute();
}

export async function setLastSeen(db: Db, orgId: string, employeeNumber: string, json: string): Promise<void> {
  await db.updateTable('staff_members').set({ last_seen_json: json }).where('org_id', '=', orgId).where('employee_number', '=', employeeNumber).execute();
}

export async function nextImportSeq(db: Db, orgId: string): Promise<number> {
  const row = await db.selectFrom('staff_imports').select((eb) => eb.fn.max('seq').as('last')).where('org_id', '=', orgId).executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function insertImport(db: Db, row: StaffImportRow): Promise<void> {
  await db.insertInto('staff_imports').values(row).execute();
}

export async function insertChanges(db: Db, rows: StaffChangeRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await db.insertInto('staff_changes').values(rows.slice(i, i + INSERT_CHUNK)).execute();
}

/** The organisation's staff imports, oldest first. */
export async function imports(db: Db, orgId: string): Promise<StaffImportRow[]> {
  return db.selectFrom('staff_imports').selectAll().where('org_id', '=', orgId).orderBy('seq').execute();
}

export async function changesOf(db: Db, orgId: string, runIds: readonly string[]): Promise<StaffChangeRow[]> {
  if (!runIds.length) return [];
  return db.selectFrom('staff_changes').selectAll().where('org_id', '=', orgId).where('run_id', 'in', [...runIds]).orderBy('employee_number').orderBy('change').execute();
}

export async function countMembers(db: Db, orgId: string): Promise<number> {
  const row = await db.selectFrom('staff_members').select((eb) => eb.fn.countAll().as('n')).where('org_id', '=', orgId).executeTakeFirst();
  return Number(row?.n ?? 0);
}
