// Tables of each organisation's remediation deadlines and end-of-support edits, both saved at the
// version read (0: none saved yet), so a colleague's save in between is found, not overwritten.
import type { Db } from '../../platform/db/database.js';
import type { EndOfSupportEditsTable, RemediationDeadlineSettingsTable } from '../../platform/db/schema.js';

export async function findDeadlineSettings(db: Db, orgId: string): Promise<RemediationDeadlineSettingsTable | undefined> {
  return db.selectFrom('remediation_deadline_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

export async function saveDeadlineSettings(db: Db, row: RemediationDeadlineSettingsTable, versionRead: number): Promise<boolean> {
  if (versionRead === 0) {
    const inserted = await db.insertInto('remediation_deadline_settings').values(row).onConflict((oc) => oc.column('org_id').doNothing()).returning('org_id').executeTakeFirst();
    return inserted !== undefined;
  }
  const result = await db.updateTable('remediation_deadline_settings').set(row).where('org_id', '=', row.org_id).where('version', '=', versionRead).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findEndOfSupportEdits(db: Db, orgId: string): Promise<EndOfSupportEditsTable | undefined> {
  return db.selectFrom('end_of_support_edits').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

export async function saveEndOfSupportEdits(db: Db, row: EndOfSupportEditsTable, versionRead: number): Promise<boolean> {
  if (versionRead === 0) {
    const inserted = await db.insertInto('end_of_support_edits').values(row).onConflict((oc) => oc.column('org_id').doNothing()).returning('org_id').executeTakeFirst();
    return inserted !== undefined;
  }
  const result = await db.updateTable('end_of_support_edits').set(row).where('org_id', '=', row.org_id).where('version', '=', versionRead).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
