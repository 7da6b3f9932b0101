// Findings from the alert analytics in plain words: each threshold met, missed by a little, and met
// exactly where the rule says "at least"; the words and percentages as a reader sees them; keys that
// stay the same for the same subject.
import { describe, expect, it } from 'vitest';
import type { AlertSeverity, AnalystLoad, BacklogPoint, RuleStats, TriageTargets } from '../../src/contract/alerts.js';
import { minutesInWords, triageFindings } from '../../src/modules/alerts/domain/triage-findings.js';

const TARGETS: TriageTargets = { critical: 15, high: 60, medium: 240, low: 1440, informational: 4320 };
const NO_TIMES = { count: 0, medianMinutes: null, p90Minutes: null };

type Input = Parameters<typeof triageFindings>[0];

function aRule(more: Partial<RuleStats> = {}): RuleStats {
  return {
    rule: 'Impossible travel',
    alerts: 10,
    shareOfAlerts: 0.1,
    classified: 10,
    truePositives: 10,
    falsePositives: 0,
    benignPositives: 0,
    falsePositiveRate: 0,
    benignRate: 0,
    timeToTriage: NO_TIMES,
    timeToClose: NO_TIMES,
    handlingMinutes: 0,
    shareOfHandling: 0,
    triageBreaches: 0,
    ...more,
  };
}

/** A quiet alert history: nothing to find unless a part says otherwise. */
function anAnalysis(more: Partial<Input> = {}): Input {
  return {
    totals: { alerts: 100, open: 0, classified: 100, falsePositiveRate: 0, benignRate: 0, alertsPerDay: 1, timeToTriage: NO_TIMES, timeToClose: NO_TIMES, triageBreaches: 0 },
    rules: [],
    pareto: [],
    backlog: [],
    analysts: [],
    commonestSeverity: {},
    closed: 100,
    closedUnclassified: 0,
    ...more,
  };
}

const texts = (input: Input) => triageFindings(input, TARGETS).map((f) => f.text);

it('a quiet history has nothing to say', () => {
  expect(triageFindings(anAnalysis(), TARGETS)).toEqual([]);
});

describe('noisy rules', () => {
  /** One rule with a noise count out of its classified alerts, in the vital few unless told. */
  function withRule(more: Partial<RuleStats>, inVitalFew = true): Input {
    const rule = aRule(more);
    const noise = rule.falsePositives + rule.benignPositives;
    return anAnalysis({ rules: [rule], pareto: [{ rule: rule.rule, noise, share: 1, cumulativeShare: 1, inVitalFew }] });
  }
  it.each<[string, Partial<RuleStats>, boolean, string[]]>([
    [
      'most of its alerts false positives, and a large share of all alerts',
      { alerts: 41, shareOfAlerts: 0.41, classified: 25, falsePositives: 23, falsePositiveRate: 0.92 },
      true,
      ['Rule "Impossible travel": 41% of alerts, 92% false positive.'],
    ],
    [
      'false and benign positives together',
      { shareOfAlerts: 0.3, classified: 100, falsePositives: 70, benignPositives: 22, falsePositiveRate: 0.7, benignRate: 0.22 },
      true,
      ['Rule "Impossible travel": 30% of alerts, 70% false positive and 22% benign positive.'],
    ],
    ['exactly 80% noise and exactly 5% of alerts', { shareOfAlerts: 0.05, classified: 10, falsePositives: 8, falsePositiveRate: 0.8 }, true, ['Rule "Impossible travel": 5% of alerts, 80% false positive.']],
    ['79% noise is not enough', { shareOfAlerts: 0.4, classified: 100, falsePositives: 79, falsePositiveRate: 0.79 }, true, []],
    ['4% of alerts is too few to matter', { shareOfAlerts: 0.04, classified: 10, falsePositives: 10, falsePositiveRate: 1 }, true, []],
    ['outside the vital few', { shareOfAlerts: 0.4, classified: 10, falsePositives: 10, falsePositiveRate: 1 }, false, []],
  ])('%s', (_, rule, inVitalFew, expected) => {
    const found = triageFindings(withRule(rule, inVitalFew), TARGETS);
    expect(found.map((f) => f.text)).toEqual(expected);
    for (const f of found) expect(f).toMatchObject({ key: 'noisy-rule:Impossible travel', kind: 'noisy-rule', subject: 'Impossible travel', recommendation: 'Tune or suppress it.', actionId: null });
  });
});

describe('slow triage', () => {
  it.each<[string, AlertSeverity, number | null, string[]]>([
    ['a median a minute past the target of its commonest severity', 'high', 61, ['Rule "Impossible travel": median time to triage 61 minutes, against a target of 60 minutes for its mostly high alerts.']],
    ['a median exactly on its target', 'high', 60, []],
    ['nothing triaged yet: no median to judge', 'high', null, []],
    ['in hours when it is long', 'critical', 150, ['Rule "Impossible travel": median time to triage 2.5 hours, against a target of 15 minutes for its mostly critical alerts.']],
    ['in days when it is longer', 'low', 3000, ['Rule "Impossible travel": median time to triage 2.1 days, against a target of 24 hours for its mostly low alerts.']],
  ])('%s', (_, severity, median, expected) => {
    const rule = aRule({ timeToTriage: { count: median === null ? 0 : 3, medianMinutes: median, p90Minutes: median } });
    const input = anAnalysis({ rules: [rule], commonestSeverity: { [rule.rule]: severity } });
    expect(texts(input)).toEqual(expected);
    if (expected.length) expect(triageFindings(input, TARGETS)[0]!.key).toBe('slow-triage:Impossible travel');
  });
});

describe('a growing backlog', () => {
  /** Two days: the first with nothing created or closed, so it starts where the period starts. */
  const backlog = (start: number, end: number): BacklogPoint[] => [
    { day: '2026-05-30', open: start, created: 0, closed: 0 },
    { day: '2026-05-31', open: end, created: end - start + 3, closed: 3 },
  ];
  it.each<[string, BacklogPoint[], string[]]>([
    ['up 20% and by 10', backlog(50, 60), ['Open alerts rose from 50 at the start of the period to 60 at the end of 31 May 2026 (up 20%).']],
    ['up by 10 but less than 20%', backlog(100, 110), []],
    ['up 20% but by fewer than 10', backlog(5, 9), []],
    ['from none', backlog(0, 10), ['Open alerts rose from none at the start of the period to 10 at the end of 31 May 2026.']],
    ['the start of the period is worked out from the first day', [{ day: '2026-05-01', open: 1250, created: 300, closed: 50 }], ['Open alerts rose from 1,000 at the start of the period to 1,250 at the end of 1 May 2026 (up 25%).']],
    ['falling', backlog(60, 20), []],
    ['no days', [], []],
  ])('%s', (_, days, expected) => {
    expect(texts(anAnalysis({ backlog: days }))).toEqual(expected);
  });
});

describe('one analyst carrying the queue', () => {
  const analysts = (...shares: number[]): AnalystLoad[] =>
    shares.map((share, i) => ({ owner: ['Asha', 'Ben', 'Chidi', 'Dana'][i]!, alerts: share * 64, closed: 0, openNow: 0, shareOfAlerts: share, timeToClose: NO_TIMES }));
  it.each<[string, AnalystLoad[], string[]]>([
    ['more than twice the average among three', analysts(0.7, 0.15, 0.15), ['Asha holds 70% of the alerts with an owner, against an average of 33% across 3 analysts.']],
    ['exactly twice the average is not more', analysts(0.5, 0.25, 0.125, 0.125), []],
    ['two analysts are too few to compare', analysts(0.9, 0.1), []],
    ['an even share', analysts(0.25, 0.25, 0.25, 0.25), []],
  ])('%s', (_, load, expected) => {
    const found = triageFindings(anAnalysis({ analysts: load }), TARGETS);
    expect(found.map((f) => f.text)).toEqual(expected);
    if (expected.length) expect(found[0]).toMatchObject({ key: 'analyst-overload:Asha', subject: 'Asha' });
  });
});

describe('alerts closed without a classification, and triage targets missed', () => {
  it.each<[string, Partial<Input>, string[]]>([
    ['21% of closed alerts unclassified', { closed: 100, closedUnclassified: 21 }, ['21% of closed alerts (21 of 100) were closed without a classification.']],
    ['exactly 20% is not more', { closed: 100, closedUnclassified: 20 }, []],
    ['nothing closed', { closed: 0, closedUnclassified: 0 }, []],
    [
      '15% of alerts past their target',
      { totals: { ...anAnalysis().totals, alerts: 1000, triageBreaches: 150 } },
      ['15% of alerts (150 of 1,000) were not triaged within their target.'],
    ],
    ['exactly 10% is not more', { totals: { ...anAnalysis().totals, alerts: 1000, triageBreaches: 100 } }, []],
  ])('%s', (_, parts, expected) => {
    expect(texts(anAnalysis(parts))).toEqual(expected);
  });
});

it('findings come in the order of their kinds, with keys that stay the same for the same history', () => {
  const noisy = aRule({ rule: 'Noisy', shareOfAlerts: 0.5, classified: 10, falsePositives: 10, falsePositiveRate: 1, timeToTriage: { count: 1, medianMinutes: 500, p90Minutes: 500 } });
  const input: Input = anAnalysis({
    rules: [noisy],
    pareto: [{ rule: 'Noisy', noise: 10, share: 1, cumulativeShare: 1, inVitalFew: true }],
    commonestSeverity: { Noisy: 'medium' },
    backlog: [{ day: '2026-05-31', open: 40, created: 40, closed: 0 }],
    analysts: [0.8, 0.1, 0.1].map((share, i) => ({ owner: `Analyst ${i + 1}`, alerts: 10, closed: 0, openNow: 0, shareOfAlerts: share, timeToClose: NO_TIMES })),
    closed: 10,
    closedUnclassified: 5,
    totals: { ...anAnalysis().totals, alerts: 10, triageBreaches: 5 },
  });
  const keys = ['noisy-rule:Noisy', 'slow-triage:Noisy', 'backlog-growing', 'analyst-overload:Analyst 1', 'unclassified', 'target-breaches'];
  expect(triageFindings(input, TARGETS).map((f) => f.key)).toEqual(keys);
  expect(triageFindings(structuredClone(input), TARGETS).map((f) => f.key)).toEqual(keys);
});

it.each([
  [1, '1 minute'],
  [89.4, '89 minutes'],
  [90, '1.5 hours'],
  [47 * 60, '47 hours'],
  [48 * 60, '2 days'],
  [10 * 1440 + 100, '10.1 days'],
])('%s minutes read as %s', (minutes, words) => {
  expect(minutesInWords(minutes)).toBe(words);
});
