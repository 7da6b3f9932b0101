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
  /** Only findings whose catalogue entry says known ransomware use (true), or not (false). */
  knownRansomwareUse?: boolean | undefined;
  /** Only findings on hosts matched to this information asset. */
  assetId?: string | undefined;
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
  if (filter.knownRansomwareUse !== undefined) {
    const ransomware = db.selectFrom('kev_entries').select('cve_id').where('known_ransomware_use', '=', 1);
    query = query.where('f.cve_id', filter.knownRansomwareUse ? 'in' : 'not in', ransomware);
  }
  if (filter.assetId !== undefined) query = query.where('h.asset_id', '=', filter.assetId);
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

/** The catalogue's dates and ransomware use for those of the CVEs it lists. */
export async function kevEntriesAmong(db: Db, cveIds: readonly string[]): Promise<Map<string, { dateAdded: string; dueDate: string; knownRansomwareUse: boolean }>> {
  const ids = [...new Set(cveIds.filter((c) => c !== ''))];
  const found = new Map<string, { dateAdded: string; dueDate: string; knownRansomwareUse: boolean }>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('kev_entries').select(['cve_id', 'date_added', 'due_date', 'known_ransomware_use']).where('cve_id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) found.set(r.cve_id, { dateAdded: r.date_added, dueDate: r.due_date, knownRansomwareUse: r.known_ransomware_use === 1 });
  }
  return found;
}

/** Every period of the findings, in no order. */
export async function periodsOfFindings(db: Db, findingIds: readonly string[]): Promise<VulnerabilityFindingPeriodRow[]> {
  const rows: VulnerabilityFindingPeriodRow[] = [];
  for (let i = 0; i < findingIds.length; i += 500) rows.push(...(await db.selectFrom('vulnerability_finding_periods').selectAll().where('finding_id', 'in', findingIds.slice(i, i + 500)).execute()));
  return rows;
}

export interface OpenFindingClock {
  id: string;
  severity: string;
  cve_id: string;
  /** When its period open at the instant began. */
  opened_at: string;
  rank: number;
  host_key: string;
  check_id: string;
}

/** The findings the filter leaves (its state aside) that were open at the instant, with the start of that period; in chunks by id. */
export async function* openFindingClocks(db: Db, orgId: string, filter: FindingFilter, at: string, chunk = 5000): AsyncGenerator<OpenFindingClock[]> {
  let after = '';
  for (;;) {
    const rows = await filtered(db, orgId, { ...filter, state: undefined })
      .innerJoin('vulnerability_finding_periods as p', 'p.finding_id', 'f.id')
      .where('p.opened_at', '<=', at)
      .where((eb) => eb.or([eb('p.fixed_at', 'is', null), eb('p.fixed_at', '>', at)]))
      .where('f.id', '>', after)
      .select(['f.id', 'f.severity', 'f.cve_id', 'p.opened_at', SEVERITY_RANK.as('rank'), 'h.host_key', 'f.check_id'])
      .orderBy('f.id')
      .limit(chunk)
      .execute();
    if (!rows.length) return;
    yield rows.map((r) => ({ ...r, opened_at: new Date(r.opened_at).toISOString(), rank: Number(r.rank) }));
    if (rows.length < chunk) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Findings by id, in the order given. */
export async function findingsInOrder(db: Db, orgId: string, ids: readonly string[]): Promise<VulnerabilityFindingRow[]> {
  if (!ids.length) return [];
  const rows = new Map((await db.selectFrom('vulnerability_findings').selectAll().where('org_id', '=', orgId).where('id', 'in', [...ids]).execute()).map((r) => [r.id, r]));
  return ids.flatMap((id) => rows.get(id) ?? []);
}

export async function kevListedAmong(db: Db, cveIds: readonly string[]): Promise<Set<string>> {
  const ids = [...new Set(cveIds.filter((c) => c !== ''))];
  if (!ids.length) return new Set();
  return new Set((await db.selectFrom('kev_entries').select('cve_id').where('cve_id', 'in', ids).execute()).map((r) => r.cve_id));
}
