// The demo trust's vulnerability scans: three Nessus scans of its servers and ward PCs four weeks
// apart, up to a week ago, and a Microsoft Defender export two days ago that reports the operating
// systems, brought in through the import pipeline as a Trust's own exports would be. Between scans
// some findings are fixed, a few come back, and new ones appear, so the exposure report has past-due
// findings, fixes in time and late, and re-opened ones. The CVE ids are real, public identifiers, so
// once the known exploited catalogue is imported (it is public reference data held for the whole
// installation, so the demo leaves it to the person running it), the ones it lists show as such.
// The check names and solutions are our own words.
import { Readable } from 'node:stream';
import { addDays, ukDateOf } from '../../platform/as-of.js';
import type { Actor } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import { runImport } from '../../platform/imports/run-import.js';
import { mulberry32 } from '../../platform/seeded-random.js';
import * as vulnerabilities from '../vulnerabilities/service.js';

interface DemoCheck {
  plugin: string;
  name: string;
  risk: 'Critical' | 'High' | 'Medium' | 'Low' | 'None';
  cves: string[];
  /** Which hosts have it: servers, ward PCs or both. */
  on: 'servers' | 'pcs' | 'all';
  /** The share of those hosts that have it in the first scan. */
  share: number;
}

const CHECKS: readonly DemoCheck[] = [
  { plugin: '910001', name: 'Remote desktop service allows code to run before sign-in', risk: 'Critical', cves: ['CVE-2019-0708'], on: 'servers', share: 0.15 },
  { plugin: '910002', name: 'File sharing service allows code to run from the network', risk: 'Critical', cves: ['CVE-2017-0144'], on: 'all', share: 0.08 },
  { plugin: '910003', name: 'Domain controller accepts an empty session key', risk: 'Critical', cves: ['CVE-2020-1472'], on: 'servers', share: 0.1 },
  { plugin: '910004', name: 'Java logging library runs code named in log messages', risk: 'Critical', cves: ['CVE-2021-44228', 'CVE-2021-45046'], on: 'servers', share: 0.2 },
  { plugin: '910005', name: 'Remote access gateway leaks session tokens', risk: 'Critical', cves: ['CVE-2023-4966'], on: 'servers', share: 0.05 },
  { plugin: '910006', name: 'Managed file transfer allows database commands from the web', risk: 'Critical', cves: ['CVE-2023-34362'], on: 'servers', share: 0.05 },
  { plugin: '910007', name: 'Web browser out of date: several flaws fixed upstream', risk: 'High', cves: ['CVE-2024-4671', 'CVE-2024-4761'], on: 'pcs', share: 0.6 },
  { plugin: '910008', name: 'Office suite opens documents that run code', risk: 'High', cves: ['CVE-2023-36884'], on: 'pcs', share: 0.35 },
  { plugin: '910009', name: 'Operating system monthly security update missing', risk: 'High', cves: ['CVE-2024-38063'], on: 'all', share: 0.45 },
  { plugin: '910010', name: 'Print spooler allows privilege escalation', risk: 'High', cves: ['CVE-2021-34527'], on: 'all', share: 0.2 },
  { plugin: '910011', name: 'OpenSSH server out of date', risk: 'Medium', cves: ['CVE-2023-48795'], on: 'servers', share: 0.3 },
  { plugin: '910012', name: 'TLS service accepts versions 1.0 and 1.1', risk: 'Medium', cves: [], on: 'servers', share: 0.4 },
  { plugin: '910013', name: 'SMB signing not required', risk: 'Medium', cves: [], on: 'all', share: 0.5 },
  { plugin: '910014', name: 'Self-signed certificate on a web service', risk: 'Low', cves: [], on: 'servers', share: 0.35 },
  { plugin: '910015', name: 'Web server reveals its version', risk: 'Low', cves: [], on: 'servers', share: 0.3 },
  { plugin: '910016', name: 'Microsoft Windows Server 2012 R2 unsupported version detection', risk: 'Critical', cves: [], on: 'servers', share: 0.1 },
  { plugin: '910017', name: 'Host answers ICMP timestamp requests', risk: 'None', cves: [], on: 'all', share: 0.5 },
];

const SERVERS = [
  'epr-app-01', 'epr-app-02', 'epr-db-01', 'pas-app-01', 'pacs-app-01', 'pacs-store-01', 'ris-web-01', 'lims-db-01', 'eprescribing-01', 'integration-01',
  'dwh-db-01', 'portal-web-01', 'dc-01', 'dc-02', 'file-01', 'backup-01', 'intranet-01', 'bms-ctrl-01', 'dictation-01', 'mft-01',
];
const PCS = Array.from({ length: 16 }, (_, i) => `ward-pc-${String(i + 1).padStart(3, '0')}`);
/** Hosts the scanner reaches by address only (no name resolves). */
const BY_ADDRESS = ['10.40.12.7', '10.40.12.9', '10.40.13.21', '10.40.13.22'];

/** Days before now of each Nessus scan. */
export const DEMO_SCAN_DAYS_AGO = [63, 35, 7] as const;

/** Which host has which check in each Nessus scan, the same every time (seeded), as pairs of indexes. */
function scanPlan(): Array<Array<[string, DemoCheck]>> {
  const random = mulberry32(20_261_207);
  const hosts = [...SERVERS.map((h) => ({ host: h, kind: 'servers' })), ...PCS.map((h) => ({ host: h, kind: 'pcs' })), ...BY_ADDRESS.map((h) => ({ host: h, kind: 'servers' }))];
  const first: Array<[string, DemoCheck]> = [];
  for (const { host, kind } of hosts) {
    for (const check of CHECKS) if ((check.on === 'all' || check.on === kind) && random() < check.share) first.push([host, check]);
  }
  // The second scan: two in five fixed; a new browser flaw on most PCs.
  const fixed = new Set(first.filter(() => random() < 0.4).map(([h, c]) => `${h}|${c.plugin}`));
  const browser = CHECKS.find((c) => c.plugin === '910007')!;
  const second = first.filter(([h, c]) => !fixed.has(`${h}|${c.plugin}`));
  for (const pc of PCS) if (random() < 0.5 && !second.some(([h, c]) => h === pc && c === browser)) second.push([pc, browser]);
  // The third: half the rest fixed, and one in six of those fixed before found again.
  const third = second.filter(() => random() < 0.5);
  for (const pair of first) if (fixed.has(`${pair[0]}|${pair[1].plugin}`) && random() < 1 / 6) third.push(pair);
  return [first, second, third];
}

const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

function nessusExport(pairs: Array<[string, DemoCheck]>): Buffer {
  const headings = ['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Solution'];
  const score: Record<DemoCheck['risk'], string> = { Critical: '9.8', High: '8.1', Medium: '5.9', Low: '3.1', None: '' };
  const lines = pairs.map(([host, c]) => [c.plugin, c.cves.join(','), score[c.risk], c.risk, host, 'tcp', '445', c.name, 'A weakness the scan found.', 'Apply the supplier’s update or change the setting.'].map(cell).join(','));
  return Buffer.from(`${[headings.join(','), ...lines].join('\r\n')}\r\n`, 'utf8');
}

/** Defender's view two days ago: operating systems, and software with known weaknesses. */
function defenderExport(now: Date): Buffer {
  const headings = ['DeviceName', 'DeviceId', 'OSPlatform', 'SoftwareVendor', 'SoftwareName', 'SoftwareVersion', 'CveId', 'VulnerabilitySeverityLevel', 'RecommendedSecurityUpdate', 'FirstSeenTimestamp', 'LastSeenTimestamp'];
  const seen = (daysAgo: number) => `${addDays(ukDateOf(now), -daysAgo)}T08:00:00Z`;
  const rows: string[][] = [];
  PCS.forEach((pc, i) => {
    // Half the ward PCs are still on Windows 10, whose support has ended.
    const os = i % 2 ? 'Windows11' : 'Windows10';
    rows.push([pc, `dev-${i}`, os, 'google', 'chrome', '124.0.6367.60', 'CVE-2024-4671', 'High', 'Update Chrome', seen(30), seen(2)]);
  });
  rows.push(['bms-ctrl-01', 'dev-bms', 'WindowsServer2012R2', 'microsoft', 'windows_server_2012_r2', '6.3.9600', 'CVE-2024-38063', 'Critical', 'No update: the product is out of support', seen(60), seen(2)]);
  rows.push(['dictation-01', 'dev-dict', 'WindowsServer2012R2', 'microsoft', 'windows_server_2012_r2', '6.3.9600', 'CVE-2024-38063', 'Critical', 'No update: the product is out of support', seen(60), seen(2)]);
  rows.push(['epr-app-01', 'dev-epr1', 'WindowsServer2019', 'apache', 'log4j', '2.14.1', 'CVE-2021-44228', 'Critical', 'Update log4j to 2.17.1 or later', seen(63), seen(2)]);
  const lines = rows.map((r) => r.map(cell).join(','));
  return Buffer.from(`${[headings.join(','), ...lines].join('\r\n')}\r\n`, 'utf8');
}

/** Imports the demo trust's scans once: a trust with findings keeps its own. How many findings it holds afterwards. */
export async function loadDemoVulnerabilities(ctx: { db: Db; actor: Actor; now: Date }, acute: OrganisationRow): Promise<number> {
  if ((await vulnerabilities.listFindings(ctx.db, acute.id, { page: 1, pageSize: 1 })).total > 0) return 0;
  const plan = scanPlan();
  for (const [i, daysAgo] of DEMO_SCAN_DAYS_AGO.entries()) {
    const asOf = new Date(ctx.now.getTime() - daysAgo * 86_400_000);
    await runImport(ctx, { kind: 'vulns', orgId: acute.id, fileName: `nessus-servers-and-wards-${ukDateOf(asOf)}.csv`, open: () => Readable.from([nessusExport(plan[i]!)]), format: 'csv', preset: 'nessus', mode: 'all-or-nothing', asOf });
  }
  const defenderAsOf = new Date(ctx.now.getTime() - 2 * 86_400_000);
  await runImport(ctx, { kind: 'vulns', orgId: acute.id, fileName: 'DeviceTvmSoftwareVulnerabilities.csv', open: () => Readable.from([defenderExport(ctx.now)]), format: 'csv', preset: 'defender', mode: 'all-or-nothing', asOf: defenderAsOf });
  return (await vulnerabilities.listFindings(ctx.db, acute.id, { page: 1, pageSize: 1 })).total;
}
