// The directory module's tables: directories per organisation, their accounts as the latest import
// holds them (and those found gone), each account's group memberships, and the settings for findings.
import type { Db } from '../../platform/db/database.js';
import type { DirectoryAccountGroupRow, DirectoryAccountRow, DirectoryRow, DirectorySettingsRow } from '../../platform/db/schema.js';

/** Rows per insert statement: inside both engines' parameter limits at 23 columns. */
const INSERT_CHUNK = 400;

// ---- Directories ----

/** A directory of the organisation by id, or by name whatever its case. */
export async function findDirectory(db: Db, orgId: string, idOrName: string): Promise<DirectoryRow | undefined> {
  const text = idOrName.trim();
  return db
    .selectFrom('directories')
    .selectAll()
    .where('org_id', '=', orgId)
    .where((eb) => eb.or([eb('id', '=', text), eb('name_key', '=', text.toLowerCase())]))
    .orderBy('created_at')
    .executeTakeFirst();
}

export async function insertDirectory(db: Db, row: DirectoryRow): Promise<void> {
  await db.insertInto('directories').values(row).execute();
}

export async function listDirectories(db: Db, orgId: string): Promise<DirectoryRow[]> {
  return db.selectFrom('directories').selectAll().where('org_id', '=', orgId).orderBy('name_key').execute();
}

export async function recordDirectoryImport(db: Db, id: string, asOf: string, runId: string, at: string): Promise<void> {
  await db.updateTable('directories').set({ last_import_as_of: asOf, last_import_run_id: runId, updated_at: at }).where('id', '=', id).execute();
}

/** Changes a directory's kind at the version read; false when someone changed it first. */
export async function updateDirectoryKind(db: Db, id: string, kind: string, versionRead: number, at: string): Promise<boolean> {
  const result = await db.updateTable('directories').set({ kind, version: versionRead + 1, updated_at: at }).where('id', '=', id).where('version', '=', versionRead).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many accounts each directory holds now, and how many it has found gone. */
export async function accountCounts(db: Db, orgId: string): Promise<Array<{ directory_id: string; gone: number; n: number }>> {
  const rows = await db
    .selectFrom('directory_accounts')
    .select((eb) => ['directory_id', eb.case().when('gone_at', 'is', null).then(0).else(1).end().as('gone'), eb.fn.countAll().as('n')])
    .where('org_id', '=', orgId)
    .groupBy(['directory_id', 'gone'])
    .execute();
  return rows.map((r) => ({ directory_id: r.directory_id, gone: Number(r.gone), n: Number(r.n) }));
}

// ---- Accounts ----

export async function accountsByKeys(db: Db, directoryId: string, keys: readonly string[]): Promise<DirectoryAccountRow[]> {
  if (!keys.length) return [];
  return db.selectFrom('directory_accounts').selectAll().where('directory_id', '=', directoryId).where('account_key', 'in', [...keys]).execute();
}

export async function insertAccounts(db: Db, rows: DirectoryAccountRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await db.insertInto('directory_accounts').values(rows.slice(i, i + INSERT_CHUNK)).execute();
}

export async function updateAccount(db: Db, id: string, fields: Partial<Omit<DirectoryAccountRow, 'id' | 'org_id' | 'directory_id' | 'account_key' | 'created_at'>>): Promise<void> {
  await db.updateTable('directory_accounts').set(fields).where('id', '=', id).execute();
}

/** Accounts an import held unchanged: seen again as of this import. */
export async function markSeen(db: Db, ids: readonly string[], asOf: string, runId: string): Promise<void> {
  if (!ids.length) return;
  await db.updateTable('directory_accounts').set({ last_seen_at: asOf, last_seen_run_id: runId }).where('id', 'in', [...ids]).execute();
}

export async function countSeenInRun(db: Db, directoryId: string, runId: string): Promise<number> {
  const row = await db.selectFrom('directory_accounts').select((eb) => eb.fn.countAll().as('n')).where('directory_id', '=', directoryId).where('last_seen_run_id', '=', runId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Every account of the directory still present that this import did not hold: gone as of the import. */
export async function markGone(db: Db, directoryId: string, runId: string, asOf: string, at: string): Promise<void> {
  await db.updateTable('directory_accounts').set({ gone_at: asOf, updated_at: at }).where('directory_id', '=', directoryId).where('gone_at', 'is', null).where('last_seen_run_id', '!=', runId).execute();
}

export async function allAccounts(db: Db, orgId: string): Promise<DirectoryAccountRow[]> {
  return db.selectFrom('directory_accounts').selectAll().where('org_id', '=', orgId).orderBy('directory_id').orderBy('account_key').execute();
}

export async function findAccount(db: Db, orgId: string, id: string): Promise<DirectoryAccountRow | undefined> {
  return db.selectFrom('directory_accounts').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

// ---- Groups ----

export async function groupsOf(db: Db, accountIds: readonly string[]): Promise<Map<string, DirectoryAccountGroupRow[]>> {
  const byAccount = new Map<string, DirectoryAccountGroupRow[]>();
  for (let i = 0; i < accountIds.length; i += INSERT_CHUNK) {
    const rows = await db.selectFrom('directory_account_groups').selectAll().where('account_id', 'in', accountIds.slice(i, i + INSERT_CHUNK)).orderBy('group_cn').orderBy('group_dn').execute();
    for (const row of rows) byAccount.set(row.account_id, [...(byAccount.get(row.account_id) ?? []), row]);
  }
  return byAccount;
}

/** Every membership, each account's groups by name (then DN), so lists never depend on the export's order. */
export async function allGroups(db: Db, orgId: string): Promise<DirectoryAccountGroupRow[]> {
  return db.selectFrom('directory_account_groups').selectAll().where('org_id', '=', orgId).orderBy('group_cn').orderBy('group_dn').execute();
}

/** Replaces the groups of the accounts named with the rows given. */
export async function replaceGroups(db: Db, orgId: string, accountIds: readonly string[], rows: DirectoryAccountGroupRow[]): Promise<void> {
  for (let i = 0; i < accountIds.length; i += INSERT_CHUNK) {
    await db.deleteFrom('directory_account_groups').where('org_id', '=', orgId).where('account_id', 'in', accountIds.slice(i, i + INSERT_CHUNK)).execute();
  }
  for (let i = 0; i < rows.length; i += INSERT_CHUNK * 4) await db.insertInto('directory_account_groups').values(rows.slice(i, i + INSERT_CHUNK * 4)).execute();
}

// ---- Settings ----

export async function findSettings(db: Db, orgId: string): Promise<DirectorySettingsRow | undefined> {
  return db.selectFrom('directory_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

/** Saves the settings at the version read (0: none saved yet); false when someone saved first. */
export async function saveSettings(db: Db, row: DirectorySettingsRow, versionRead: number): Promise<boolean> {
  if (versionRead === 0) {
    const inserted = await db.insertInto('directory_settings').values(row).onConflict((oc) => oc.column('org_id').doNothing()).returning('org_id').executeTakeFirst();
    return inserted !== undefined;
  }
  const result = await db.updateTable('directory_settings').set(row).where('org_id', '=', row.org_id).where('version', '=', versionRead).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
