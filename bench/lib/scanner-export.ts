// Generated Nessus CSV exports for import.vulns.1m, from fixed seeds: a first scan of a Trust's estate
// and a later scan of the same scope in which some findings are gone and some are new. Shaped as
// Nessus writes its CSV (its thirteen columns, CRLF, quoted cells with commas, quotes and line breaks,
// a row per port); hosts given by name or only by address; plugins with no CVE, one, or several (some
// written as one row per CVE, some as "CVE-a,CVE-b" in one cell). Every row is valid, so the figures
// an import gives are known exactly from the making (see ScanCounts).
import { mulberry32 } from '../../src/platform/seeded-random.js';
import { writeLines } from './sqlite-baseline.js';

const PLUGINS = 3_000;
const HEADINGS = ['Plugin ID', 'CVE', 'CVSS v2.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output'];
const PRODUCTS = ['Apache HTTP Server', 'OpenSSL', 'Microsoft Windows', 'Microsoft Edge', 'Google Chrome', 'Mozilla Firefox', 'Oracle Java SE', 'VMware Tools', 'PHP', 'OpenSSH', 'Adobe Acrobat Reader', 'Microsoft Office', 'Cisco IOS XE', 'Citrix Workspace', 'Zoom Client', '7-Zip', 'Notepad++', 'Microsoft .NET Core', 'Node.js', 'PostgreSQL'];
const SERVICES: ReadonlyArray<[string, string]> = [['tcp', '443'], ['tcp', '445'], ['tcp', '3389'], ['tcp', '22'], ['tcp', '80'], ['tcp', '8443'], ['udp', '161'], ['tcp', '135'], ['tcp', '0']];

interface Plugin {
  id: string;
  cves: string[];
  /** Several CVEs written one row each (as Nessus does) rather than in one cell. */
  rowPerCve: boolean;
  cvss: string;
  risk: string;
  name: string;
  synopsis: string;
  description: string;
  solution: string;
  seeAlso: string;
}

const quoted = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

function riskOf(score: number): string {
  if (score >= 9) return 'Critical';
  if (score >= 7) return 'High';
  if (score >= 4) return 'Medium';
  return 'Low';
}

function makePlugins(): Plugin[] {
  const random = mulberry32(14_3000);
  return Array.from({ length: PLUGINS }, (_, p) => {
    const draw = random();
    const cveCount = draw < 0.3 ? 0 : draw < 0.8 ? 1 : 2 + Math.floor(random() * 4);
    const year = () => 2015 + Math.floor(random() * 11);
    const cves = [...new Set(Array.from({ length: cveCount }, () => `CVE-${year()}-${1000 + Math.floor(random() * 48_000)}`))];
    const product = PRODUCTS[p % PRODUCTS.length]!;
    const version = `${1 + (p % 9)}.${p % 13}.${p % 7}`;
    const informational = cves.length === 0 && random() < 0.7;
    const score = informational ? 0 : Math.round((2 + random() * 8) * 10) / 10;
    return {
      id: String(10_000 + p * 37),
      cves,
      rowPerCve: cves.length > 1 && random() < 0.5,
      cvss: informational ? '' : score.toFixed(1),
      risk: informational ? 'None' : riskOf(score),
      name: informational ? `${product} detection (${p})` : `${product} < ${version} multiple vulnerabilities, remote (${p})`,
      synopsis: informational ? `It was possible to detect ${product} on the remote host.` : `The remote host has a version of ${product} with "several" weaknesses.`,
      description: `The version of ${product} installed on the remote host is affected by flaws that the vendor fixed in ${version}.`,
      solution: informational ? 'n/a' : `Upgrade ${product} to version ${version} or later, then restart the service.`,
      seeAlso: `https://vendor.example/advisories/${p}`,
    };
  });
}

/** One host's results in the first scan: the plugins found on it and the ports each was found on. */
interface HostPlan {
  host: string;
  results: Array<{ plugin: number; ports: number[] }>;
}

/** Hosts are 1 in 7 known only by address, the rest by a fully qualified name; 1 in 10 a server with more findings. */
function hostPlan(h: number): HostPlan {
  const random = mulberry32(2_000_000 + h);
  const byAddress = h % 7 === 3;
  const server = h % 10 === 0;
  const host = byAddress ? `10.${64 + (h >> 16)}.${(h >> 8) & 255}.${h & 255}` : server ? `srv${String(h).padStart(5, '0')}.northshire-acute.nhs.uk` : `wks${String(h).padStart(5, '0')}.northshire-acute.nhs.uk`;
  const count = server ? 60 + Math.floor(random() * 81) : 12 + Math.floor(random() * 22);
  const taken = new Set<number>();
  const results: HostPlan['results'] = [];
  while (results.length < count) {
    // A few plugins are found almost everywhere, most on a few hosts.
    const plugin = Math.floor(PLUGINS * random() ** 2);
    if (taken.has(plugin)) continue;
    taken.add(plugin);
    const extra = random() < 0.2 ? 1 + Math.floor(random() * 2) : 0;
    results.push({ plugin, ports: Array.from({ length: 1 + extra }, (_, i) => (Math.floor(random() * SERVICES.length) + i) % SERVICES.length) });
  }
  return { host, results };
}

/** What the later scan finds on the host: about 5 % of the first scan's results gone, about 2 % new. */
function laterPlan(plan: HostPlan, h: number): { results: HostPlan['results'] } {
  const random = mulberry32(3_000_000 + h);
  const taken = new Set(plan.results.map((r) => r.plugin));
  const results: HostPlan['results'] = [];
  const added: HostPlan['results'] = [];
  for (const result of plan.results) {
    if (random() >= 0.05) results.push(result);
    if (random() < 0.02) {
      let plugin: number;
      do plugin = Math.floor(PLUGINS * random());
      while (taken.has(plugin));
      taken.add(plugin);
      added.push({ plugin, ports: [Math.floor(random() * SERVICES.length)] });
    }
  }
  return { results: [...results, ...added] };
}

export interface ScanCounts {
  /** Rows below the heading. */
  rows: number;
  hosts: number;
  /** Hosts given only by an IP address. */
  hostsByAddress: number;
  /** Findings (host, plugin and CVE) the file lists. */
  findings: number;
  /** Rows that list at least one finding not listed before them (in this file or, for the later scan, the first): the import's "added". */
  rowsAdding: number;
  /** Rows whose findings were all listed before: the import's "unchanged". */
  rowsRepeating: number;
  /** Rows naming several CVEs in one cell. */
  rowsWithCveLists: number;
  bytes: number;
}

export interface LaterScanCounts extends ScanCounts {
  /** First-scan findings this scan does not list: fixed by it. */
  gone: number;
  /** Findings this scan lists that the first did not. */
  fresh: number;
}

/** The rows of one host's results, each result's ports in turn and, for plugins written a row per CVE, each CVE; stops at `budget` rows. */
function* hostRows(plugins: readonly Plugin[], host: string, results: HostPlan['results'], budget: { left: number }, tally: (result: number, cves: readonly string[]) => void, out: { cveLists: number }): Generator<string> {
  for (const [index, result] of results.entries()) {
    const plugin = plugins[result.plugin]!;
    const cells = plugin.rowPerCve ? plugin.cves.map((c) => [c]) : [plugin.cves];
    for (const port of result.ports) {
      const [protocol, number] = SERVICES[port]!;
      for (const cves of cells) {
        if (budget.left <= 0) return;
        budget.left--;
        tally(index, cves);
        if (cves.length > 1) out.cveLists++;
        const output = plugin.risk === 'None' ? `Port ${number}/${protocol} was found to be open` : `\n  Path              : C:\\Program Files\\${plugin.name.split(' <')[0]}\\\n  Installed version : 0.${port}\n  Fixed version     : see solution\n`;
        yield `${[plugin.id, quoted(cves.join(',')), plugin.cvss, plugin.risk, host, protocol, number, quoted(plugin.name), quoted(plugin.synopsis), quoted(plugin.description), quoted(plugin.solution), plugin.seeAlso, quoted(output)].join(',')}\r\n`;
      }
    }
  }
}

/**
 * Writes the first scan (`rows` rows, host after host, the last host's results cut where the rows
 * run out) and the later scan of the same hosts. Each host's first-scan findings are worked out
 * again for the later scan, so neither file is held in memory.
 */
export async function writeNessusScans(first: string, later: string, rows: number): Promise<{ first: ScanCounts; later: LaterScanCounts }> {
  const plugins = makePlugins();
  const counts: ScanCounts = { rows: 0, hosts: 0, hostsByAddress: 0, findings: 0, rowsAdding: 0, rowsRepeating: 0, rowsWithCveLists: 0, bytes: 0 };
  const budget = { left: rows };
  const lists = { cveLists: 0 };
  /** The last host, its results as far as the first scan wrote them and the findings it listed. */
  let cut: { host: number; results: number; listed: Set<string> } | null = null;
  function* firstLines() {
    yield `${HEADINGS.map(quoted).join(',')}\r\n`;
    for (let h = 0; budget.left > 0; h++) {
      const plan = hostPlan(h);
      counts.hosts++;
      if (h % 7 === 3) counts.hostsByAddress++;
      const listed = new Set<string>();
      let results = 0;
      yield* hostRows(plugins, plan.host, plan.results, budget, (index, cves) => {
        results = index + 1;
        const keys = (cves.length ? cves : ['']).map((c) => `${plan.results[index]!.plugin} ${c}`);
        const adding = keys.some((k) => !listed.has(k));
        for (const k of keys) listed.add(k);
        if (adding) counts.rowsAdding++;
        else counts.rowsRepeating++;
      }, lists);
      counts.findings += listed.size;
      if (budget.left <= 0) cut = { host: h, results, listed };
    }
  }
  counts.bytes = await writeLines(first, firstLines());
  counts.rows = rows - budget.left;
  counts.rowsWithCveLists = lists.cveLists;

  const laterCounts: LaterScanCounts = { rows: 0, hosts: 0, hostsByAddress: 0, findings: 0, rowsAdding: 0, rowsRepeating: 0, rowsWithCveLists: 0, bytes: 0, gone: 0, fresh: 0 };
  const laterLists = { cveLists: 0 };
  function* laterLines() {
    yield `${HEADINGS.map(quoted).join(',')}\r\n`;
    const last = cut!;
    for (let h = 0; h <= last.host; h++) {
      const plan = hostPlan(h);
      // The first scan's findings on the host; the last host's as far as the first file went (a result
      // cut part-way is listed whole by the later scan, its other CVEs new).
      const firstResults = h === last.host ? plan.results.slice(0, last.results) : plan.results;
      const before = h === last.host ? last.listed : new Set(firstResults.flatMap((r) => (plugins[r.plugin]!.cves.length ? plugins[r.plugin]!.cves : ['']).map((c) => `${r.plugin} ${c}`)));
      const { results } = laterPlan({ host: plan.host, results: firstResults }, h);
      laterCounts.hosts++;
      if (h % 7 === 3) laterCounts.hostsByAddress++;
      const listed = new Set<string>();
      yield* hostRows(plugins, plan.host, results, { left: Number.MAX_SAFE_INTEGER }, (index, cves) => {
        laterCounts.rows++;
        const keys = (cves.length ? cves : ['']).map((c) => `${results[index]!.plugin} ${c}`);
        const adding = keys.some((k) => !listed.has(k) && !before.has(k));
        for (const k of keys) listed.add(k);
        if (adding) laterCounts.rowsAdding++;
        else laterCounts.rowsRepeating++;
      }, laterLists);
      laterCounts.findings += listed.size;
      for (const k of listed) if (!before.has(k)) laterCounts.fresh++;
      for (const k of before) if (!listed.has(k)) laterCounts.gone++;
    }
  }
  laterCounts.bytes = await writeLines(later, laterLines());
  laterCounts.rowsWithCveLists = laterLists.cveLists;
  return { first: counts, later: laterCounts };
}
