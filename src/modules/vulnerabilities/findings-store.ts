// Tables of scanner findings: the scopes scans cover, the hosts they name, the findings and each
// finding's periods open.
import { CompiledQuery, type Insertable, sql } from 'kysely';
import { list, padded, paddedLength, STEP, statement } from '../../platform/db/batch-statements.js';
import type { Db } from '../../platform/db/database.js';
import type { OpenPeriod } from './domain/remediation-deadlines.js';
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
  const rows: VulnerabilityHostRow[] = [];
  for (let i = 0; i < ids.length; i += 500) rows.push(...(await db.selectFrom('vulnerability_hosts').selectAll().where('id', 'in', ids.slice(i, i + 500)).execute()));
  return rows;
}

export async function insertHosts(db: Db, rows: ReadonlyArray<Insertable<VulnerabilityHostTable>>): Promise<void> {
  if (rows.length) await db.insertInto('vulnerability_hosts').values([...rows]).execute();
}

export async function updateHost(db: Db, id: string, change: Partial<Insertable<VulnerabilityHostTable>>): Promise<void> {
  await db.updateTable('vulnerability_hosts').set(change).where('id', '=', id).execute();
}

// A scan brings a million rows in batches of 500: the statements a batch runs are written out here
// rather than built with Kysely for every batch (as for training, decision 66), and their lists
// padded to a multiple of STEP (repeating the last value, which changes no answer) so that a few
// texts serve every batch and each is prepared once. Columns are taken from the rows given, so a
// column added to the rows needs no change here.
/** Rows a multi-row insert writes at most: 100 rows of under 20 columns stay far under either engine's limit on parameters. */
const INSERT_ROWS = 100;
/** Ids an update names at most. */
const UPDATE_IDS = 500;

/** Inserts rows that all have the same columns, in statements of a multiple of STEP rows and the rest. */
async function insertRows(db: Db, table: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  for (let start = 0; start < rows.length; ) {
    const left = Math.min(rows.length - start, INSERT_ROWS);
    const size = left >= STEP ? left - (left % STEP) : left;
    const parameters: unknown[] = [];
    for (let i = start; i < start + size; i++) for (const column of columns) parameters.push(rows[i]![column]);
    const text = statement(db, `insert ${table} ${columns.join(',')}`, size, (mark, n) => `insert into ${table} (${columns.join(', ')}) values ${list(n, () => `(${columns.map(mark).join(', ')})`)}`);
    await db.executeQuery(CompiledQuery.raw(text, parameters));
    start += size;
  }
}

/** The findings held for each host and check named (all their CVEs), as pairs of host id and check id. */
export async function findingsOfChecks(db: Db, pairs: ReadonlyArray<readonly [hostId: string, checkId: string]>): Promise<VulnerabilityFindingRow[]> {
  if (!pairs.length) return [];
  const rows: VulnerabilityFindingRow[] = [];
  for (let i = 0; i < pairs.length; i += UPDATE_IDS) {
    const some = pairs.slice(i, i + UPDATE_IDS);
    const text = statement(db, 'findings of checks', paddedLength(some.length), (mark, n) => `select * from vulnerability_findings where (host_id, check_id) in (${list(n, () => `(${mark()}, ${mark()})`)})`);
    rows.push(...(await db.executeQuery<VulnerabilityFindingRow>(CompiledQuery.raw(text, padded(some).flat()))).rows);
  }
  return rows;
}

export async function insertFindings(db: Db, rows: ReadonlyArray<Insertable<VulnerabilityFindingTable>>): Promise<void> {
  await insertRows(db, 'vulnerability_findings', rows);
}

export async function updateFinding(db: Db, id: string, change: Partial<Insertable<VulnerabilityFindingTable>>): Promise<void> {
  await db.updateTable('vulnerability_findings').set(change).where('id', '=', id).execute();
}

/** What a scan listing a finding again sets on it, the same for every finding it is set on. */
export type SeenAgain = Pick<VulnerabilityFindingRow, 'last_seen_at' | 'scope_id' | 'last_seen_run_id'> & Partial<Pick<VulnerabilityFindingRow, 'first_seen_at'>>;

/** Sets the same columns to the same values on many findings, in statements naming up to UPDATE_IDS of them. */
export async function markSeen(db: Db, ids: readonly string[], seen: SeenAgain): Promise<void> {
  const columns = Object.keys(seen) as Array<keyof SeenAgain>;
  for (let i = 0; i < ids.length; i += UPDATE_IDS) {
    const some = ids.slice(i, i + UPDATE_IDS);
    const text = statement(db, `seen ${columns.join(',')}`, paddedLength(some.length), (mark, n) => `update vulnerability_findings set ${columns.map((c) => `${c} = ${mark()}`).join(', ')} where id in (${list(n, mark)})`);
    await db.executeQuery(CompiledQuery.raw(text, [...columns.map((c) => seen[c]), ...padded(some)]));
  }
}

export async function openPeriods(db: Db, rows: ReadonlyArray<{ finding_id: string; org_id: string; opened_at: string }>): Promise<void> {
  await insertRows(db, 'vulnerability_finding_periods', rows.map((r) => ({ ...r, fixed_at: null })));
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

/** Each finding's periods open, oldest first, by finding id (a finding with none is absent). */
export async function periodsOfFindings(db: Db, findingIds: readonly string[]): Promise<Map<string, OpenPeriod[]>> {
  const byFinding = new Map<string, OpenPeriod[]>();
  for (let i = 0; i < findingIds.length; i += 500) {
    const rows = await db.selectFrom('vulnerability_finding_periods').selectAll().where('finding_id', 'in', findingIds.slice(i, i + 500)).orderBy('finding_id').orderBy('opened_at').execute();
    for (const p of rows) {
      const list = byFinding.get(p.finding_id) ?? [];
      list.push({ openedAt: new Date(p.opened_at), fixedAt: p.fixed_at === null ? null : new Date(p.fixed_at) });
      byFinding.set(p.finding_id, list);
    }
  }
  return byFinding;
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

/** Rows read a chunk at a time in order of id, each chunk after the last id of the one before. */
export async function* inIdChunks<R extends { id: string }>(read: (after: string, limit: number) => Promise<R[]>, chunk = 5000): AsyncGenerator<R[]> {
  let after = '';
  for (;;) {
    const rows = await read(after, chunk);
    if (!rows.length) return;
    yield rows;
    if (rows.length < chunk) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** The findings the filter leaves (its state aside) that were open at the instant, with the start of that period; in chunks by id. */
export async function* openFindingClocks(db: Db, orgId: string, filter: FindingFilter, at: string): AsyncGenerator<OpenFindingClock[]> {
  for await (const rows of inIdChunks((after, limit) =>
    filtered(db, orgId, { ...filter, state: undefined })
      .innerJoin('vulnerability_finding_periods as p', 'p.finding_id', 'f.id')
      .where('p.opened_at', '<=', at)
      .where((eb) => eb.or([eb('p.fixed_at', 'is', null), eb('p.fixed_at', '>', at)]))
      .where('f.id', '>', after)
      .select(['f.id', 'f.severity', 'f.cve_id', 'p.opened_at', SEVERITY_RANK.as('rank'), 'h.host_key', 'f.check_id'])
      .orderBy('f.id')
      .limit(limit)
      .execute(),
  )) {
    yield rows.map((r) => ({ ...r, opened_at: new Date(r.opened_at).toISOString(), rank: Number(r.rank) }));
  }
}

/** Findings by id, in the order given. */
export async function findingsInOrder(db: Db, orgId: string, ids: readonly string[]): Promise<VulnerabilityFindingRow[]> {
  if (!ids.length) return [];
  const rows = new Map((await db.selectFrom('vulnerability_findings').selectAll().where('org_id', '=', orgId).where('id', 'in', [...ids]).execute()).map((r) => [r.id, r]));
  return ids.flatMap((id) => rows.get(id) ?? []);
}
