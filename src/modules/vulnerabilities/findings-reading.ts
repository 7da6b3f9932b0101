// Reading scanner findings: a page of them with filters, worst first, and one with its history. Each
// carries its deadline at the as-of instant, from the organisation's settings and the catalogue.
import type { FindingDetail, FindingList, FindingListQuery, FindingView } from '../../contract/vulnerabilities.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import type { VulnerabilityFindingRow } from '../../platform/db/schema.js';
import { NotFound, ValidationFailed } from '../../platform/errors.js';
import { assetOwners } from '../information-assets/service.js';
import { readCveId } from './domain/kev-entry.js';
import { clockAt, type DeadlineSettings, type KevListing, type OpenPeriod } from './domain/remediation-deadlines.js';
import type { Severity } from './domain/scanner-finding.js';
import * as store from './findings-store.js';
import { deadlineSettingsFor } from './remediation-settings.js';

const FINDING_NOT_FOUND = 'There is no vulnerability finding with that id in this organisation.';

function deadlineView(periods: readonly OpenPeriod[], severity: Severity, kev: KevListing | null, settings: DeadlineSettings, asOf: Date): FindingView['deadline'] {
  const clock = clockAt(periods, severity, kev, settings, asOf);
  if (!clock) return null;
  return { startedOn: clock.deadline.startedOn, dueOn: clock.deadline.dueOn, rule: clock.deadline.rule, ...clock.standing, reopenings: clock.reopenings };
}

/** The findings as the API shows them, each with its deadline under the organisation's settings at the as-of instant. */
async function viewsOf(db: Db, orgId: string, rows: readonly VulnerabilityFindingRow[], settings: DeadlineSettings, asOf: Date): Promise<FindingView[]> {
  const [hosts, scopes, kev, periodsOf] = await Promise.all([
    store.hostsByIds(db, [...new Set(rows.map((r) => r.host_id))]),
    store.scopesByIds(db, [...new Set(rows.map((r) => r.scope_id))]),
    store.kevEntriesAmong(db, rows.map((r) => r.cve_id)),
    store.periodsOfFindings(db, rows.map((r) => r.id)),
  ]);
  const hostById = new Map(hosts.map((h) => [h.id, h]));
  const scopeById = new Map(scopes.map((s) => [s.id, s.name]));
  const assetNames = new Map((await assetOwners(db, orgId, hosts.flatMap((h) => (h.asset_id ? [h.asset_id] : [])))).map((a) => [a.id, a.name]));
  return rows.map((r) => {
    const host = hostById.get(r.host_id)!;
    const entry = kev.get(r.cve_id) ?? null;
    const severity = r.severity as Severity;
    return {
      id: r.id,
      host: { id: host.id, name: host.name, ip: host.ip, assetId: host.asset_id, assetName: host.asset_id ? (assetNames.get(host.asset_id) ?? null) : null, os: host.os },
      checkId: r.check_id,
      checkName: r.check_name,
      cveId: r.cve_id === '' ? null : r.cve_id,
      kevListed: entry !== null,
      knownRansomwareUse: entry?.knownRansomwareUse ?? false,
      severity,
      cvss: r.cvss === null ? null : Number(r.cvss),
      solution: r.solution,
      state: r.state as FindingView['state'],
      firstSeenAt: new Date(r.first_seen_at).toISOString(),
      lastSeenAt: new Date(r.last_seen_at).toISOString(),
      fixedAt: r.fixed_at === null ? null : new Date(r.fixed_at).toISOString(),
      scope: scopeById.get(r.scope_id) ?? '',
      deadline: deadlineView(periodsOf.get(r.id) ?? [], severity, entry, settings, asOf),
    };
  });
}

function filterOf(query: FindingListQuery): store.FindingFilter {
  let cveId: string | undefined;
  if (query.cveId !== undefined) {
    const read = readCveId(query.cveId);
    if (!read.ok) throw new ValidationFailed('The CVE id cannot be read', [{ field: 'cveId', message: `It ${read.reason}.`, value: query.cveId }]);
    cveId = read.value;
  }
  const flag = (value: 'true' | 'false' | undefined) => (value === undefined ? undefined : value === 'true');
  return { state: query.state, severity: query.severity, host: query.host, cveId, kevListed: flag(query.kevListed), knownRansomwareUse: flag(query.knownRansomwareUse), assetId: query.assetId };
}

/**
 * A page of the organisation's findings, worst first, filtered by state, severity, host, CVE, asset and
 * the catalogue; with pastDue, only those open and past their deadline at the as-of instant. Whether
 * a finding is past due depends on its periods, the catalogue and the settings, so those are worked
 * out here over the open findings the other filters leave, and the page taken from them.
 */
export async function listFindings(db: Db, orgId: string, query: FindingListQuery, now: () => Date = () => new Date()): Promise<FindingList> {
  const asOf = asOfOrNow(query.asOf, now);
  const filter = filterOf(query);
  const page = { offset: (query.page - 1) * query.pageSize, limit: query.pageSize };
  const settings = await deadlineSettingsFor(db, orgId);
  if (query.pastDue !== 'true') {
    const { total, rows } = await store.listFindings(db, orgId, filter, page);
    return { asOf: asOf.toISOString(), total, page: query.page, pageSize: query.pageSize, items: await viewsOf(db, orgId, rows, settings, asOf) };
  }
  const pastDue: store.OpenFindingClock[] = [];
  for await (const chunk of store.openFindingClocks(db, orgId, filter, asOf.toISOString())) {
    const kev = await store.kevEntriesAmong(db, chunk.map((c) => c.cve_id));
    for (const c of chunk) {
      const clock = clockAt([{ openedAt: new Date(c.opened_at), fixedAt: null }], c.severity as Severity, kev.get(c.cve_id) ?? null, settings, asOf);
      if (clock?.standing.pastDue) pastDue.push(c);
    }
  }
  // Worst first, as the unfiltered list.
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  pastDue.sort((a, b) => a.rank - b.rank || text(a.host_key, b.host_key) || text(a.check_id, b.check_id) || text(a.cve_id, b.cve_id));
  const rows = await store.findingsInOrder(db, orgId, pastDue.slice(page.offset, page.offset + page.limit).map((c) => c.id));
  return { asOf: asOf.toISOString(), total: pastDue.length, page: query.page, pageSize: query.pageSize, items: await viewsOf(db, orgId, rows, settings, asOf) };
}

/** One finding with each period it was open, its deadline now (or at the as-of instant). */
export async function getFinding(db: Db, orgId: string, findingId: string, asOf: Date = new Date()): Promise<FindingDetail> {
  const row = await store.findFinding(db, orgId, findingId);
  if (!row) throw new NotFound(FINDING_NOT_FOUND);
  const [view] = await viewsOf(db, orgId, [row], await deadlineSettingsFor(db, orgId), asOf);
  const periods = await store.periodsOf(db, row.id);
  return { ...view!, history: periods.map((p) => ({ openedAt: new Date(p.opened_at).toISOString(), fixedAt: p.fixed_at === null ? null : new Date(p.fixed_at).toISOString() })) };
}
