// Alert-triage analytics over generated alert histories whose answers are known exactly: volume and
// noise per rule, medians and 90th percentiles, handling time, the noise Pareto, the backlog in UK
// days across the clock changes, triage breaches (untriaged ones as of the as-of instant included),
// analysts' load, and partial accumulators that merge into the same answer as one.
import { describe, expect, it } from 'vitest';
import type { AlertFacts, AlertSeverity, Classification, TriageTargets } from '../../src/contract/alerts.js';
import {
  type AccumulatorOptions,
  analyseAlerts,
  createTriageAccumulator,
  paretoOf,
  WORST_BREACHES,
} from '../../src/modules/alerts/domain/triage-accumulator.js';
import { ukDaysBetween, ukMidnight } from '../../src/modules/alerts/domain/uk-days.js';

const MINUTE = 60_000;
const TARGETS: TriageTargets = { critical: 15, high: 60, medium: 240, low: 1440, informational: 4320 };
// May 2026 in the UK: 1 May 00:00 BST to 1 June 00:00 BST, 31 days.
const FROM = new Date('2026-05-01T00:00:00+01:00');
const TO = new Date('2026-06-01T00:00:00+01:00');
const MAY: AccumulatorOptions = { from: FROM, to: TO, asOf: TO, targets: TARGETS, openAtStart: 0 };
// 4 May 2026, 09:00 UTC.
const T0 = Date.UTC(2026, 4, 4, 9);

let serial = 0;
interface AlertShape {
  rule?: string;
  severity?: AlertSeverity;
  classification?: Classification | null;
  owner?: string | null;
  /** Created this many minutes after T0 (or at this instant). */
  at?: number | string;
  /** Minutes from creation to triage and to close; absent for not yet. */
  triage?: number;
  close?: number;
}
/** An alert in May, created at T0 unless told otherwise, untriaged and open unless told otherwise. */
function anAlert({ rule = 'Impossible travel', severity = 'high', classification = null, owner = null, at = 0, triage, close }: AlertShape = {}): AlertFacts {
  serial += 1;
  const created = typeof at === 'string' ? Date.parse(at) : T0 + at * MINUTE;
  const after = (minutes: number | undefined) => (minutes === undefined ? null : new Date(created + minutes * MINUTE).toISOString());
  return {
    alertId: `alert-${serial}`,
    rule,
    severity,
    status: close === undefined ? (triage === undefined ? 'new' : 'active') : 'closed',
    classification,
    owner,
    created: new Date(created).toISOString(),
    triaged: after(triage),
    closed: after(close),
  };
}
const many = (count: number, shape: AlertShape) => Array.from({ length: count }, () => anAlert(shape));

describe('volume and noise per rule', () => {
  const history = [
    ...many(6, { rule: 'Impossible travel', classification: 'false-positive' }),
    ...many(2, { rule: 'Impossible travel', classification: 'benign-positive' }),
    ...many(1, { rule: 'Impossible travel', classification: 'true-positive' }),
    ...many(1, { rule: 'Impossible travel' }),
    ...many(4, { rule: 'Malware detected', classification: 'true-positive' }),
    ...many(1, { rule: 'Malware detected', classification: 'undetermined' }),
    ...many(5, { rule: 'Mass download' }),
  ];
  const analysis = analyseAlerts(history, MAY);
  const byRule = (rule: string) => analysis.rules.find((r) => r.rule === rule)!;

  it.each([
    ['a noisy rule: rates over its 9 classified alerts, not its 10', 'Impossible travel', { alerts: 10, shareOfAlerts: 0.5, classified: 9, truePositives: 1, falsePositives: 6, benignPositives: 2, falsePositiveRate: 6 / 9, benignRate: 2 / 9 }],
    ['undetermined counts as classified but is neither false nor benign', 'Malware detected', { alerts: 5, shareOfAlerts: 0.25, classified: 5, truePositives: 4, falsePositives: 0, benignPositives: 0, falsePositiveRate: 0, benignRate: 0 }],
    ['a rule with nothing classified has no rates', 'Mass download', { alerts: 5, shareOfAlerts: 0.25, classified: 0, truePositives: 0, falsePositives: 0, benignPositives: 0, falsePositiveRate: null, benignRate: null }],
  ])('%s', (_, rule, expected) => {
    expect(byRule(rule)).toMatchObject(expected);
  });

  it('rules come most alerts first, ties by name', () => {
    expect(analysis.rules.map((r) => r.rule)).toEqual(['Impossible travel', 'Malware detected', 'Mass download']);
  });

  it('the totals add the rules up, with rates over the 14 classified alerts', () => {
    expect(analysis.totals).toMatchObject({ alerts: 20, open: 20, classified: 14, falsePositiveRate: 6 / 14, benignRate: 2 / 14, alertsPerDay: 20 / 31 });
  });

  it.each([
    ['created at the start of the period: in', FROM.toISOString(), 1],
    ['created a millisecond before it: out', new Date(FROM.getTime() - 1).toISOString(), 0],
    ['created a millisecond before the end: in', new Date(TO.getTime() - 1).toISOString(), 1],
    ['created at the end of the period: out', TO.toISOString(), 0],
  ])('an alert %s', (_, at, counted) => {
    const outcome = analyseAlerts([anAlert({ at, triage: 5, close: 10, classification: 'false-positive', owner: 'Asha' })], { ...MAY, asOf: new Date(TO.getTime() + 60 * MINUTE) });
    expect(outcome.totals.alerts).toBe(counted);
    expect(outcome.rules.length).toBe(counted);
    expect(outcome.analysts.length).toBe(counted);
    expect(outcome.totals.timeToTriage.count).toBe(counted);
  });
});

describe('median and 90th percentile, in minutes', () => {
  it.each<[string, number[], { count: number; medianMinutes: number | null; p90Minutes: number | null }]>([
    ['an odd count with a slow outlier', [1, 2, 3, 4, 10], { count: 5, medianMinutes: 3, p90Minutes: 7.6 }],
    ['an even count: halfway between the middle two', [1, 2, 3, 4], { count: 4, medianMinutes: 2.5, p90Minutes: 3.7 }],
    ['given in any order', [10, 4, 1, 3, 2], { count: 5, medianMinutes: 3, p90Minutes: 7.6 }],
    ['seconds are kept, not rounded to minutes', [0.5, 1.5], { count: 2, medianMinutes: 1, p90Minutes: 1.4 }],
    ['a single value is every statistic', [7], { count: 1, medianMinutes: 7, p90Minutes: 7 }],
  ])('time to triage and to close: %s', (_, minutes, expected) => {
    const analysis = analyseAlerts(
      minutes.map((m) => anAlert({ triage: m, close: 2 * m })),
      MAY,
    );
    const triage = analysis.rules[0]!.timeToTriage;
    expect(triage.count).toBe(expected.count);
    expect(triage.medianMinutes).toBeCloseTo(expected.medianMinutes!, 10);
    expect(triage.p90Minutes).toBeCloseTo(expected.p90Minutes!, 10);
    expect(analysis.totals.timeToClose.medianMinutes).toBeCloseTo(2 * expected.medianMinutes!, 10);
    expect(analysis.totals.timeToClose.p90Minutes).toBeCloseTo(2 * expected.p90Minutes!, 10);
  });

  it('only the alerts that reached a step count towards it; none at all gives no figures', () => {
    const analysis = analyseAlerts([anAlert({ rule: 'A', triage: 4 }), anAlert({ rule: 'A' }), anAlert({ rule: 'B' })], MAY);
    expect(analysis.rules.map((r) => [r.rule, r.timeToTriage, r.timeToClose])).toEqual([
      ['A', { count: 1, medianMinutes: 4, p90Minutes: 4 }, { count: 0, medianMinutes: null, p90Minutes: null }],
      ['B', { count: 0, medianMinutes: null, p90Minutes: null }, { count: 0, medianMinutes: null, p90Minutes: null }],
    ]);
    expect(analysis.totals.timeToTriage).toEqual({ count: 1, medianMinutes: 4, p90Minutes: 4 });
  });
});

describe('handling time', () => {
  const analysis = analyseAlerts(
    [
      anAlert({ rule: 'Phishing reported', triage: 10, close: 40, classification: 'false-positive' }),
      anAlert({ rule: 'Phishing reported', close: 30, classification: 'true-positive' }),
      anAlert({ rule: 'Phishing reported', triage: 10 }),
      anAlert({ rule: 'Brute force', triage: 5, close: 45, classification: 'false-positive' }),
    ],
    MAY,
  );
  it.each([
    ['from triage to close, or from creation when never triaged; open alerts add nothing', 'Phishing reported', 30 + 30, 60 / 100],
    ['a rule\'s share is of all rules\' handling time', 'Brute force', 40, 40 / 100],
  ])('%s', (_, rule, minutes, share) => {
    const stats = analysis.rules.find((r) => r.rule === rule)!;
    expect(stats.handlingMinutes).toBe(minutes);
    expect(stats.shareOfHandling).toBeCloseTo(share, 12);
  });

  it('the handling time of false positives is kept for the survey comparison', () => {
    expect(analysis.falsePositiveHandlingMinutes).toBe(30 + 40);
    expect([analysis.closed, analysis.closedUnclassified]).toEqual([3, 0]);
  });
});

describe('the Pareto of noisy rules', () => {
  const rule = (name: string, falsePositives: number, benignPositives = 0) => ({ rule: name, falsePositives, benignPositives });
  it.each([
    [
      'the vital few end with the rule that brings the running share to exactly 80%; ties by name; silent rules left out',
      [rule('E', 0), rule('D', 10), rule('C', 5, 5), rule('B', 20, 10), rule('A', 50)],
      [['A', 50, 0.5, true], ['B', 30, 0.8, true], ['C', 10, 0.9, false], ['D', 10, 1, false]],
    ],
    ['one rule short of 80% brings in the next', [rule('A', 79), rule('B', 21)], [['A', 79, 0.79, true], ['B', 21, 1, true]]],
    ['one rule with all the noise is the vital few alone', [rule('A', 5), rule('B', 0)], [['A', 5, 1, true]]],
    ['no noise, no Pareto', [rule('A', 0)], []],
  ])('%s', (_, rules, expected) => {
    expect(paretoOf(rules).map((p) => [p.rule, p.noise, p.cumulativeShare, p.inVitalFew])).toEqual(expected);
  });

  it('comes with each rule\'s own share of the noise, from the analysis of the alerts', () => {
    const analysis = analyseAlerts([...many(3, { rule: 'A', classification: 'false-positive' }), ...many(1, { rule: 'B', classification: 'benign-positive' })], MAY);
    expect(analysis.pareto).toEqual([
      { rule: 'A', noise: 3, share: 0.75, cumulativeShare: 0.75, inVitalFew: true },
      { rule: 'B', noise: 1, share: 0.25, cumulativeShare: 1, inVitalFew: true },
    ]);
  });
});

describe('UK calendar days', () => {
  it.each([
    ['a winter day is 24 hours from midnight GMT', '2026-01-15', '2026-01-15T00:00:00.000Z', 24],
    ['the day the clocks go forward is 23 hours', '2026-03-29', '2026-03-29T00:00:00.000Z', 23],
    ['a summer day starts at 23:00 UTC the evening before', '2026-07-01', '2026-06-30T23:00:00.000Z', 24],
    ['the day the clocks go back is 25 hours', '2026-10-25', '2026-10-24T23:00:00.000Z', 25],
  ])('%s', (_, day, starts, hours) => {
    const next = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(new Date(ukMidnight(day)).toISOString()).toBe(starts);
    expect((ukMidnight(next) - ukMidnight(day)) / 3_600_000).toBe(hours);
  });

  it('places every instant of a year in its UK day, as the calendar in London says', () => {
    const year = ukDaysBetween(Date.parse('2026-01-01T00:00:00Z'), Date.parse('2027-01-01T00:00:00Z'));
    expect(year.days.length).toBe(365);
    const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
    for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 97 * MINUTE) {
      expect(year.days[year.indexOf(ms)]).toBe(london.format(new Date(ms)));
    }
    // Either side of every midnight.
    for (let i = 1; i < year.days.length; i++) {
      expect([year.indexOf(year.starts[i]! - 1), year.indexOf(year.starts[i]!)]).toEqual([i - 1, i]);
    }
    expect(year.indexOf(Date.parse('2027-01-01T00:00:00Z'))).toBe(-1);
  });
});

describe('the backlog, one UK day at a time', () => {
  it.each([
    [
      'across the clocks going forward (29 March, 23 hours)',
      { from: '2026-03-28T00:00:00Z', to: '2026-03-31T00:00:00+01:00' },
      [
        // 23:30 GMT on the 28th is still the 28th.
        { at: '2026-03-28T23:30:00Z', close: 60 },
        // 00:30 GMT on the 29th: the 29th.
        { at: '2026-03-29T00:30:00Z' },
        // 23:30 UTC on the 29th is 00:30 BST on the 30th.
        { at: '2026-03-29T23:30:00Z', close: 10 },
      ],
      [
        { day: '2026-03-28', created: 1, closed: 0, open: 6 },
        { day: '2026-03-29', created: 1, closed: 1, open: 6 },
        { day: '2026-03-30', created: 1, closed: 1, open: 6 },
      ],
    ],
    [
      'across the clocks going back (25 October, 25 hours)',
      { from: '2026-10-24T00:00:00+01:00', to: '2026-10-27T00:00:00Z' },
      [
        // 23:30 UTC on the 24th is 00:30 BST on the 25th.
        { at: '2026-10-24T23:30:00Z' },
        // 23:30 UTC on the 25th is 23:30 GMT: still the 25th.
        { at: '2026-10-25T23:30:00Z', close: 45 },
        { at: '2026-10-26T00:30:00Z' },
        { at: '2026-10-26T12:00:00Z' },
      ],
      [
        { day: '2026-10-24', created: 0, closed: 0, open: 5 },
        { day: '2026-10-25', created: 2, closed: 0, open: 7 },
        { day: '2026-10-26', created: 2, closed: 1, open: 8 },
      ],
    ],
  ])('%s', (_, period, shapes, expected) => {
    const options = { ...MAY, from: new Date(period.from), to: new Date(period.to), asOf: new Date(period.to), openAtStart: 5 };
    expect(analyseAlerts(shapes.map((s) => anAlert(s)), options).backlog).toEqual(expected);
  });

  it('stops at the as-of day, where closes after the as-of instant have not happened yet', () => {
    // As of 3 May 12:00 BST in a May period.
    const asOf = new Date('2026-05-03T12:00:00+01:00');
    const analysis = analyseAlerts(
      [
        anAlert({ at: '2026-05-01T09:00:00+01:00', close: 60 }),
        anAlert({ at: '2026-05-02T09:00:00+01:00', close: 24 * 60 + 60 }),
        anAlert({ at: '2026-05-03T09:00:00+01:00', close: 24 * 60 }),
      ],
      { ...MAY, asOf, openAtStart: 2 },
    );
    expect(analysis.backlog).toEqual([
      { day: '2026-05-01', created: 1, closed: 1, open: 2 },
      { day: '2026-05-02', created: 1, closed: 0, open: 3 },
      { day: '2026-05-03', created: 1, closed: 1, open: 3 },
    ]);
    expect(analysis.totals).toMatchObject({ alerts: 3, open: 1, alertsPerDay: 1 });
  });
});

describe('triage breaches', () => {
  const asOf = new Date(T0 + 24 * 60 * MINUTE);
  const minutesBeforeAsOf = (m: number) => 24 * 60 - m;
  const analysis = analyseAlerts(
    [
      anAlert({ rule: 'Late high', severity: 'high', triage: 61 }),
      anAlert({ rule: 'On time high', severity: 'high', triage: 60 }),
      anAlert({ rule: 'Untriaged critical', severity: 'critical', at: minutesBeforeAsOf(20) }),
      anAlert({ rule: 'Young critical', severity: 'critical', at: minutesBeforeAsOf(10) }),
      anAlert({ rule: 'Triaged after the as-of', severity: 'medium', at: minutesBeforeAsOf(300), triage: 310 }),
      anAlert({ rule: 'Slow low', severity: 'low', at: minutesBeforeAsOf(2100), triage: 2000 }),
    ],
    { ...MAY, asOf },
  );

  it.each([
    ['triaged a minute past its target', 'Late high', 1],
    ['triaged exactly on its target', 'On time high', 0],
    ['still untriaged as of the as-of instant, older than its target', 'Untriaged critical', 1],
    ['still untriaged but younger than its target', 'Young critical', 0],
    ['triaged only after the as-of instant, and past its target by then', 'Triaged after the as-of', 1],
    ['triaged long after its target', 'Slow low', 1],
  ])('an alert %s', (_, rule, breaches) => {
    expect(analysis.rules.find((r) => r.rule === rule)!.triageBreaches).toBe(breaches);
  });

  it('lists the breaches longest past their target first, with the time taken or elapsed so far', () => {
    expect(analysis.totals.triageBreaches).toBe(4);
    expect(analysis.breaches.map((b) => [b.rule, b.severity, b.targetMinutes, b.minutes, b.triaged === null])).toEqual([
      ['Slow low', 'low', 1440, 2000, false],
      ['Triaged after the as-of', 'medium', 240, 300, true],
      ['Untriaged critical', 'critical', 15, 20, true],
      ['Late high', 'high', 60, 61, false],
    ]);
    const late = analysis.breaches[3]!;
    expect([late.created, late.triaged]).toEqual([new Date(T0).toISOString(), new Date(T0 + 61 * MINUTE).toISOString()]);
  });

  it(`keeps the ${WORST_BREACHES} worst and counts them all`, () => {
    // 150 high alerts triaged 61, 62, … 210 minutes after creation: the worst are the last 100.
    const history = Array.from({ length: 150 }, (_, i) => anAlert({ severity: 'high', triage: 61 + i }));
    const outcome = analyseAlerts(history, MAY);
    expect(outcome.totals.triageBreaches).toBe(150);
    expect(outcome.breaches.length).toBe(WORST_BREACHES);
    expect(outcome.breaches.map((b) => b.minutes)).toEqual(Array.from({ length: 100 }, (_, i) => 210 - i));
    expect(outcome.breaches[0]!.alertId).toBe(history[149]!.alertId);
  });
});

describe('analysts', () => {
  const asOf = new Date(T0 + 100 * MINUTE);
  const analysis = analyseAlerts(
    [
      anAlert({ owner: 'Asha', triage: 1, close: 10 }),
      anAlert({ owner: 'Asha', triage: 1, close: 30 }),
      // Closed after the as-of instant: still open then.
      anAlert({ owner: 'Asha', triage: 1, close: 200 }),
      anAlert({ owner: 'Asha' }),
      anAlert({ owner: 'Ben', triage: 1, close: 20 }),
      anAlert({ owner: null }),
    ],
    { ...MAY, asOf },
  );

  it('each owner\'s alerts, closed, open now and share of the alerts with an owner, busiest first', () => {
    expect(analysis.analysts).toEqual([
      { owner: 'Asha', alerts: 4, closed: 3, openNow: 2, shareOfAlerts: 0.8, timeToClose: { count: 3, medianMinutes: 30, p90Minutes: 166 } },
      { owner: 'Ben', alerts: 1, closed: 1, openNow: 0, shareOfAlerts: 0.2, timeToClose: { count: 1, medianMinutes: 20, p90Minutes: 20 } },
    ]);
  });

  it('alerts without an owner count in the totals only', () => {
    expect(analysis.totals).toMatchObject({ alerts: 6, open: 3 });
  });
});

describe('partial accumulators', () => {
  // A pseudo-random history over May with a fixed seed: several rules, owners and outcomes.
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  const rows = Array.from({ length: 3000 }, () => {
    const triage = next(10) === 0 ? -1 : next(3000) * 7;
    return {
      rule: next(12),
      severity: next(5),
      classification: next(5) - 1,
      owner: next(6) - 1,
      created: FROM.getTime() - 86_400_000 + next(33 * 24 * 60) * MINUTE,
      triage,
      close: next(4) === 0 ? -1 : Math.max(triage, 0) + next(5000) * 11,
    };
  });
  const names = { rules: Array.from({ length: 12 }, (_, i) => `Rule ${i}`), owners: ['Asha', 'Ben', 'Chidi', 'Dana', 'Emeka'], alertIds: (i: number) => `alert-${i}` };
  const options = { ...MAY, asOf: new Date('2026-05-20T12:00:00Z'), openAtStart: 40 };
  const feed = (accumulator: ReturnType<typeof createTriageAccumulator>, from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const r = rows[i]!;
      accumulator.add(r.rule, r.severity, r.classification, r.owner, r.created, r.triage, r.close, i);
    }
  };

  it.each([
    ['split in half', [1500]],
    ['split unevenly in three', [10, 2200]],
  ])('%s, merge into exactly the answer of one', (_, cuts) => {
    const whole = createTriageAccumulator(options);
    feed(whole, 0, rows.length);
    const bounds = [0, ...cuts, rows.length];
    const parts = bounds.slice(1).map((end, i) => {
      const part = createTriageAccumulator(options);
      feed(part, bounds[i]!, end);
      return part;
    });
    const merged = parts[0]!;
    for (const part of parts.slice(1)) merged.merge(part);
    const expected = whole.result(names);
    expect(expected.totals.triageBreaches).toBeGreaterThan(WORST_BREACHES);
    expect(merged.result(names)).toEqual(expected);
  });

  it('refuses to merge accumulators over different periods', () => {
    const other = createTriageAccumulator({ ...options, asOf: TO });
    expect(() => createTriageAccumulator(options).merge(other)).toThrow(/same period/);
  });
});
