// The checks on one row of a scanner's export, from the values it was read into to the findings it
// holds: the host (its name with spaces tidied, or its IP address), the scanner's check, each CVE the
// row names (several in one cell are several findings), the CVSS score within 0 to 10, and the
// severity in one scale whichever scanner wrote it.
import type { FieldValue, RowProblem } from '../../../platform/imports/types.js';
import { readCveId } from './kev-entry.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface ScannerFinding {
  /** The host's name as the scanner wrote it, spaces tidied; null when it gives only an address. */
  hostName: string | null;
  ip: string | null;
  /** The host's name in lower case, or its IP address: how one host is known across scans. */
  hostKey: string;
  /** The host's operating system as the scanner names it, spaces tidied; null when it gives none. */
  os: string | null;
  checkId: string;
  checkName: string | null;
  /** The CVEs the row names, each once, in capitals; [''] for a check that names none. */
  cves: string[];
  cvss: number | null;
  severity: Severity;
  solution: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** The words scanners use for severity: Nessus's Risk, OpenVAS's Severity, Defender's level. */
const SEVERITY_WORDS: Readonly<Record<string, Severity>> = {
  critical: 'critical',
  high: 'high',
  important: 'high',
  medium: 'medium',
  moderate: 'medium',
  low: 'low',
  none: 'info',
  info: 'info',
  informational: 'info',
  log: 'info',
};

/** A severity word in the one scale, or null when it is not one scanners use. */
export function readSeverity(text: string): Severity | null {
  return SEVERITY_WORDS[text.trim().toLowerCase()] ?? null;
}

/** The severity CVSS v3 gives a score: 9.0 and above critical, 7.0 high, 4.0 medium, above 0 low, 0 none. */
export function severityOfScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const IPV6 = /^[0-9a-f:]+:[0-9a-f:.]*$/i;

/** Whether the text is an IP address (a scanner's Host column holds a name or an address). */
export function isIpAddress(text: string): boolean {
  const v4 = IPV4.exec(text);
  if (v4) return v4.slice(1).every((part) => Number(part) <= 255);
  return IPV6.test(text) && text.includes(':');
}

const textOf = (value: FieldValue | undefined): string => (value === null || value === undefined ? '' : String(value));
const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');
const orNull = (text: string) => (text === '' ? null : text);

/** The CVEs in one cell, separated by commas, semicolons or spaces, each once; or the first that is not a CVE id. */
export function readCveList(text: string): { ok: true; value: string[] } | { ok: false; reason: string } {
  const cves: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    if (part === '' || part.toUpperCase() === 'NOCVE') continue;
    const cve = readCveId(part);
    if (!cve.ok) return { ok: false, reason: `names "${part.slice(0, 40)}", which ${cve.reason}` };
    if (!cves.includes(cve.value)) cves.push(cve.value);
  }
  return { ok: true, value: cves.length ? cves : [''] };
}

/** One row's values (instants already read by the pipeline) as findings, or its problems. Pure. */
export function checkScannerFinding(values: Record<string, FieldValue>, row: number, columnOf: (field: string) => string): { ok: true; value: ScannerFinding } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const problem = (field: string, reason: string) => problems.push({ row, column: columnOf(field), value: textOf(values[field]).slice(0, 200), reason });
  let hostName = orNull(tidy(textOf(values.host)));
  let ip = orNull(textOf(values.ip).trim());
  if (hostName && isIpAddress(hostName)) {
    // A Host column holding an address: the host is known by it.
    ip ??= hostName;
    if (ip === hostName) hostName = null;
  }
  if (ip && !isIpAddress(ip)) problem('ip', 'is not an IP address such as 10.1.2.3');
  if (!hostName && !ip) problem('host', `is blank, and so is ${columnOf('ip')}: a finding needs the host it was found on`);
  const checkId = tidy(textOf(values.checkId));
  if (checkId === '') problem('checkId', 'is blank: a finding needs the scanner’s plugin or check');
  const cves = readCveList(textOf(values.cves));
  if (!cves.ok) problem('cves', cves.reason);
  const cvss = typeof values.cvss === 'number' ? values.cvss : null;
  if (cvss !== null && (cvss < 0 || cvss > 10)) problem('cvss', 'is outside 0 to 10, the range of CVSS scores');
  const severityText = textOf(values.severity).trim();
  let severity = severityText === '' ? null : readSeverity(severityText);
  if (severityText !== '' && !severity) problem('severity', 'is not a severity: expected Critical, High, Medium, Low, Info, None or Log');
  if (severityText === '' && cvss !== null && cvss >= 0 && cvss <= 10) severity = severityOfScore(cvss);
  if (severityText === '' && cvss === null) problem('severity', `is blank, and so is ${columnOf('cvss')}: a finding needs one or the other`);
  const firstSeen = orNull(textOf(values.firstSeen));
  const lastSeen = orNull(textOf(values.lastSeen));
  if (firstSeen && lastSeen && lastSeen < firstSeen) problem('lastSeen', `is before the first seen (${firstSeen})`);
  if (problems.length || !severity || !cves.ok) return { ok: false, problems };
  return {
    ok: true,
    value: {
      hostName,
      ip,
      hostKey: hostName ? hostName.toLowerCase() : ip!.toLowerCase(),
      os: orNull(tidy(textOf(values.os))),
      checkId,
      checkName: orNull(tidy(textOf(values.checkName))),
      cves: cves.value,
      cvss,
      severity,
      solution: orNull(textOf(values.solution).trim()),
      firstSeen,
      lastSeen,
    },
  };
}
