// The exposure figures over a small set of findings whose answers are worked out by hand in the
// comments: open by severity, known exploited and ransomware-linked, past due (a catalogue due date
// sooner than the deadline, a finding first seen the evening before the clocks went forward), the age
// bands, remediation in time (a re-opened finding's late first fix), past due by asset owner with the
// hosts nobody owns last, and hosts on unsupported systems (Defender's run-together names).
import { describe, expect, it } from 'vitest';
import { matchEndOfSupport, spacedName } from '../../../src/modules/vulnerabilities/domain/end-of-support.js';
import { ExposureTally, PAST_DUE_LISTED, type TallyFinding, type TallyHost, type TallyKev } from '../../../src/modules/vulnerabilities/domain/exposure-tally.js';
import { DEFAULT_DEADLINE_SETTINGS, type OpenPeriod } from '../../../src/modules/vulnerabilities/domain/remediation-deadlines.js';
import { BUILT_IN_END_OF_SUPPORT } from '../../../src/modules/vulnerabilities/domain/end-of-support-table.js';

const at = (instant: string) => new Date(instant);
const period = (openedAt: string, fixedAt: string | null = null): OpenPeriod => ({ openedAt: at(openedAt), fixedAt: fixedAt === null ? null : at(fixedAt) });
const kev = (dateAdded: string, dueDate: string, knownRansomwareUse: boolean): TallyKev => ({ dateAdded, dueDate, knownRansomwareUse, vendor: 'Northwind Systems', product: 'Edge Gateway' });
const finding = (id: string, hostId: string, severity: TallyFinding['severity'], periods: OpenPeriod[], extra: Partial<TallyFinding> = {}): TallyFinding => ({
  id,
  hostId,
  checkId: `check-${id}`,
  checkName: null,
  cveId: '',
  severity,
  periods,
  kev: null,
  ...extra,
});
const host = (hostId: string, extra: Partial<TallyHost> = {}): TallyHost => ({
  hostId,
  name: hostId.toLowerCase(),
  ip: null,
  assetId: null,
  assetName: null,
  ownerId: null,
  ownerName: null,
  os: null,
  firstSeenAt: at('2024-11-01T09:00:00Z'),
  ...extra,
});

// Sunday 20 April 2025, 13:00 in London (BST).
const AS_OF = at('2025-04-20T12:00:00Z');

const FINDINGS: TallyFinding[] = [
  // Critical, seen 23:30 GMT on 29 March, the night before the clocks went forward: due 12 April
  // (14 days), 8 days overdue, 22 days old. Its check names Windows Server 2008 R2, so H1 is unsupported.
  finding('F1', 'H1', 'critical', [period('2025-03-29T23:30:00Z')], { checkName: 'Windows Server 2008 R2 security update missing' }),
  // High, listed since 1 March with a catalogue due date (22 March) already past when seen on
  // 10 April: that date is not used; the listing gives 10 April + 21 = 1 May, the severity 24 April.
  // Due 24 April: 4 days left, so due within the week. Known ransomware use.
  finding('F2', 'H3', 'high', [period('2025-04-10T08:00:00Z')], { cveId: 'CVE-2025-20002', kev: kev('2025-03-01', '2025-03-22', true) }),
  // Medium, seen 20 March, listed 1 April with the catalogue due 5 April, sooner than 1 April + 21:
  // due 5 April, 15 days overdue, 31 days old.
  finding('F3', 'H2', 'medium', [period('2025-03-20T10:00:00Z')], { cveId: 'CVE-2025-20003', kev: kev('2025-04-01', '2025-04-05', false) }),
  // Low, fixed in 31 days against 90: in time. Fixed, so its check's Windows XP does not count.
  finding('F4', 'H1', 'low', [period('2025-03-01T10:00:00Z', '2025-04-01T10:00:00Z')], { checkName: 'Windows XP end of life' }),
  // High, fixed in 19 days against 14 (late), seen again 15 April: 5 days old, due 29 April.
  finding('F5', 'H3', 'high', [period('2025-02-01T10:00:00Z', '2025-02-20T10:00:00Z'), period('2025-04-15T10:00:00Z')]),
  // Informational since New Year's Day: no deadline, 109 days old.
  finding('F6', 'H4', 'info', [period('2025-01-01T10:00:00Z')]),
  // Seen after the as-of instant: not yet known.
  finding('F7', 'H1', 'critical', [period('2025-05-01T10:00:00Z')]),
  // Low since 1 December: due 1 March, 50 days overdue, 140 days old, on a host no asset matches.
  finding('F8', 'H3', 'low', [period('2024-12-01T10:00:00Z')]),
];

const HOSTS: TallyHost[] = [
  host('H1', { assetId: 'A1', assetName: 'PACS', ownerId: 'P1', ownerName: 'Dana Reeves' }),
  host('H2', { assetId: 'A2', assetName: 'Radiology reporting', ownerId: 'P1', ownerName: 'Dana Reeves' }),
  host('H3'),
  host('H4', { name: null, ip: '10.1.2.4', os: 'WindowsServer2012R2' }),
  // Seen only after the as-of instant.
  host('H5', { firstSeenAt: at('2025-05-01T10:00:00Z') }),
];

function report() {
  const tally = new ExposureTally({ ...DEFAULT_DEADLINE_SETTINGS }, AS_OF);
  for (const f of FINDINGS) tally.add(f);
  return tally.result(HOSTS, BUILT_IN_END_OF_SUPPORT);
}

describe('the exposure tally', () => {
  const r = report();

  it('counts the open findings at the as-of instant by severity, known exploited and ransomware use', () => {
    expect(r.open).toEqual({
      total: 6,
      bySeverity: { critical: 1, high: 2, medium: 1, low: 1, info: 1 },
      kevListed: 2,
      ransomwareLinked: 1,
      pastDue: 3,
      pastDueBySeverity: { critical: 1, high: 0, medium: 1, low: 1, info: 0 },
      kevPastDue: 1,
      dueWithinWeek: 1,
    });
  });

  it('bands the open findings by whole days open', () => {
    expect(r.ageBands.map((b) => [b.band, b.count])).toEqual([
      ['0 to 7 days', 1],
      ['8 to 14 days', 1],
      ['15 to 30 days', 1],
      ['31 to 90 days', 1],
      ['Over 90 days', 2],
    ]);
  });

  it('counts fixes in time, late fixes and findings left open past due', () => {
    // Decided: F1, F3, F8 open past due; F4 fixed in time; F5's first period fixed late.
    expect(r.remediation).toEqual({ fixed: 2, decided: 5, withinDeadline: 1, percentWithinDeadline: 20, meanDaysToRemediate: 25, medianDaysToRemediate: 25 });
  });

  it('lists the past-due findings most overdue first, with their rule', () => {
    expect(r.pastDueFindings.map((f) => [f.findingId, f.dueOn, f.daysOverdue, f.rule])).toEqual([
      ['F8', '2025-03-01', 50, 'severity'],
      ['F3', '2025-04-05', 15, 'kev-due-date'],
      ['F1', '2025-04-12', 8, 'severity'],
    ]);
    expect(r.pastDueFindingsTotal).toBe(3);
  });

  it('groups the past-due findings by the owner of the assets their hosts are, nobody last', () => {
    expect(r.pastDueByOwner).toEqual([
      { ownerId: 'P1', ownerName: 'Dana Reeves', assets: 2, hosts: 2, findings: 2, kevListed: 1, mostDaysOverdue: 15 },
      { ownerId: null, ownerName: null, assets: 0, hosts: 1, findings: 1, kevListed: 0, mostDaysOverdue: 50 },
    ]);
  });

  it('lists each known exploited CVE open, those past due first', () => {
    expect(r.kevOpen.map((k) => [k.cveId, k.hosts, k.earliestDueOn, k.pastDue, k.knownRansomwareUse])).toEqual([
      ['CVE-2025-20003', 1, '2025-04-05', 1, false],
      ['CVE-2025-20002', 1, '2025-04-24', 0, true],
    ]);
  });

  it('finds hosts on unsupported systems from the operating system and the open findings’ software', () => {
    expect(r.unsupportedHosts.map((u) => [u.hostId, u.row.id, u.software])).toEqual([
      ['H4', 'windows-server-2012-r2', 'WindowsServer2012R2'],
      ['H1', 'windows-server-2008-r2', 'Windows Server 2008 R2 security update missing'],
    ]);
  });

  it('counts the hosts known at the as-of instant', () => {
    expect(r.hosts).toEqual({ total: 4, matchedToAssets: 2, withOpenFindings: 4, unsupported: 2 });
  });

  it('is the same a day earlier, less a day overdue, and without what had not yet happened', () => {
    const tally = new ExposureTally({ ...DEFAULT_DEADLINE_SETTINGS }, at('2025-04-19T12:00:00Z'));
    for (const f of FINDINGS) tally.add(f);
    const earlier = tally.result(HOSTS, BUILT_IN_END_OF_SUPPORT);
    expect(earlier.pastDueFindings.map((f) => f.daysOverdue)).toEqual([49, 14, 7]);
    expect(earlier.open.total).toBe(6);
  });

  it('keeps only the most overdue past-due findings, counting the rest', () => {
    const tally = new ExposureTally({ ...DEFAULT_DEADLINE_SETTINGS }, AS_OF);
    const count = PAST_DUE_LISTED * 5 + 3;
    // Each one seen a day later than the one before: finding i is (count - i) days overdue plus the 14.
    for (let i = 0; i < count; i++) {
      const seen = new Date(Date.UTC(2015, 0, 1 + i, 10));
      tally.add(finding(`X${String(i).padStart(5, '0')}`, 'H3', 'critical', [{ openedAt: seen, fixedAt: null }]));
    }
    const result = tally.result(HOSTS, BUILT_IN_END_OF_SUPPORT);
    expect(result.pastDueFindingsTotal).toBe(count);
    expect(result.pastDueFindings).toHaveLength(PAST_DUE_LISTED);
    expect(result.pastDueFindings[0]!.findingId).toBe('X00000');
    expect(result.pastDueFindings.at(-1)!.findingId).toBe(`X${String(PAST_DUE_LISTED - 1).padStart(5, '0')}`);
  });
});

describe('names written run together', () => {
  it.each([
    ['WindowsServer2012R2', 'Windows Server 2012 R2'],
    ['Windows10', 'Windows 10'],
    ['WindowsServer2008R2', 'Windows Server 2008 R2'],
    ['Windows Server 2016', 'Windows Server 2016'],
    ['ubuntu_18.04', 'ubuntu_18.04'],
  ])('%s reads as %s', (name, spaced) => {
    expect(spacedName(name)).toBe(spaced);
  });

  it('are matched as the spaced name only when the name as written matches nothing', () => {
    expect(matchEndOfSupport('WindowsServer2012R2')?.id).toBe('windows-server-2012-r2');
    expect(matchEndOfSupport('Windows7')?.id).toBe('windows-7');
    expect(matchEndOfSupport('PostgreSQL')).toBeNull();
  });
});
