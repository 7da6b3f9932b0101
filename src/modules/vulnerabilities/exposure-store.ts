// Reading findings as they stood at an instant: open then means a period opened by then and not
// fixed by then. Used by the exposure report and by the hosts an alert touches.
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { VulnerabilityHostRow } from '../../platform/db/schema.js';
import { inIdChunks } from './findings-store.js';

/** Periods open at the instant (an ISO string), as a condition on the periods table `p`. */
function openAt(db: Db, orgId: string, at: string) {
  return db
    .selectFrom('vulnerability_finding_periods as p')
    .where('p.org_id', '=', orgId)
    .where('p.opened_at', '<=', at)
    .where((eb) => eb.or([eb('p.fixed_at', 'is', null), eb('p.fixed_at', '>', at)]));
}

export async function hostsWithOpenCves(db: Db, orgId: string, cveIds: readonly string[], at: string): Promise<Array<{ host_id: string; cve_id: string }>> {
  if (!cveIds.length) return [];
  return openAt(db, orgId, at)
    .innerJoin('vulnerability_findings as f', 'f.id', 'p.finding_id')
    .where('f.cve_id', 'in', [...cveIds])
    .select(['f.host_id', 'f.cve_id'])
    .distinct()
    .execute();
}

/**
 * Each host's operating system and the software its open findings name (the check's name), where it
 * holds one of the words in any case: the candidates for a product phrase.
 */
export async function hostSoftwareNaming(db: Db, orgId: string, words: readonly string[], at: string): Promise<Array<{ host_id: string; software: string }>> {
  if (!words.length) return [];
  const like = (column: string) => sql<boolean>`(${sql.join(words.map((w) => sql`lower(${sql.ref(column)}) like ${`%${w}%`}`), sql` or `)})`;
  const software = await openAt(db, orgId, at)
    .innerJoin('vulnerability_findings as f', 'f.id', 'p.finding_id')
    .where('f.check_name', 'is not', null)
    .where(like('f.check_name'))
    .select(['f.host_id', 'f.check_name as software'])
    .distinct()
    .execute();
  const systems = await db.selectFrom('vulnerability_hosts').where('org_id', '=', orgId).where('os', 'is not', null).where(like('os')).where('first_seen_at', '<=', at).select(['id as host_id', 'os as software']).execute();
  return [...software, ...systems].map((r) => ({ host_id: r.host_id, software: r.software! }));
}

export async function hostsOfOrg(db: Db, orgId: string): Promise<VulnerabilityHostRow[]> {
  return db.selectFrom('vulnerability_hosts').selectAll().where('org_id', '=', orgId).orderBy('host_key').execute();
}

/** Every entry's dates and ransomware use: the catalogue is about a thousand rows, read once per report. */
export async function kevListings(db: Db) {
  return db.selectFrom('kev_entries').select(['cve_id', 'date_added', 'due_date', 'vendor', 'product', 'known_ransomware_use']).execute();
}

/** The organisation's findings, what the report needs of each, in chunks by id. */
export function findingsOfOrg(db: Db, orgId: string) {
  return inIdChunks((after, limit) =>
    db
      .selectFrom('vulnerability_findings')
      .select(['id', 'host_id', 'check_id', 'check_name', 'cve_id', 'severity'])
      .where('org_id', '=', orgId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(limit)
      .execute(),
  );
}
