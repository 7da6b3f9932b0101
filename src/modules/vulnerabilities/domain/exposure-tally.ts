// What an organisation's findings say about its exposure at an as-of instant, counted finding by
// finding so that a report over a million findings needs memory for its answer, not for its input:
// open findings by severity, known exploited and ransomware-linked, past their deadline, their age;
// how well fixes met their deadlines; who owns the hosts with findings past due; and the hosts running
// something past its end of support. Pure: the caller reads the findings and hosts.
import { ukDateOf } from '../../../platform/as-of.js';
import { type EndOfSupportRow, matchEndOfSupport } from './end-of-support.js';
import { clockAt, type DeadlineSettings, type FindingSeverity, figuresOf, type KevListing, type OpenPeriod, type RemediationFigures, remediationOutcome } from './remediation-deadlines.js';

export interface TallyKev extends KevListing {
  vendor: string;
  product: string;
  knownRansomwareUse: boolean;
}

export interface TallyFinding {
  id: string;
  hostId: string;
  checkId: string;
  checkName: string | null;
  /** '' for a check that names no CVE. */
  cveId: string;
  severity: FindingSeverity;
  /** Oldest first. */
  periods: readonly OpenPeriod[];
  kev: TallyKev | null;
}

export interface TallyHost {
  hostId: string;
  name: string | null;
  ip: string | null;
  assetId: string | null;
  assetName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  os: string | null;
  firstSeenAt: Date;
}

type BySeverity = Record<FindingSeverity, number>;
const bySeverity = (): BySeverity => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });

/** The bands of the age chart, in whole days open: the last has no end. */
export const AGE_BANDS: ReadonlyArray<{ band: string; from: number; to: number | null }> = [
  { band: '0 to 7 days', from: 0, to: 7 },
  { band: '8 to 14 days', from: 8, to: 14 },
  { band: '15 to 30 days', from: 15, to: 30 },
  { band: '31 to 90 days', from: 31, to: 90 },
  { band: 'Over 90 days', from: 91, to: null },
];

/** How many past-due findings the report lists; the rest are counted. */
export const PAST_DUE_LISTED = 500;

export interface PastDueFinding {
  findingId: string;
  hostId: string;
  cveId: string | null;
  checkId: string;
  checkName: string | null;
  severity: FindingSeverity;
  kevListed: boolean;
  knownRansomwareUse: boolean;
  dueOn: string;
  daysOverdue: number;
  rule: 'severity' | 'kev-days' | 'kev-due-date' | 'none';
}

export interface ExposureTallyResult {
  hosts: { total: number; matchedToAssets: number; withOpenFindings: number; unsupported: number };
  open: { total: number; bySeverity: BySeverity; kevListed: number; ransomwareLinked: number; pastDue: number; pastDueBySeverity: BySeverity; kevPastDue: number; dueWithinWeek: number };
  ageBands: Array<{ band: string; from: number; to: number | null; count: number }>;
  remediation: Omit<RemediationFigures, 'openPastDue'>;
  pastDueByOwner: Array<{ ownerId: string | null; ownerName: string | null; assets: number; hosts: number; findings: number; kevListed: number; mostDaysOverdue: number }>;
  pastDueFindings: PastDueFinding[];
  pastDueFindingsTotal: number;
  kevOpen: Array<{ cveId: string; vendor: string; product: string; knownRansomwareUse: boolean; dateAdded: string; catalogueDueDate: string; hosts: number; earliestDueOn: string; pastDue: number }>;
  unsupportedHosts: Array<{ hostId: string; software: string; row: EndOfSupportRow }>;
}

// Most overdue first; then worst severity, then by finding id so the order is stable.
const SEVERITY_ORDER: Readonly<Record<FindingSeverity, number>> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
const byOverdue = (a: PastDueFinding, b: PastDueFinding) => b.daysOverdue - a.daysOverdue || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.findingId < b.findingId ? -1 : a.findingId > b.findingId ? 1 : 0);

export class ExposureTally {
  private readonly day: string;
  private readonly open = { total: 0, bySeverity: bySeverity(), kevListed: 0, ransomwareLinked: 0, pastDue: 0, pastDueBySeverity: bySeverity(), kevPastDue: 0, dueWithinWeek: 0 };
  private readonly ages = AGE_BANDS.map(() => 0);
  private readonly durations: number[] = [];
  private decided = 0;
  private withinDeadline = 0;
  private pastDue: PastDueFinding[] = [];
  private pastDueTotal = 0;
  private readonly pastDueHosts = new Map<string, { findings: number; kevListed: number; mostDaysOverdue: number }>();
  private readonly kev = new Map<string, { kev: TallyKev; hosts: Set<string>; earliestDueOn: string; pastDue: number }>();
  /** The software each host's open findings name. */
  private readonly software = new Map<string, Set<string>>();
  private readonly openHosts = new Set<string>();

  constructor(
    private readonly settings: DeadlineSettings,
    private readonly asOf: Date,
  ) {
    this.day = ukDateOf(asOf);
  }

  add(finding: TallyFinding): void {
    const outcome = remediationOutcome(finding, this.settings, this.asOf);
    for (const days of outcome.durations) this.durations.push(days);
    this.decided += outcome.decided;
    this.withinDeadline += outcome.withinDeadline;

    const clock = clockAt(finding.periods, finding.severity, finding.kev, this.settings, this.asOf);
    if (!clock?.open) return;
    const open = this.open;
    open.total += 1;
    this.openHosts.add(finding.hostId);
    open.bySeverity[finding.severity] += 1;
    if (finding.kev) open.kevListed += 1;
    if (finding.kev?.knownRansomwareUse) open.ransomwareLinked += 1;
    const { standing, deadline } = clock;
    const band = AGE_BANDS.findIndex((b) => standing.ageDays >= b.from && (b.to === null || standing.ageDays <= b.to));
    this.ages[band === -1 ? 0 : band]! += 1;
    if (standing.daysLeft !== null && standing.daysLeft <= 6) open.dueWithinWeek += 1;
    if (finding.checkName) this.softwareOf(finding.hostId).add(finding.checkName);

    if (finding.kev) {
      const held = this.kev.get(finding.cveId) ?? { kev: finding.kev, hosts: new Set<string>(), earliestDueOn: deadline.dueOn!, pastDue: 0 };
      held.hosts.add(finding.hostId);
      if (deadline.dueOn !== null && deadline.dueOn < held.earliestDueOn) held.earliestDueOn = deadline.dueOn;
      if (standing.pastDue) held.pastDue += 1;
      this.kev.set(finding.cveId, held);
    }
    if (!standing.pastDue) return;
    open.pastDue += 1;
    open.pastDueBySeverity[finding.severity] += 1;
    if (finding.kev) open.kevPastDue += 1;
    const host = this.pastDueHosts.get(finding.hostId) ?? { findings: 0, kevListed: 0, mostDaysOverdue: 0 };
    host.findings += 1;
    if (finding.kev) host.kevListed += 1;
    host.mostDaysOverdue = Math.max(host.mostDaysOverdue, standing.daysOverdue);
    this.pastDueHosts.set(finding.hostId, host);
    this.pastDueTotal += 1;
    this.pastDue.push({
      findingId: finding.id,
      hostId: finding.hostId,
      cveId: finding.cveId === '' ? null : finding.cveId,
      checkId: finding.checkId,
      checkName: finding.checkName,
      severity: finding.severity,
      kevListed: finding.kev !== null,
      knownRansomwareUse: finding.kev?.knownRansomwareUse ?? false,
      dueOn: deadline.dueOn!,
      daysOverdue: standing.daysOverdue,
      rule: deadline.rule,
    });
    // Keep only the most overdue: memory stays bounded however many are past due.
    if (this.pastDue.length >= PAST_DUE_LISTED * 4) this.pastDue = this.pastDue.sort(byOverdue).slice(0, PAST_DUE_LISTED);
  }

  private softwareOf(hostId: string): Set<string> {
    let names = this.software.get(hostId);
    if (!names) this.software.set(hostId, (names = new Set()));
    return names;
  }

  /** The figures, with the hosts (all the organisation's) and the end-of-support rows to match their software against. */
  result(hosts: readonly TallyHost[], endOfSupport: readonly EndOfSupportRow[]): ExposureTallyResult {
    const known = hosts.filter((h) => h.firstSeenAt <= this.asOf);
    const hostById = new Map(known.map((h) => [h.hostId, h]));

    const owners = new Map<string, { ownerId: string | null; ownerName: string | null; assets: Set<string>; hosts: number; findings: number; kevListed: number; mostDaysOverdue: number }>();
    for (const [hostId, tally] of this.pastDueHosts) {
      const host = hostById.get(hostId);
      const ownerId = host?.ownerId ?? null;
      const ownerName = host?.ownerName ?? null;
      const key = ownerId ?? (ownerName ? `name:${ownerName.toLowerCase()}` : '');
      const owner = owners.get(key) ?? { ownerId, ownerName, assets: new Set<string>(), hosts: 0, findings: 0, kevListed: 0, mostDaysOverdue: 0 };
      if (host?.assetId) owner.assets.add(host.assetId);
      owner.hosts += 1;
      owner.findings += tally.findings;
      owner.kevListed += tally.kevListed;
      owner.mostDaysOverdue = Math.max(owner.mostDaysOverdue, tally.mostDaysOverdue);
      owners.set(key, owner);
    }
    const pastDueByOwner = [...owners.values()]
      .map(({ assets, ...rest }) => ({ ...rest, assets: assets.size }))
      // Most findings past due first; nobody's (no asset or no owner) last.
      .sort((a, b) => Number(a.ownerName === null) - Number(b.ownerName === null) || b.findings - a.findings || (a.ownerName ?? '').localeCompare(b.ownerName ?? ''));

    const matched = new Map<string, EndOfSupportRow | null>();
    const rowFor = (name: string) => {
      if (!matched.has(name)) matched.set(name, matchEndOfSupport(name, endOfSupport));
      return matched.get(name)!;
    };
    const unsupportedHosts: ExposureTallyResult['unsupportedHosts'] = [];
    for (const host of known) {
      const names = [...(host.os ? [host.os] : []), ...(this.software.get(host.hostId) ?? [])];
      const seen = new Set<string>();
      for (const name of names) {
        const row = rowFor(name);
        if (!row || this.day <= row.endOfSupport || seen.has(row.id)) continue;
        seen.add(row.id);
        unsupportedHosts.push({ hostId: host.hostId, software: name, row });
      }
    }

    const remediation = figuresOf(this.durations, this.decided, this.withinDeadline, this.open.pastDue);
    return {
      hosts: {
        total: known.length,
        matchedToAssets: known.filter((h) => h.assetId !== null).length,
        withOpenFindings: known.filter((h) => this.openHosts.has(h.hostId)).length,
        unsupported: new Set(unsupportedHosts.map((u) => u.hostId)).size,
      },
      open: this.open,
      ageBands: AGE_BANDS.map((b, i) => ({ ...b, count: this.ages[i]! })),
      remediation: { fixed: remediation.fixed, decided: remediation.decided, withinDeadline: remediation.withinDeadline, percentWithinDeadline: remediation.percentWithinDeadline, meanDaysToRemediate: remediation.meanDaysToRemediate, medianDaysToRemediate: remediation.medianDaysToRemediate },
      pastDueByOwner,
      pastDueFindings: this.pastDue.sort(byOverdue).slice(0, PAST_DUE_LISTED),
      pastDueFindingsTotal: this.pastDueTotal,
      kevOpen: [...this.kev.entries()]
        .map(([cveId, k]) => ({ cveId, vendor: k.kev.vendor, product: k.kev.product, knownRansomwareUse: k.kev.knownRansomwareUse, dateAdded: k.kev.dateAdded, catalogueDueDate: k.kev.dueDate, hosts: k.hosts.size, earliestDueOn: k.earliestDueOn, pastDue: k.pastDue }))
        .sort((a, b) => b.pastDue - a.pastDue || b.hosts - a.hosts || (a.cveId < b.cveId ? -1 : 1)),
      unsupportedHosts: unsupportedHosts.sort((a, b) => {
        const [x, y] = [hostById.get(a.hostId)!, hostById.get(b.hostId)!];
        return (x.name ?? x.ip ?? '').localeCompare(y.name ?? y.ip ?? '') || a.row.id.localeCompare(b.row.id);
      }),
    };
  }

}
