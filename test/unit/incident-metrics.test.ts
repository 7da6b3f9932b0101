// Response-time metrics: each interval between milestones as mean, median and 90th percentile;
// incidents lacking a milestone left out and counted; targets met or missed; a monthly trend in UK
// months; and the share within a band. Durations are real elapsed time, whatever the UK clocks did.
import { describe, expect, it } from 'vitest';
import type { MetricId, Milestone, Severity } from '../../src/contract/incidents.js';
import {
  anchorOf,
  durationHours,
  inPeriod,
  type MetricIncident,
  monthlyTrend,
  monthsBetween,
  percentile,
  shareWithin,
  summarise,
  summariseAll,
  type Targets,
  targetOutcomes,
  ukMonthOf,
} from '../../src/modules/incidents/domain/metrics.js';

const HOUR = 3_600_000;
// 1 May 2026, 09:00 UTC (10:00 BST in London).
const T0 = Date.UTC(2026, 4, 1, 9, 0);
const at = (hours: number) => T0 + hours * HOUR;

let serial = 0;
/** An incident whose milestones are given in hours after T0; ICO notification likewise. */
function anIncident(
  hours: Partial<Record<Milestone, number>>,
  more: Partial<Omit<MetricIncident, 'icoNotifiedAt'>> & { icoNotified?: number } = {},
): MetricIncident {
  const { icoNotified, ...rest } = more;
  serial += 1;
  return {
    id: `inc-${serial}`,
    kind: 'cyber',
    severity: 'high',
    detectionSource: null,
    times: Object.fromEntries(Object.entries(hours).map(([m, h]) => [m, at(h)])),
    occurredEstimated: false,
    recordedAt: at(0),
    icoNotifiedAt: icoNotified === undefined ? null : at(icoNotified),
    icoReportable: false,
    ...rest,
  };
}

/** Incidents whose time to detect is each of these hours. */
const detectedAfter = (...hours: number[]) => hours.map((h) => anIncident({ occurred: 0, detected: h }));

describe('what each metric measures', () => {
  // One incident with every milestone at a distinct time.
  const full = anIncident(
    { occurred: 0, detected: 3, reported: 4, acknowledged: 4.5, triaged: 6, contained: 10, eradicated: 20, recovered: 30, closed: 100 },
    { icoReportable: true, icoNotified: 50 },
  );
  it.each<[string, MetricId, number]>([
    ['time to detect: occurred to detected', 'detect', 3],
    ['time to acknowledge: detected to acknowledged', 'acknowledge', 1.5],
    ['time to triage: detected to triaged', 'triage', 3],
    ['time to contain: detected to contained', 'contain', 7],
    ['time to recover: detected to recovered', 'recover', 27],
    ['time to close: detected to closed', 'close', 97],
    ['lifecycle: occurred to contained', 'lifecycle', 10],
    ['time to notify: detected to the ICO notification', 'notify', 47],
  ])('%s', (_, metric, hours) => {
    expect(durationHours(full, metric)).toBe(hours);
    expect(summarise([full], metric)).toMatchObject({ count: 1, missing: 0, meanHours: hours, medianHours: hours, p90Hours: hours });
  });

  it('summarises every metric, in the contract’s order', () => {
    expect(summariseAll([full]).map((s) => [s.metric, s.meanHours])).toEqual([
      ['detect', 3],
      ['acknowledge', 1.5],
      ['triage', 3],
      ['contain', 7],
      ['recover', 27],
      ['close', 97],
      ['lifecycle', 10],
      ['notify', 47],
    ]);
  });
});

describe('an incident lacking a milestone', () => {
  const complete = anIncident({ occurred: 0, detected: 2, triaged: 4, contained: 8 });
  const uncontained = anIncident({ occurred: 0, detected: 1, triaged: 2 });
  const undetected = anIncident({ occurred: 0 });
  it.each<[string, MetricId, { count: number; missing: number; meanHours: number | null }]>([
    ['is left out of the metric it lacks and counted as missing', 'contain', { count: 1, missing: 2, meanHours: 6 }],
    ['is still counted in the metrics it has', 'triage', { count: 2, missing: 1, meanHours: 1.5 }],
    ['without an occurrence or detection is missing from time to detect', 'detect', { count: 2, missing: 1, meanHours: 1.5 }],
    ['without containment is missing from the lifecycle', 'lifecycle', { count: 1, missing: 2, meanHours: 8 }],
  ])('%s', (_, metric, expected) => {
    expect(summarise([complete, uncontained, undetected], metric)).toMatchObject(expected);
    expect(durationHours(uncontained, 'contain')).toBeNull();
  });
});

describe('mean, median and 90th percentile', () => {
  it.each<[string, number[], { count: number; meanHours: number | null; medianHours: number | null; p90Hours: number | null }]>([
    ['five values with one slow outlier', [1, 2, 3, 4, 10], { count: 5, meanHours: 4, medianHours: 3, p90Hours: 7.6 }],
    ['given in any order', [10, 3, 1, 4, 2], { count: 5, meanHours: 4, medianHours: 3, p90Hours: 7.6 }],
    ['an even count: the median is halfway between the middle two', [1, 2, 3, 4], { count: 4, meanHours: 2.5, medianHours: 2.5, p90Hours: 3.7 }],
    ['a single value is every statistic', [5], { count: 1, meanHours: 5, medianHours: 5, p90Hours: 5 }],
    ['rounded to two decimal places', [1, 2, 2], { count: 3, meanHours: 1.67, medianHours: 2, p90Hours: 2 }],
    ['none measured: no figures', [], { count: 0, meanHours: null, medianHours: null, p90Hours: null }],
  ])('%s', (_, hours, expected) => {
    expect(summarise(detectedAfter(...hours), 'detect')).toMatchObject({ ...expected, missing: 0 });
  });

  it.each<[string, number[], number, number | null]>([
    ['the 0th is the smallest', [1, 2, 3, 4, 10], 0, 1],
    ['the 100th is the largest', [1, 2, 3, 4, 10], 100, 10],
    ['the 90th interpolates between the 4th and 5th values', [1, 2, 3, 4, 10], 90, 7.6],
    ['the 25th falls on a value exactly', [1, 2, 3, 4, 10], 25, 2],
    ['of nothing there is none', [], 50, null],
  ])('percentile: %s', (_, sorted, p, expected) => {
    const got = percentile(sorted, p);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 10);
  });
});

describe('estimated occurrence', () => {
  const estimated = anIncident({ occurred: 0, detected: 4, contained: 6 }, { occurredEstimated: true });
  const known = anIncident({ occurred: 0, detected: 2, contained: 5 });
  it.each<[string, MetricId, number]>([
    ['counts towards time to detect, which starts at occurrence', 'detect', 1],
    ['counts towards the lifecycle, which starts at occurrence', 'lifecycle', 1],
    ['does not count towards time to contain, which starts at detection', 'contain', 0],
  ])('an estimated occurrence %s', (_, metric, count) => {
    expect(summarise([estimated, known], metric).estimated).toBe(count);
    expect(summarise([estimated, known], metric).count).toBe(2);
  });
});

describe('time to notify the ICO', () => {
  const notified = anIncident({ detected: 0 }, { icoReportable: true, icoNotified: 30 });
  const notYet = anIncident({ detected: 0 }, { icoReportable: true });
  const notReportable = anIncident({ detected: 0 }, { icoReportable: false, icoNotified: 200 });
  const ungraded = anIncident({ detected: 0 }, { icoReportable: null, icoNotified: 300 });
  it.each<[string, MetricIncident[], { count: number; missing: number; meanHours: number | null }]>([
    ['a reportable incident notified is measured', [notified], { count: 1, missing: 0, meanHours: 30 }],
    ['a reportable incident not yet notified is missing', [notified, notYet], { count: 1, missing: 1, meanHours: 30 }],
    ['an incident not reportable is neither measured nor missing, even if someone told the ICO', [notified, notReportable], { count: 1, missing: 0, meanHours: 30 }],
    ['an ungraded incident is neither measured nor missing', [notified, ungraded], { count: 1, missing: 0, meanHours: 30 }],
  ])('%s', (_, incidents, expected) => {
    expect(summarise(incidents, 'notify')).toMatchObject(expected);
  });
});

describe('durations across a change of the UK clocks are real elapsed time', () => {
  it.each([
    // Occurred 00:30 GMT on 29 March 2026 in London; detected 03:30 BST the same night. The wall
    // clock moves three hours, but the clocks went forward at 01:00 UTC in between: two real hours.
    ['the night the clocks go forward: 00:30 GMT to 03:30 BST is 2 hours, not 3', Date.UTC(2026, 2, 29, 0, 30), Date.UTC(2026, 2, 29, 2, 30), 2],
    // Occurred 01:30 BST on 25 October 2026 in London; detected at 01:30 GMT, the second time the
    // wall clock shows 01:30 that night, after the clocks went back at 01:00 UTC: one real hour.
    ['the night the clocks go back: 01:30 BST to 01:30 GMT is 1 hour, not 0', Date.UTC(2026, 9, 25, 0, 30), Date.UTC(2026, 9, 25, 1, 30), 1],
    // 23:00 GMT on Saturday 28 March to 23:00 BST on Sunday 29 March in London: 23 real hours.
    ['a London day that has only 23 hours', Date.UTC(2026, 2, 28, 23, 0), Date.UTC(2026, 2, 29, 22, 0), 23],
    // 23:00 BST on Saturday 24 October to 23:00 GMT on Sunday 25 October in London: 25 real hours.
    ['a London day that has 25 hours', Date.UTC(2026, 9, 24, 22, 0), Date.UTC(2026, 9, 25, 23, 0), 25],
  ])('%s', (_, occurred, detected, hours) => {
    const incident = { ...anIncident({}), times: { occurred, detected } };
    expect(durationHours(incident, 'detect')).toBe(hours);
    expect(summarise([incident], 'detect').meanHours).toBe(hours);
  });
});

describe('which period an incident falls in', () => {
  it.each<[string, MetricIncident, number]>([
    ['placed by its detection', anIncident({ occurred: 0, detected: 5, closed: 9 }, { recordedAt: at(7) }), at(5)],
    ['placed by its occurrence when not yet detected', anIncident({ occurred: 2 }, { recordedAt: at(7) }), at(2)],
    ['placed by when it was recorded when it has no milestones', anIncident({}, { recordedAt: at(7) }), at(7)],
  ])('an incident is %s', (_, incident, anchor) => {
    expect(anchorOf(incident)).toBe(anchor);
  });

  it('a period includes both its ends', () => {
    const incidents = [anIncident({ detected: -1 }), anIncident({ detected: 0 }), anIncident({ detected: 5 }), anIncident({ detected: 10 }), anIncident({ detected: 11 })];
    expect(inPeriod(incidents, at(0), at(10)).map((i) => i.times.detected)).toEqual([at(0), at(5), at(10)]);
  });
});

describe('response targets', () => {
  const SEV = (critical: number, high: number, medium: number, low: number): Record<Severity, number> => ({ critical, high, medium, low });
  const targets: Targets = { acknowledge: SEV(0.25, 1, 4, 8), triage: SEV(1, 4, 8, 24), contain: SEV(4, 24, 48, 96), recover: SEV(24, 72, 168, 336) };

  it.each<[string, Partial<Record<Milestone, number>>, number, 'met' | 'missed' | 'pending' | 'unknown']>([
    ['contained at exactly the target is met', { detected: 0, contained: 24 }, 100, 'met'],
    ['contained well within the target is met', { detected: 0, contained: 3 }, 100, 'met'],
    ['contained an hour after the target is missed', { detected: 0, contained: 25 }, 100, 'missed'],
    ['still open past the target is already missed', { detected: 0, triaged: 2 }, 30, 'missed'],
    ['still open within the target is pending', { detected: 0, triaged: 2 }, 20, 'pending'],
    ['still open at exactly the target is pending', { detected: 0 }, 24, 'pending'],
    ['closed without ever being contained cannot be judged', { detected: 0, closed: 5 }, 100, 'unknown'],
    ['with no detection there is no start, so it cannot be judged', { occurred: 0, contained: 5 }, 100, 'unknown'],
  ])('%s', (_, milestones, asOfHours, outcome) => {
    const rows = targetOutcomes([anIncident(milestones, { severity: 'high' })], targets, at(asOfHours));
    const containHigh = rows.find((r) => r.metric === 'contain' && r.severity === 'high');
    expect(containHigh).toEqual({ metric: 'contain', severity: 'high', targetHours: 24, met: 0, missed: 0, pending: 0, unknown: 0, [outcome]: 1 });
  });

  it('counts each incident against its own severity’s target', () => {
    // Contained after 10 hours: missed for critical (4 h), met for high (24 h) and low (96 h).
    const incidents = (['critical', 'high', 'low'] as const).map((severity) => anIncident({ detected: 0, contained: 10 }, { severity }));
    const contain = targetOutcomes(incidents, targets, at(100)).filter((r) => r.metric === 'contain');
    expect(contain.map((r) => [r.severity, r.targetHours, r.met, r.missed])).toEqual([
      ['critical', 4, 0, 1],
      ['high', 24, 1, 0],
      ['medium', 48, 0, 0],
      ['low', 96, 1, 0],
    ]);
  });

  it('gives a row for every metric with a target and every severity', () => {
    const rows = targetOutcomes([], targets, at(0));
    expect(rows).toHaveLength(16);
    expect(rows.filter((r) => r.metric === 'acknowledge').map((r) => r.targetHours)).toEqual([0.25, 1, 4, 8]);
    expect(rows.every((r) => r.met + r.missed + r.pending + r.unknown === 0)).toBe(true);
  });
});

describe('UK calendar months', () => {
  it.each([
    ['midday in winter', '2026-01-15T12:00:00Z', '2026-01'],
    ['23:30 UTC on 31 March 2026 is 00:30 BST on 1 April in London', '2026-03-31T23:30:00Z', '2026-04'],
    ['22:59 UTC on 31 March 2026 is 23:59 BST, still March in London', '2026-03-31T22:59:00Z', '2026-03'],
    ['23:00 UTC on 30 June 2026 is midnight BST, 1 July in London', '2026-06-30T23:00:00Z', '2026-07'],
    ['23:30 UTC on 31 October 2026 is 23:30 GMT, still October after the clocks went back', '2026-10-31T23:30:00Z', '2026-10'],
    ['23:59 UTC on 31 December is still December (GMT)', '2026-12-31T23:59:00Z', '2026-12'],
  ])('%s', (_, iso, month) => {
    expect(ukMonthOf(Date.parse(iso))).toBe(month);
  });

  it.each([
    ['across a year end', '2026-11', '2027-02', ['2026-11', '2026-12', '2027-01', '2027-02']],
    ['a single month', '2026-05', '2026-05', ['2026-05']],
    ['a whole year', '2026-01', '2026-12', ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']],
    ['an end before the start gives none', '2026-05', '2026-04', []],
  ])('months between: %s', (_, first, last, months) => {
    expect(monthsBetween(first, last)).toEqual(months);
  });
});

describe('the monthly trend', () => {
  // From 00:00 GMT on 1 February 2026 to 23:59 BST on 31 May 2026 (22:59 UTC).
  const from = Date.UTC(2026, 1, 1, 0, 0);
  const to = Date.UTC(2026, 4, 31, 22, 59);
  const incident = (detectedIso: string, detectHours: number, more: Partial<MetricIncident> = {}): MetricIncident => {
    const detected = Date.parse(detectedIso);
    return { ...anIncident({}, more), times: { occurred: detected - detectHours * HOUR, detected } };
  };
  const incidents = [
    incident('2026-02-10T12:00:00Z', 4, { kind: 'data-breach' }),
    incident('2026-02-20T12:00:00Z', 8),
    // 00:30 BST on 1 April in London.
    incident('2026-03-31T23:30:00Z', 2, { kind: 'near-miss' }),
    // 23:30 BST on 31 March in London.
    incident('2026-03-31T22:30:00Z', 6),
    // 00:30 BST on 1 June in London: after the period.
    incident('2026-05-31T23:30:00Z', 1),
    // Before the period.
    incident('2026-01-31T23:59:00Z', 1),
  ];

  it('counts each incident in its UK month, and shows empty months with none', () => {
    const trend = monthlyTrend(incidents, from, to);
    expect(trend.map((p) => [p.month, p.incidents, p.byKind])).toEqual([
      ['2026-02', 2, { cyber: 1, 'data-breach': 1, 'near-miss': 0 }],
      ['2026-03', 1, { cyber: 1, 'data-breach': 0, 'near-miss': 0 }],
      ['2026-04', 1, { cyber: 0, 'data-breach': 0, 'near-miss': 1 }],
      ['2026-05', 0, { cyber: 0, 'data-breach': 0, 'near-miss': 0 }],
    ]);
  });

  it('gives each month the median of each metric, none where nothing was measured', () => {
    const trend = monthlyTrend(incidents, from, to);
    expect(trend.map((p) => p.medianHours.detect)).toEqual([6, 6, 2, null]);
    expect(trend[0]!.medianHours).toEqual({ detect: 6, acknowledge: null, triage: null, contain: null, recover: null, close: null, lifecycle: null, notify: null });
  });
});

describe('the share within a band', () => {
  const recoveredAfter = (...hours: number[]) => hours.map((h) => anIncident({ detected: 0, recovered: h }));
  it.each<[string, MetricIncident[], number, { pct: number | null; count: number }]>([
    ['within a week, the week’s end included', recoveredAfter(10, 100, 168, 200), 168, { pct: 75, count: 4 }],
    ['one of three, rounded to two places', recoveredAfter(1, 50, 60), 24, { pct: 33.33, count: 3 }],
    ['none within', recoveredAfter(30, 40), 24, { pct: 0, count: 2 }],
    ['incidents not yet recovered are left out', [...recoveredAfter(10), anIncident({ detected: 0 })], 24, { pct: 100, count: 1 }],
    ['nothing measured: no share', [anIncident({ detected: 0 })], 24, { pct: null, count: 0 }],
  ])('%s', (_, incidents, hours, expected) => {
    expect(shareWithin(incidents, 'recover', hours)).toEqual(expected);
  });
});
