// The exposure report: the organisation's findings read in chunks and counted at the as-of instant
// (domain/exposure-tally.ts), with its hosts, their assets' owners, the catalogue, its deadlines and
// its end-of-support table. Memory holds the hosts and the answer, never every finding at once.
import type { ExposureHost, ExposureReport } from '../../contract/vulnerabilities.js';
import type { Db } from '../../platform/db/database.js';
import { assetOwners } from '../information-assets/service.js';
import { ExposureTally, type TallyHost, type TallyKev } from './domain/exposure-tally.js';
import type { Severity } from './domain/scanner-finding.js';
import * as findings from './findings-store.js';
import { kevCatalogue } from './kev-reading.js';
import { deadlineSettingsAnswer, endOfSupportRowsFor } from './remediation-settings.js';
import * as store from './exposure-store.js';

async function tallyHosts(db: Db, orgId: string): Promise<TallyHost[]> {
  const hosts = await store.hostsOfOrg(db, orgId);
  const assets = new Map((await assetOwners(db, orgId, hosts.flatMap((h) => (h.asset_id ? [h.asset_id] : [])))).map((a) => [a.id, a]));
  return hosts.map((h) => {
    const asset = h.asset_id ? assets.get(h.asset_id) : undefined;
    return {
      hostId: h.id,
      name: h.name,
      ip: h.ip,
      assetId: asset ? h.asset_id : null,
      assetName: asset?.name ?? null,
      ownerId: asset?.owner?.id ?? null,
      ownerName: asset?.owner?.name ?? null,
      os: h.os,
      firstSeenAt: new Date(h.first_seen_at),
    };
  });
}

export async function exposureReport(db: Db, orgId: string, asOf: Date): Promise<ExposureReport> {
  const [settings, catalogue, kevRows, hosts, endOfSupport] = await Promise.all([deadlineSettingsAnswer(db, orgId), kevCatalogue(db), store.kevListings(db), tallyHosts(db, orgId), endOfSupportRowsFor(db, orgId)]);
  const kev = new Map<string, TallyKev>(kevRows.map((k) => [k.cve_id, { dateAdded: k.date_added, dueDate: k.due_date, vendor: k.vendor, product: k.product, knownRansomwareUse: k.known_ransomware_use === 1 }]));
  const tally = new ExposureTally(settings.settings, asOf);
  for await (const chunk of store.findingsOfOrg(db, orgId)) {
    const periods = await findings.periodsOfFindings(db, chunk.map((f) => f.id));
    for (const f of chunk) {
      tally.add({ id: f.id, hostId: f.host_id, checkId: f.check_id, checkName: f.check_name, cveId: f.cve_id, severity: f.severity as Severity, periods: periods.get(f.id) ?? [], kev: kev.get(f.cve_id) ?? null });
    }
  }
  const figures = tally.result(hosts, endOfSupport);
  const hostById = new Map(hosts.map((h) => [h.hostId, h]));
  const hostView = (id: string): ExposureHost => {
    const h = hostById.get(id)!;
    return { hostId: h.hostId, name: h.name, ip: h.ip, assetId: h.assetId, assetName: h.assetName, ownerName: h.ownerName };
  };
  return {
    asOf: asOf.toISOString(),
    catalogue,
    settings: settings.settings,
    settingsAreDefault: settings.isDefault,
    hosts: figures.hosts,
    open: figures.open,
    ageBands: figures.ageBands,
    remediation: figures.remediation,
    pastDueByOwner: figures.pastDueByOwner,
    pastDueFindings: figures.pastDueFindings.map(({ hostId, ...rest }) => ({ ...rest, host: hostView(hostId) })),
    pastDueFindingsTotal: figures.pastDueFindingsTotal,
    kevOpen: figures.kevOpen,
    unsupportedHosts: figures.unsupportedHosts.map((u) => ({
      host: hostView(u.hostId),
      software: u.software,
      rowId: u.row.id,
      product: u.row.product,
      version: u.row.version,
      endOfSupport: u.row.endOfSupport,
      source: u.row.source,
    })),
  };
}
