// Tables of scanner findings: the scopes scans cover, the hosts they name, the findings and each
// finding's periods open.
import { type Insertable, sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type {
  VulnerabilityFindingPeriodRow,
  VulnerabilityFindingRow,
  VulnerabilityFindingTable,
  VulnerabilityHostRow,
  VulnerabilityHostTable,
  VulnerabilityScopeRow,
  VulnerabilityScopeTable,
} from '../../platform/db/schema.js';

export async function findScope(db: Db, orgId: string, name: string): Promise<VulnerabilityScopeRow | undefined> {
  return db.selectFrom('vulnerability_scopes').selectAll().where('org_id', '=', orgId).where('name_key', '=', name.trim().toLowerCase()).executeTakeFirst();
}

export async function insertScope(db: Db, row: Insertable<VulnerabilityScopeTable>): Promise<void> {
  await db.insertInto('vulnerability_scopes').values(row).execute();
}

export async function recordScan(db: Db, scopeId: string, asOf: string, runId: string, at: string): Promise<void> {
  await db.updateTable('vulnerability_scopes').set({ last_scan_as_of: asOf, last_scan_run_id: runId, updated_at: at }).where('id', '=', scopeId).execute();
}

export async function scopesByIds(db: Db, ids: readonly string[]): Promise<VulnerabilityScopeRow[]> {
  if (!ids.length) return [];
  return db.selectFrom('vulnerability_scopes').selectAll().where('id', 'in', [...ids]).execute();
}

export async function hostsByKeys(db: Db, orgId: string, keys: readonly string[]): Promise<VulnerabilityHostRow[]> {
  if (!keys.length) return [];
  return db.selectFrom('vulnerability_hosts').selectAll().where('org_id', '=', orgId).where('host_key', 'in', [...keys]).execute();
}

export async function hostsByIds(db: Db, ids: readonly string[]): Promise<VulnerabilityHostRow[]> {
  if (!ids.length) return [];
  return db.selectFrom('vulnerability_hosts').selectAll().where('id', 'in', [...ids]).execute();
}

export async function insertHosts(db: Db, rows: ReadonlyArray<Insertable<VulnerabilityHostTable>>): Promise<void> {
  if (rows.length) await db.insertInto('vulnerability_hosts').values([...rows]).execute();
}

export async function updateHost(db: Db, id: string, change: Partial<Insertable<VulnerabilityHostTable>>): Promise<void> {
  await db.updateTable('vulnerability_hosts').set(change).where('id', '=', id).execute();
}

export async function findingsOfHosts(db: Db, hostIds: readonly string[], checkIds: readonly string[]): Promise<VulnerabilityFindingRow[]> {
  if (!hostIds.length || !checkIds.length) return [];
  return db.selectFrom('vulnerability_findings').selectAll().where('host_id', 'in', [...hostIds]).where('check_id', 'in', [...checkIds]).execute();
}

export async function insertFindings(db: Db, rows: ReadonlyArray<Insertable<VulnerabilityFindingTable>>): Promise<void> {
  // 17 columns a row: batches of 100 stay well under either engine's limit on bound parameters.
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('vulnerability_findings').values(rows.slice(i, i + 100)).execute();
}

export async function updateFinding(db: Db, id: string, change: Partial<Insertable<VulnerabilityFindingTable>>): Promise<void> {
  await db.updateTable('vulnerability_findings').set(change).where('id', '=', id).execute();
}

export async function openPeriods(db: Db, rows: ReadonlyArray<{ finding_id: string; org_id: string; opened_at: string }>): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('vulnerability_finding_periods').values(rows.slice(i, i + 200).map((r) => ({ ...r, fixed_at: null }))).execute();
}

export async function countSeenInRun(db: Db, scopeId: string, runId: string): Promise<number> {
  const row = await db.selectFrom('vulnerability_findings').select((eb) => eb.fn.countAll().as('n')).where('scope_id', '=', scopeId).where('last_seen_run_id', '=', runId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Every open finding last listed in the scope that this scan did not list: fixed as of the scan, its open period closed. */
export async function fixAbsent(db: Db, scopeId: string, runId: string, asOf: string, at: string): Promise<number> {
  const absent = db.selectFrom('vulnerability_findings').select('id').where('scope_id', '=', scopeId).where('state', '=', 'open').where('last_seen_run_id', '!=', runId);
  await db.updateTable('vulnerability_finding_periods').set({ fixed_at: asOf }).where('fixed_at', 'is', null).where('finding_id', 'in', absent).execute();
  const result = await db.updateTable('vulnerability_findings').set({ state: 'fixed', fixed_at: asOf, updated_at: at }).where('scope_id', '=', scopeId).where('state', '=', 'open').where('last_seen_run_id', '!=', runId).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface FindingFilter {
  state?: string | undefined;
  severity?: string | undefined;
  /** A host's name (any case) or IP address. */
  host?: string | undefined;
  cveId?: string | undefined;
  /** Only findings whose CVE the known-exploited catalogue lists (true), or does not (false). */
  kevListed?: boolean | undefined;
}

function filtered(db: Db, orgId: string, filter: FindingFilter) {
  let query = db.selectFrom('vulnerability_findings as f').innerJoin('vulnerability_hosts as h', 'h.id', 'f.host_id').where('f.org_id', '=', orgId);
  if (filter.state !== undefined) query = query.where('f.state', '=', filter.state);
  if (filter.severity !== undefined) query = query.where('f.severity', '=', filter.severity);
  if (filter.host !== undefined) {
    const host = filter.host.trim().toLowerCase();
    query = query.where((eb) => eb.or([eb('h.host_key', '=', host), eb('h.ip', '=', host)]));
  }
  if (filter.cveId !== undefined) query = query.where('f.cve_id', '=', filter.cveId);
  if (filter.kevListed !== undefined) {
    // The catalogue is this module's own table: one statement rather than a list of ids.
    const listed = db.selectFrom('kev_entries').select('cve_id');
    query = query.where('f.cve_id', filter.kevListed ? 'in' : 'not in', listed);
  }
  return query;
}

// Worst first: critical to info.
const SEVERITY_RANK = sql<number>`case f.severity when 'critical' then 0 when 'high' then 1 when 'medium' then 2 when 'low' then 3 else 4 end`;

export async function listFindings(db: Db, orgId: string, filter: FindingFilter, page: { offset: number; limit: number }): Promise<{ total: number; rows: VulnerabilityFindingRow[] }> {
  const total = await filtered(db, orgId, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await filtered(db, orgId, filter).selectAll('f').orderBy(SEVERITY_RANK).orderBy('h.host_key').orderBy('f.check_id').orderBy('f.cve_id').offset(page.offset).limit(page.limit).execute();
  return { total: Number(total.n), rows };
}

export async function findFinding(db: Db, orgId: string, id: string): Promise<VulnerabilityFindingRow | undefined> {
  return db.selectFrom('vulnerability_findings').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function periodsOf(db: Db, findingId: string): Promise<VulnerabilityFindingPeriodRow[]> {
  return db.selectFrom('vulnerability_finding_periods').selectAll().where('finding_id', '=', findingId).orderBy('opened_at').execute();
}

export async function kevListedAmong(db: Db, cveIds: readonly string[]): Promise<Set<string>> {
  const ids = [...new Set(cveIds.filter((c) => c !== ''))];
  if (!ids.length) return new Set();
  return new Set((await db.selectFrom('kev_entries').select('cve_id').where('cve_id', 'in', ids).execute()).map((r) => r.cve_id));
}
