// Reading scanner findings: a page of them with filters, worst first, and one with its history.
import type { FindingDetail, FindingList, FindingListQuery, FindingView } from '../../contract/vulnerabilities.js';
import type { Db } from '../../platform/db/database.js';
import type { VulnerabilityFindingRow } from '../../platform/db/schema.js';
import { NotFound, ValidationFailed } from '../../platform/errors.js';
import { readCveId } from './domain/kev-entry.js';
import type { Severity } from './domain/scanner-finding.js';
import * as store from './findings-store.js';

const FINDING_NOT_FOUND = 'There is no vulnerability finding with that id in this organisation.';

async function viewsOf(db: Db, rows: readonly VulnerabilityFindingRow[]): Promise<FindingView[]> {
  const [hosts, scopes, listed] = await Promise.all([
    store.hostsByIds(db, [...new Set(rows.map((r) => r.host_id))]),
    store.scopesByIds(db, [...new Set(rows.map((r) => r.scope_id))]),
    store.kevListedAmong(db, rows.map((r) => r.cve_id)),
  ]);
  const hostById = new Map(hosts.map((h) => [h.id, h]));
  const scopeById = new Map(scopes.map((s) => [s.id, s.name]));
  return rows.map((r) => {
    const host = hostById.get(r.host_id)!;
    return {
      id: r.id,
      host: { id: host.id, name: host.name, ip: host.ip, assetId: host.asset_id },
      checkId: r.check_id,
      checkName: r.check_name,
      cveId: r.cve_id === '' ? null : r.cve_id,
      kevListed: listed.has(r.cve_id),
      severity: r.severity as Severity,
      cvss: r.cvss === null ? null : Number(r.cvss),
      solution: r.solution,
      state: r.state as FindingView['state'],
      firstSeenAt: new Date(r.first_seen_at).toISOString(),
      lastSeenAt: new Date(r.last_seen_at).toISOString(),
      fixedAt: r.fixed_at === null ? null : new Date(r.fixed_at).toISOString(),
      scope: scopeById.get(r.scope_id) ?? '',
    };
  });
}

/** A page of the organisation's findings, worst first, filtered by state, severity, host, CVE and whether the known-exploited catalogue lists the CVE. */
export async function listFindings(db: Db, orgId: string, query: FindingListQuery): Promise<FindingList> {
  let cveId: string | undefined;
  if (query.cveId !== undefined) {
    const read = readCveId(query.cveId);
    if (!read.ok) throw new ValidationFailed('The CVE id cannot be read', [{ field: 'cveId', message: `It ${read.reason}.`, value: query.cveId }]);
    cveId = read.value;
  }
  const filter = { state: query.state, severity: query.severity, host: query.host, cveId, kevListed: query.kevListed === undefined ? undefined : query.kevListed === 'true' };
  const { total, rows } = await store.listFindings(db, orgId, filter, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { total, page: query.page, pageSize: query.pageSize, items: await viewsOf(db, rows) };
}

/** One finding with each period it was open. */
export async function getFinding(db: Db, orgId: string, findingId: string): Promise<FindingDetail> {
  const row = await store.findFinding(db, orgId, findingId);
  if (!row) throw new NotFound(FINDING_NOT_FOUND);
  const [view] = await viewsOf(db, [row]);
  const periods = await store.periodsOf(db, row.id);
  return { ...view!, history: periods.map((p) => ({ openedAt: new Date(p.opened_at).toISOString(), fixedAt: p.fixed_at === null ? null : new Date(p.fixed_at).toISOString() })) };
}
