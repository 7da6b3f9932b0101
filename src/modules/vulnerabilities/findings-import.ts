// Scanner exports through the import pipeline: Nessus, OpenVAS/Greenbone and Microsoft Defender
// vulnerability CSVs (or any file with a saved mapping), one finding per host, check and CVE, into a
// scope the scan covers (the import's target; by default the scanner's name). A scan is a snapshot of
// its scope: an open finding last listed in the scope that a later scan does not list is fixed as of
// that scan, and one listed again is re-opened with a new period, its history kept. Not when rows were
// rejected (skip-invalid): a rejected row's finding may still be there. See docs/vulnerabilities.md
// and decision 70.
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { VulnerabilityFindingRow, VulnerabilityFindingTable, VulnerabilityHostRow, VulnerabilityHostTable, VulnerabilityScopeRow } from '../../platform/db/schema.js';
import { ValidationFailed } from '../../platform/errors.js';
import { type ApplyContext, type BatchOutcome, type CheckedRow, declareImportKind, type ImportPreset, presetFromHeadings } from '../../platform/imports/import-kinds.js';
import type { ColumnSpec } from '../../platform/imports/types.js';
import { liveAssetIdsByName } from '../information-assets/service.js';
import { checkScannerFinding, type ScannerFinding } from './domain/scanner-finding.js';
import * as store from './findings-store.js';
import { timeOrderedId } from './time-ordered-id.js';

const text = (maxLength: number) => ({ kind: 'text', maxLength }) as const;

export const FINDING_COLUMNS: readonly ColumnSpec[] = [
  { field: 'host', label: 'Host', type: text(255), required: false },
  { field: 'ip', label: 'IP address', type: text(64), required: false },
  { field: 'os', label: 'Operating system', type: text(200), required: false },
  { field: 'checkId', label: 'Check', type: text(200), required: true },
  { field: 'checkName', label: 'Check name', type: text(500), required: false },
  { field: 'cves', label: 'CVEs', type: text(20_000), required: false },
  { field: 'cvss', label: 'CVSS', type: { kind: 'number' }, required: false },
  { field: 'severity', label: 'Severity', type: text(40), required: false },
  { field: 'solution', label: 'Solution', type: text(8000), required: false },
  { field: 'firstSeen', label: 'First seen', type: { kind: 'datetime' }, required: false },
  { field: 'lastSeen', label: 'Last seen', type: { kind: 'datetime' }, required: false },
];

/**
 * A scanner's export: for each field, its headings in the order tried, the first the file has being
 * read; a field whose headings the file lacks is left out (versions of an export differ), so the
 * pipeline names a missing required column itself.
 */
function scannerPreset(label: string, headings: Readonly<Record<string, readonly string[]>>, dates?: { format: string; timeZone: string }): ImportPreset {
  return presetFromHeadings(label, headings, { fields: dates ? ['firstSeen', 'lastSeen'] : [], format: dates?.format ?? '', ...(dates ? { timeZone: dates.timeZone } : {}) }, { leaveOutMissing: true });
}

/** The built-in mappings, and the scope each scan goes into when none is named. */
export const SCANNER_PRESETS = {
  nessus: {
    scope: 'Nessus',
    preset: scannerPreset('Tenable Nessus CSV export', {
      // Host holds what was scanned, a name or an address; some versions add the name and address apart.
      host: ['DNS Name', 'FQDN', 'NetBIOS Name', 'Host'],
      ip: ['IP Address', 'IP'],
      os: ['Operating System', 'OS'],
      checkId: ['Plugin ID'],
      checkName: ['Name'],
      cves: ['CVE'],
      cvss: ['CVSS v3.0 Base Score', 'CVSS v2.0 Base Score', 'CVSS'],
      severity: ['Risk'],
      solution: ['Solution'],
    }),
  },
  openvas: {
    scope: 'OpenVAS',
    preset: scannerPreset('OpenVAS / Greenbone CSV results export', {
      host: ['Hostname'],
      ip: ['IP'],
      os: ['Operating System', 'OS'],
      checkId: ['NVT OID'],
      checkName: ['NVT Name'],
      cves: ['CVEs'],
      cvss: ['CVSS'],
      severity: ['Severity'],
      solution: ['Solution'],
    }),
  },
  defender: {
    scope: 'Microsoft Defender',
    preset: scannerPreset(
      'Microsoft Defender vulnerability management export of device vulnerabilities',
      {
        host: ['DeviceName'],
        os: ['OSPlatform'],
        // Defender's finding is a weakness of a piece of software on a device.
        checkId: ['SoftwareName'],
        checkName: ['SoftwareName'],
        cves: ['CveId'],
        cvss: ['CvssScore'],
        severity: ['VulnerabilitySeverityLevel'],
        solution: ['RecommendedSecurityUpdate'],
        firstSeen: ['FirstSeenTimestamp'],
        lastSeen: ['LastSeenTimestamp'],
      },
      { format: 'YYYY-MM-DDTHH:mm:ssZ', timeZone: 'UTC' },
    ),
  },
} as const satisfies Record<string, { scope: string; preset: ImportPreset }>;

const presetEntry = (preset: string | null) => (preset && Object.hasOwn(SCANNER_PRESETS, preset) ? SCANNER_PRESETS[preset as keyof typeof SCANNER_PRESETS] : null);

export function findingKeyOf(row: ScannerFinding): string {
  return `${row.hostKey}\u0000${row.checkId}\u0000${row.cves.join(',')}`;
}

/** The scope the scan goes into, made on its first scan. */
async function scopeFor(tx: Db, context: ApplyContext): Promise<VulnerabilityScopeRow> {
  const name = context.target!;
  const held = await store.findScope(tx, context.orgId, name);
  if (held) return held;
  const at = context.now.toISOString();
  const row: VulnerabilityScopeRow = { id: randomUUID(), org_id: context.orgId, name, name_key: name.toLowerCase(), last_scan_as_of: null, last_scan_run_id: null, created_at: at, updated_at: at };
  await store.insertScope(tx, row);
  return row;
}

/**
 * The batch's hosts, held or added; their names and addresses as this scan gives them, and each
 * matched to the live asset of its name. Also the ids of those added: they have no findings held yet.
 */
async function hostsFor(tx: Db, batch: Array<CheckedRow<ScannerFinding>>, context: ApplyContext): Promise<{ hosts: Map<string, VulnerabilityHostRow>; added: Set<string> }> {
  const asOf = context.asOf.toISOString();
  const at = context.now.toISOString();
  const byKey = new Map<string, ScannerFinding>();
  for (const { value } of batch) if (!byKey.has(value.hostKey)) byKey.set(value.hostKey, value);
  const held = new Map((await store.hostsByKeys(tx, context.orgId, [...byKey.keys()])).map((h) => [h.host_key, h]));
  const assets = await liveAssetIdsByName(tx, context.orgId, [...byKey.values()].flatMap((v) => (v.hostName ? [v.hostName] : [])));
  const fresh: Array<Insertable<VulnerabilityHostTable>> = [];
  for (const [key, value] of byKey) {
    const assetId = (value.hostName && assets.get(value.hostName.toLowerCase())) ?? null;
    const existing = held.get(key);
    if (!existing) {
      const row: VulnerabilityHostRow = { id: timeOrderedId(), org_id: context.orgId, host_key: key, name: value.hostName, ip: value.ip, asset_id: assetId, os: value.os, first_seen_at: asOf, last_seen_at: asOf, created_at: at, updated_at: at };
      fresh.push(row);
      held.set(key, row);
      continue;
    }
    const change = { name: value.hostName ?? existing.name, ip: value.ip ?? existing.ip, asset_id: assetId ?? existing.asset_id, os: value.os ?? existing.os, last_seen_at: later(asOf, existing.last_seen_at) };
    if (change.name !== existing.name || change.ip !== existing.ip || change.asset_id !== existing.asset_id || change.os !== existing.os || change.last_seen_at !== existing.last_seen_at) {
      await store.updateHost(tx, existing.id, { ...change, updated_at: at });
      held.set(key, { ...existing, ...change });
    }
  }
  await store.insertHosts(tx, fresh);
  return { hosts: held, added: new Set(fresh.map((h) => h.id)) };
}

const findingKey = (hostId: string, checkId: string, cveId: string) => `${hostId}\u0000${checkId}\u0000${cveId}`;
const earlier = (a: string, b: string) => (new Date(a).getTime() <= new Date(b).getTime() ? a : b);
const later = (a: string, b: string) => (new Date(a).getTime() >= new Date(b).getTime() ? a : b);

/**
 * A batch's findings: each looked up with the batch's hosts and checks, added if new, and otherwise
 * marked seen by this scan. Findings seen again with nothing else changed (nearly all of a later
 * scan) are marked in a few statements, grouped by what is set on them; those whose details changed,
 * that come back after a fix, or that move scope are updated one by one. Between batches the run
 * keeps only its scope.
 */
export async function applyFindingBatch(tx: Db, batch: Array<CheckedRow<ScannerFinding>>, context: ApplyContext): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, refused: [] };
  const scope = await context.runState(() => scopeFor(tx, context));
  const { hosts, added } = await hostsFor(tx, batch, context);
  const asOf = context.asOf.toISOString();
  const at = context.now.toISOString();
  const held = new Map<string, VulnerabilityFindingRow>();
  // Each host's findings of the batch's checks; none for a host this batch added (most of a first scan).
  const checks = new Map<string, readonly [string, string]>();
  for (const { value } of batch) {
    const hostId = hosts.get(value.hostKey)!.id;
    if (!added.has(hostId)) checks.set(`${hostId}\u0000${value.checkId}`, [hostId, value.checkId]);
  }
  for (const f of await store.findingsOfChecks(tx, [...checks.values()])) held.set(findingKey(f.host_id, f.check_id, f.cve_id), f);
  const fresh: Array<Insertable<VulnerabilityFindingTable>> = [];
  const periods: Array<{ finding_id: string; org_id: string; opened_at: string }> = [];
  /** Findings seen again and otherwise unchanged, by what is set on them. */
  const seenAgain = new Map<string, { seen: store.SeenAgain; ids: string[] }>();
  for (const { value } of batch) {
    const host = hosts.get(value.hostKey)!;
    const firstSeen = value.firstSeen ?? asOf;
    const lastSeen = value.lastSeen ?? asOf;
    let rowOutcome: 'inserted' | 'updated' | 'unchanged' = 'unchanged';
    for (const cveId of value.cves) {
      const key = findingKey(host.id, value.checkId, cveId);
      const fields = { check_name: value.checkName, severity: value.severity, cvss: value.cvss, solution: value.solution };
      const existing = held.get(key);
      if (!existing) {
        const row: VulnerabilityFindingRow = {
          id: timeOrderedId(),
          org_id: context.orgId,
          host_id: host.id,
          check_id: value.checkId,
          cve_id: cveId,
          ...fields,
          state: 'open',
          first_seen_at: firstSeen,
          last_seen_at: lastSeen,
          fixed_at: null,
          scope_id: scope.id,
          last_seen_run_id: context.runId,
          created_at: at,
          updated_at: at,
        };
        fresh.push(row);
        periods.push({ finding_id: row.id, org_id: context.orgId, opened_at: firstSeen });
        held.set(key, row);
        rowOutcome = 'inserted';
        continue;
      }
      if (existing.last_seen_run_id === context.runId) continue; // listed again in this scan (another port, a repeated row): one finding
      const seen = { first_seen_at: earlier(existing.first_seen_at, firstSeen), last_seen_at: later(existing.last_seen_at, lastSeen), scope_id: scope.id, last_seen_run_id: context.runId };
      const reopened = existing.state === 'fixed';
      const changed = reopened || Object.entries(fields).some(([column, v]) => existing[column as keyof typeof fields] !== v) || existing.scope_id !== scope.id;
      if (reopened) periods.push({ finding_id: existing.id, org_id: context.orgId, opened_at: asOf });
      if (changed) await store.updateFinding(tx, existing.id, { ...seen, ...fields, state: 'open', fixed_at: null, updated_at: at });
      else groupSeenAgain(seenAgain, existing, seen);
      held.set(key, { ...existing, ...seen, ...(changed ? { ...fields, state: 'open', fixed_at: null } : {}) });
      if (changed && rowOutcome === 'unchanged') rowOutcome = 'updated';
    }
    outcome[rowOutcome]++;
  }
  await store.insertFindings(tx, fresh);
  for (const { seen, ids } of seenAgain.values()) await store.markSeen(tx, ids, seen);
  await store.openPeriods(tx, periods);
  return outcome;
}

/** Adds a finding to the group of those on which the same is set; its first seen only when the scan saw it earlier. */
function groupSeenAgain(groups: Map<string, { seen: store.SeenAgain; ids: string[] }>, existing: VulnerabilityFindingRow, seen: store.SeenAgain & { first_seen_at: string }): void {
  const { first_seen_at, ...rest } = seen;
  const set: store.SeenAgain = first_seen_at === existing.first_seen_at ? rest : seen;
  const key = `${set.first_seen_at ?? ''} ${set.last_seen_at}`;
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { seen: set, ids: [] }));
  group.ids.push(existing.id);
}

/**
 * After the last batch: the scan is a snapshot of its scope, so an open finding it no longer lists is
 * fixed as of the scan; not when rows were rejected. A scan older than the latest of its scope is
 * refused (it would re-open what has since been fixed), and so is one listing nothing (an export
 * that failed would otherwise fix everything).
 */
export async function finishFindingImport(tx: Db, context: ApplyContext): Promise<void> {
  const scope = await scopeFor(tx, context);
  const asOf = context.asOf.toISOString();
  if (scope.last_scan_as_of && new Date(scope.last_scan_as_of).getTime() > context.asOf.getTime()) {
    throw new ValidationFailed(`This scan is older than the latest of ${scope.name}`, [
      { field: 'asOf', message: `${scope.name} holds a scan as of ${new Date(scope.last_scan_as_of).toISOString()}; an older one would re-open findings since fixed. Give the scan’s own as-of, or import a newer one.`, value: asOf },
    ]);
  }
  if (context.rowsRejected() > 0) {
    // Some rows were refused: whatever was listed stays as it was, and nothing is fixed.
    await store.recordScan(tx, scope.id, asOf, context.runId, context.now.toISOString());
    return;
  }
  if ((await store.countSeenInRun(tx, scope.id, context.runId)) === 0) {
    throw new ValidationFailed(`The file holds no findings for ${scope.name}`, [
      { field: '(file)', message: 'A scan is a snapshot of its scope: one with no findings would mark every finding fixed. Check that the export ran.' },
    ]);
  }
  await store.fixAbsent(tx, scope.id, context.runId, asOf, context.now.toISOString());
  await store.recordScan(tx, scope.id, asOf, context.runId, context.now.toISOString());
}

/** The import's target is a scope, by name: the one held, in its own case, or a new one's name. */
async function checkScopeTarget(db: Db, orgId: string, target: string): Promise<string> {
  const name = target.trim().replace(/\s+/g, ' ');
  const held = await store.findScope(db, orgId, name);
  if (held) return held.name;
  if (name === '' || name.length > 64) throw new ValidationFailed('A scan scope’s name is 1 to 64 characters', [{ field: 'target', message: 'Name the scope the scan covers in 64 characters or fewer.', value: target }]);
  return name;
}

export const findingsImport = declareImportKind<ScannerFinding>({
  id: 'vulns',
  label: 'vulnerability findings from a scanner export',
  columns: FINDING_COLUMNS,
  action: 'finding.import',
  keyFields: ['host', 'checkId', 'cves'],
  keyOf: findingKeyOf,
  check: checkScannerFinding,
  // A scanner writes a row per port and per CVE: a key seen again is the same finding, not a mistake.
  repeatsAreUpdates: true,
  presets: { nessus: SCANNER_PRESETS.nessus.preset, openvas: SCANNER_PRESETS.openvas.preset, defender: SCANNER_PRESETS.defender.preset },
  target: { noun: 'scan scope', check: checkScopeTarget, defaultFor: (preset) => presetEntry(preset)?.scope ?? null },
  apply: applyFindingBatch,
  finish: finishFindingImport,
});
