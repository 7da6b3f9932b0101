// The record of processing's details table: one row per organisation, changed against the version read.
import type { Db } from '../../platform/db/database.js';
import type { RopaDetailsRow } from '../../platform/db/schema.js';

export async function findDetails(db: Db, orgId: string): Promise<RopaDetailsRow | undefined> {
  return db.selectFrom('ropa_details').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

export async function insertDetails(db: Db, row: RopaDetailsRow): Promise<void> {
  await db.insertInto('ropa_details').values(row).execute();
}

/** Changes the details if they are still at the version read; false when someone changed them first. */
export async function updateDetails(db: Db, row: RopaDetailsRow, versionRead: number): Promise<boolean> {
  const { org_id, ...columns } = row;
  const result = await db.updateTable('ropa_details').set(columns).where('org_id', '=', org_id).where('version', '=', versionRead).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
