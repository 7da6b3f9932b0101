// Which of an organisation's hosts a set of CVEs or products touches at an instant: the hosts with a
// finding open then for one of the CVEs, and those whose operating system or open findings' software
// one of the products names. NHS cyber alerts use it to say whether an alert is likely to apply.
import type { Db } from '../../platform/db/database.js';
import { assetOwners } from '../information-assets/service.js';
import { normaliseName } from './domain/end-of-support.js';
import * as store from './exposure-store.js';
import * as findings from './findings-store.js';

export interface HostMatch {
  hostId: string;
  hostName: string | null;
  ip: string | null;
  assetId: string | null;
  assetName: string | null;
  /** The CVEs asked about that are open on the host, in order. */
  cveIds: string[];
  /** The host's operating system or software that one of the products names, as the scanner wrote it. */
  software: string[];
}

/** A product phrase held in a name as whole words, in any case, punctuation read as spaces ("Connect Secure" in "Ivanti Connect Secure 22.7R2"). */
export function namesProduct(name: string, product: string): boolean {
  const phrase = normaliseName(product);
  return phrase !== '' && ` ${normaliseName(name)} `.includes(` ${phrase} `);
}

/** The hosts a set of CVEs (upper-case ids) or product phrases touches at the as-of instant, by host name then address. */
export async function hostsExposedTo(db: Db, orgId: string, ask: { cveIds: readonly string[]; products: readonly string[] }, asOf: Date): Promise<HostMatch[]> {
  const at = asOf.toISOString();
  const byHost = new Map<string, { cves: Set<string>; software: Set<string> }>();
  const entry = (hostId: string) => {
    let found = byHost.get(hostId);
    if (!found) byHost.set(hostId, (found = { cves: new Set(), software: new Set() }));
    return found;
  };
  const cveIds = [...new Set(ask.cveIds.filter((c) => c !== ''))];
  for (let i = 0; i < cveIds.length; i += 200) {
    for (const row of await store.hostsWithOpenCves(db, orgId, cveIds.slice(i, i + 200), at)) entry(row.host_id).cves.add(row.cve_id);
  }
  const products = ask.products.map((p) => p.trim()).filter((p) => normaliseName(p) !== '');
  if (products.length) {
    // The database narrows by each product's longest word; the whole phrase is checked here.
    const words = products.map((p) => normaliseName(p).split(' ').sort((a, b) => b.length - a.length)[0]!);
    for (const row of await store.hostSoftwareNaming(db, orgId, words, at)) {
      if (products.some((p) => namesProduct(row.software, p))) entry(row.host_id).software.add(row.software);
    }
  }
  if (!byHost.size) return [];
  const hosts = await findings.hostsByIds(db, [...byHost.keys()]);
  const assets = new Map((await assetOwners(db, orgId, hosts.flatMap((h) => (h.asset_id ? [h.asset_id] : [])))).map((a) => [a.id, a.name]));
  return hosts
    .map((h) => {
      const found = byHost.get(h.id)!;
      return {
        hostId: h.id,
        hostName: h.name,
        ip: h.ip,
        assetId: h.asset_id,
        assetName: h.asset_id ? (assets.get(h.asset_id) ?? null) : null,
        cveIds: [...found.cves].sort(),
        software: [...found.software].sort(),
      };
    })
    .sort((a, b) => (a.hostName ?? a.ip ?? '').localeCompare(b.hostName ?? b.ip ?? ''));
}
