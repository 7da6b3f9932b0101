// The import_runs and import_mappings tables, which the pipeline owns: runs and saved column mappings.
import type { Db } from '../db/database.js';
import type { ImportMappingRow, ImportRunRow } from '../db/schema.js';

type NewRun = Omit<ImportRunRow, 'rows_read' | 'rows_inserted' | 'rows_updated' | 'rows_unchanged' | 'rows_rejected' | 'problem_count' | 'problems_json'>;

export async function insertRun(db: Db, row: NewRun): Promise<void> {
  await db.insertInto('import_runs').values(row).execute();
}

export type RunFinish = Partial<Omit<ImportRunRow, 'id' | 'org_id' | 'kind'>>;

export async function finishRun(db: Db, id: string, patch: RunFinish): Promise<void> {
  await db.updateTable('import_runs').set(patch).where('id', '=', id).execute();
}

export async function findRun(db: Db, orgId: string, id: string): Promise<ImportRunRow | undefined> {
  return db.selectFrom('import_runs').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** Runs left 'running' by a process that stopped: they end as interrupted, and nothing they did was kept. */
export async function markStaleRunsInterrupted(db: Db, orgId: string, kind: string, startedBefore: string): Promise<void> {
  await db
    .updateTable('import_runs')
    .set({ status: 'refused', outcome: 'The import was interrupted before it finished; nothing from it was kept.', finished_at: new Date().toISOString() })
    .where('org_id', '=', orgId)
    .where('kind', '=', kind)
    .where('status', '=', 'running')
    .where('started_at', '<', startedBefore)
    .execute();
}

/** An earlier run that applied this very file with this very mapping. */
export async function findAppliedRepeat(db: Db, orgId: string, kind: string, contentHash: string, mappingJson: string, target: string | null): Promise<ImportRunRow | undefined> {
  return db
    .selectFrom('import_runs')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('kind', '=', kind)
    .where((eb) => (target === null ? eb('target', 'is', null) : eb('target', '=', target)))
    .where('content_hash', '=', contentHash)
    .where('mapping_json', '=', mappingJson)
    .where('status', '=', 'applied')
    .orderBy('started_at', 'asc')
    .executeTakeFirst();
}

export async function recentRuns(db: Db, orgId: string, limit: number, kind?: string): Promise<ImportRunRow[]> {
  let query = db.selectFrom('import_runs').selectAll().where('org_id', '=', orgId);
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function listMappings(db: Db, orgId: string, kind?: string): Promise<ImportMappingRow[]> {
  let query = db.selectFrom('import_mappings').selectAll().where('org_id', '=', orgId);
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy('kind').orderBy('name').execute();
}

export async function findMapping(db: Db, orgId: string, kind: string, name: string): Promise<ImportMappingRow | undefined> {
  return db.selectFrom('import_mappings').selectAll().where('org_id', '=', orgId).where('kind', '=', kind).where('name', '=', name).executeTakeFirst();
}

export async function insertMapping(db: Db, row: ImportMappingRow): Promise<void> {
  await db.insertInto('import_mappings').values(row).execute();
}

/** Changes a mapping only if it is still at the version the editor read; false when it was not. */
export async function updateMapping(db: Db, id: string, version: number, mappingJson: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('import_mappings')
    .set({ mapping_json: mappingJson, updated_at: at, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteMapping(db: Db, id: string): Promise<void> {
  await db.deleteFrom('import_mappings').where('id', '=', id).execute();
}

export async function saveRejects(db: Db, row: { run_id: string; org_id: string; csv: Buffer; created_at: string }): Promise<void> {
  await db.insertInto('import_rejects').values(row).execute();
}

export async function findRejects(db: Db, orgId: string, runId: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('import_rejects').select('csv').where('org_id', '=', orgId).where('run_id', '=', runId).executeTakeFirst();
  return row?.csv;
}

export async function runsWithRejects(db: Db, runIds: readonly string[]): Promise<Set<string>> {
  if (!runIds.length) return new Set();
  const rows = await db.selectFrom('import_rejects').select('run_id').where('run_id', 'in', runIds).execute();
  return new Set(rows.map((r) => r.run_id));
}
