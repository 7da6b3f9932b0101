// The queries of register_actions, the actions made from the register's flags (the register's own
// tables are in store.ts).
import type { Db } from '../../platform/db/database.js';
import type { RegisterActionRow } from '../../platform/db/schema.js';

export interface ActionCriteria {
  status?: string | undefined;
  subjectKind?: string | undefined;
  subjectId?: string | undefined;
}

export async function insertAction(db: Db, row: RegisterActionRow): Promise<void> {
  await db.insertInto('register_actions').values(row).execute();
}

export async function findAction(db: Db, orgId: string, id: string): Promise<RegisterActionRow | undefined> {
  return db.selectFrom('register_actions').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** The organisation's actions, newest first. */
export async function listActions(db: Db, orgId: string, criteria: ActionCriteria = {}): Promise<RegisterActionRow[]> {
  let query = db.selectFrom('register_actions').selectAll().where('org_id', '=', orgId);
  if (criteria.status) query = query.where('status', '=', criteria.status as RegisterActionRow['status']);
  if (criteria.subjectKind) query = query.where('subject_kind', '=', criteria.subjectKind);
  if (criteria.subjectId) query = query.where('subject_id', '=', criteria.subjectId);
  return query.orderBy('created_at', 'desc').orderBy('id').execute();
}

/** Which action tracks each flag: of one subject when its id is given, else of the whole organisation. */
export async function actionsByFlag(db: Db, orgId: string, subjectId?: string): Promise<Array<Pick<RegisterActionRow, 'id' | 'flag_key' | 'status'>>> {
  let query = db.selectFrom('register_actions').select(['id', 'flag_key', 'status']).where('org_id', '=', orgId);
  if (subjectId) query = query.where('subject_id', '=', subjectId);
  return query.execute();
}

/** Changes an action if it is still at the version read; false when someone changed it first. */
export async function updateAction(db: Db, orgId: string, id: string, version: number, patch: Partial<RegisterActionRow>): Promise<boolean> {
  const result = await db
    .updateTable('register_actions')
    .set({ ...patch, version: version + 1 })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
