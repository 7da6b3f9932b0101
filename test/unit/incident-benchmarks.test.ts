// The published response figures Bulwark ships, and how our own figures are set beside them: only like
// with like (a mean beside a mean, a median beside a median, the same band, the same interval).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BenchmarkFigure, benchmarkSet, type DetectionSource, type Milestone } from '../../src/contract/incidents.js';
import { compareWithBenchmarks, compareWithFigure } from '../../src/modules/incidents/domain/benchmarks.js';
import type { MetricIncident } from '../../src/modules/incidents/domain/metrics.js';

const FILE = path.join(import.meta.dirname, '../../content/benchmarks/incident-response.json');
const shipped = benchmarkSet.parse(JSON.parse(fs.readFileSync(FILE, 'utf8')));
const byId = (id: string) => shipped.figures.find((f) => f.id === id);

describe('the shipped figures', () => {
  it('the file matches the contract and carries a version', () => {
    expect(shipped.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(shipped.figures.length).toBeGreaterThan(10);
  });

  it('every id is unique', () => {
    const ids = shipped.figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(shipped.figures.map((f) => [f.id, f] as const))('%s is verified or agreed, and says where it comes from, which edition, what it measures and its caveat', (_, figure) => {
    expect(['V', 'V-derived', 'S']).toContain(figure.status);
    for (const field of ['label', 'source', 'edition', 'definition', 'caveat'] as const) expect(figure[field].trim(), field).not.toBe('');
  });

  it.each(shipped.figures.filter((f) => f.compares?.metric && (f.stat === 'mean' || f.stat === 'median')).map((f) => [f.id, f] as const))(
    '%s, a time compared with ours, is in days or hours',
    (_, figure) => {
      expect(['days', 'hours']).toContain(figure.unit);
    },
  );

  it.each(shipped.figures.filter((f) => f.stat === 'pct' && f.compares).map((f) => [f.id, f] as const))(
    '%s, a share compared with ours, says against what: a band of hours or internal detection',
    (_, figure) => {
      const c = figure.compares!;
      expect(c.share === 'internal-detection' || (c.metric !== undefined && (c.withinHours !== undefined) !== (c.beyondHours !== undefined))).toBe(true);
    },
  );

  it.each<[string, string, Partial<BenchmarkFigure>]>([
    ['IBM 2024: mean time to identify 194 days', 'ibm.mtti.global.2024', { value: 194, unit: 'days', stat: 'mean', edition: '2024', compares: { metric: 'detect' } }],
    ['Mandiant M-Trends 2026: median dwell time 14 days', 'mandiant.dwell.global.2025', { value: 14, unit: 'days', stat: 'median', edition: '2026', status: 'V' }],
    ['Sophos healthcare 2024: 22% recovered within a week', 'sophos.hc.recovered_le_1wk.2024', { value: 22, unit: 'pct', stat: 'pct', edition: '2024', compares: { metric: 'recover', withinHours: 168 } }],
    ['ICO: 72 hours to notify', 'uk.ico.breach_notification', { value: 72, unit: 'hours', stat: 'threshold', status: 'V', compares: { metric: 'notify' } }],
  ])('%s', (_, id, expected) => {
    expect(byId(id)).toMatchObject(expected);
  });
});

// ---- Comparing ours with a figure ----

const DAY = 24;
let serial = 0;
/** An incident with one interval given: hours from the metric's start milestone to its end. */
function anIncident(span: { from?: Milestone; to?: Milestone; hours: number }, more: Partial<MetricIncident> = {}): MetricIncident {
  const t0 = Date.UTC(2026, 4, 1, 9, 0);
  serial += 1;
  return {
    id: `inc-${serial}`,
    kind: 'cyber',
    severity: 'high',
    detectionSource: null,
    times: { [span.from ?? 'occurred']: t0, [span.to ?? 'detected']: t0 + span.hours * 3_600_000 },
    occurredEstimated: false,
    recordedAt: t0,
    icoNotifiedAt: null,
    icoReportable: false,
    ...more,
  };
}
const detectedAfterDays = (...days: number[]) => days.map((d) => anIncident({ hours: d * DAY }));
const recoveredAfterHours = (...hours: number[]) => hours.map((h) => anIncident({ from: 'detected', to: 'recovered', hours: h }));

function aFigure(more: Partial<BenchmarkFigure>): BenchmarkFigure {
  return {
    id: 'test.figure',
    label: 'A figure',
    value: 10,
    unit: 'days',
    stat: 'mean',
    definition: 'Days from occurrence to detection.',
    source: 'A survey',
    edition: '2025',
    dataPeriod: null,
    population: null,
    status: 'V',
    url: null,
    compares: { metric: 'detect' },
    caveat: 'For testing.',
    ...more,
  };
}

describe('a mean beside our mean, a median beside our median', () => {
  // Detected after 1, 1, 1, 1 and 46 days: a mean of 10 days, a median of 1 day.
  const skewed = detectedAfterDays(1, 1, 1, 1, 46);
  it.each<[string, BenchmarkFigure, number, string]>([
    ['a mean of 10 days is set beside our mean of 10 days', aFigure({ stat: 'mean', value: 10 }), 10, 'similar'],
    ['a median of 10 days is set beside our median of 1 day', aFigure({ stat: 'median', value: 10 }), 1, 'faster'],
    ['a mean of 2 days makes our mean slower', aFigure({ stat: 'mean', value: 2 }), 10, 'slower'],
    ['a median of 1 day matches our median', aFigure({ stat: 'median', value: 1 }), 1, 'similar'],
  ])('%s', (_, figure, ours, verdict) => {
    expect(compareWithFigure(figure, skewed)).toEqual({ figure, ours, count: 5, verdict });
  });
});

describe('units', () => {
  // Detected after 24, 36 and 48 hours: a mean and median of 36 hours.
  const incidents = [24, 36, 48].map((hours) => anIncident({ hours }));
  it.each<[string, BenchmarkFigure, number]>([
    ['a figure in days gets ours in days', aFigure({ unit: 'days', value: 1.5 }), 1.5],
    ['a figure in hours gets ours in hours', aFigure({ unit: 'hours', value: 36 }), 36],
    ['ours in days is rounded to one decimal place', aFigure({ unit: 'days', stat: 'median', value: 1 }), 1.5],
  ])('%s', (_, figure, ours) => {
    expect(compareWithFigure(figure, incidents).ours).toBe(ours);
  });

  it('rounds ours to one decimal place', () => {
    expect(compareWithFigure(aFigure({ unit: 'days' }), [anIncident({ hours: 25 })]).ours).toBe(1);
    expect(compareWithFigure(aFigure({ unit: 'days' }), [anIncident({ hours: 28 })]).ours).toBe(1.2);
  });

  it('a time in a unit it cannot convert is not compared', () => {
    expect(compareWithFigure(aFigure({ unit: 'weeks' }), detectedAfterDays(3))).toMatchObject({ ours: null, count: 0, verdict: null });
  });
});

describe('a share within or beyond a band', () => {
  const week = (value: number) => aFigure({ stat: 'pct', unit: 'pct', value, compares: { metric: 'recover', withinHours: 168 } });
  const month = (value: number) => aFigure({ stat: 'pct', unit: 'pct', value, compares: { metric: 'recover', beyondHours: 720 } });
  it.each<[string, BenchmarkFigure, MetricIncident[], { ours: number; count: number; verdict: string }]>([
    ['recovered within a week, the week’s end included: 3 of 4, more than 22% is faster', week(22), recoveredAfterHours(24, 100, 168, 200), { ours: 75, count: 4, verdict: 'faster' }],
    ['recovered within a week: 1 of 4, fewer than 58% is slower', week(58), recoveredAfterHours(24, 200, 300, 400), { ours: 25, count: 4, verdict: 'slower' }],
    ['recovered within a week: 1 of 3 is 33.3%, rounded to one place', week(33), recoveredAfterHours(24, 200, 300), { ours: 33.3, count: 3, verdict: 'similar' }],
    ['over a month to recover: 1 of 2, more than 37% is slower', month(37), recoveredAfterHours(24, 800), { ours: 50, count: 2, verdict: 'slower' }],
    ['over a month to recover: exactly 30 days is not over, 0 of 2 is faster', month(37), recoveredAfterHours(24, 720), { ours: 0, count: 2, verdict: 'faster' }],
  ])('%s', (_, figure, incidents, expected) => {
    expect(compareWithFigure(figure, incidents)).toMatchObject(expected);
  });

  it('a share with no band of hours is not compared', () => {
    const figure = aFigure({ stat: 'pct', unit: 'pct', value: 50, compares: { metric: 'recover' } });
    expect(compareWithFigure(figure, recoveredAfterHours(24))).toMatchObject({ ours: null, count: 0, verdict: null });
  });
});

describe('only our incidents detected the same way', () => {
  const found = (source: DetectionSource | null, days: number) => anIncident({ hours: days * DAY }, { detectionSource: source });
  const incidents = [found('internal-monitoring', 1), found('internal-monitoring', 3), found('user-report', 30), found('external-party', 60), found(null, 90)];

  it('a figure for internal detection is set beside our internally detected incidents only', () => {
    const figure = aFigure({ stat: 'median', value: 9, compares: { metric: 'detect', detectionSource: 'internal-monitoring' } });
    expect(compareWithFigure(figure, incidents)).toMatchObject({ ours: 2, count: 2, verdict: 'faster' });
  });

  it('without a filter every incident counts', () => {
    expect(compareWithFigure(aFigure({ stat: 'median', value: 30 }), incidents)).toMatchObject({ ours: 30, count: 5, verdict: 'similar' });
  });

  it.each<[string, MetricIncident[], { ours: number | null; count: number }]>([
    ['2 of 4 incidents whose source is known were found by our own monitoring', incidents, { ours: 50, count: 4 }],
    ['2 of 3 is 66.7%', [found('internal-monitoring', 1), found('internal-monitoring', 1), found('supplier', 1)], { ours: 66.7, count: 3 }],
    ['a share needs no measured time: an incident not yet detected still counts', [{ ...found('internal-monitoring', 1), times: {} }], { ours: 100, count: 1 }],
    ['with no source known there is no share', [found(null, 1)], { ours: null, count: 0 }],
  ])('the share we detected ourselves: %s', (_, these, expected) => {
    const figure = aFigure({ stat: 'pct', unit: 'pct', value: 46, compares: { share: 'internal-detection' } });
    expect(compareWithFigure(figure, these)).toEqual({ figure, ...expected, verdict: null });
  });
});

describe('a legal deadline', () => {
  const ico = aFigure({ stat: 'threshold', unit: 'hours', value: 72, compares: { metric: 'notify' } });
  const notifiedAfter = (hours: number, reportable: boolean | null = true) =>
    anIncident({ hours: 0, from: 'occurred', to: 'detected' }, { icoReportable: reportable, icoNotifiedAt: Date.UTC(2026, 4, 1, 9, 0) + hours * 3_600_000 });

  it.each<[string, MetricIncident[], { ours: number | null; count: number; verdict: string | null }]>([
    ['is set beside the longest time taken, so one late notification shows', [notifiedAfter(10), notifiedAfter(80), notifiedAfter(30)], { ours: 80, count: 3, verdict: 'slower' }],
    ['is met when every notification came within it', [notifiedAfter(10), notifiedAfter(71)], { ours: 71, count: 2, verdict: 'faster' }],
    ['is met at exactly the deadline', [notifiedAfter(72)], { ours: 72, count: 1, verdict: 'faster' }],
    ['counts only incidents reportable to the ICO', [notifiedAfter(10), notifiedAfter(500, false), notifiedAfter(400, null)], { ours: 10, count: 1, verdict: 'faster' }],
    ['with no reportable incident notified, there is nothing of ours', [notifiedAfter(500, false)], { ours: null, count: 0, verdict: null }],
  ])('a deadline %s', (_, incidents, expected) => {
    expect(compareWithFigure(ico, incidents)).toMatchObject(expected);
  });
});

describe('verdicts', () => {
  it.each<[string, number, number, string]>([
    ['ours equal to theirs', 10, 10, 'similar'],
    ['ours 10% slower, the edge of similar', 11, 10, 'similar'],
    ['ours 10% faster, the edge of similar', 9, 10, 'similar'],
    ['ours 15% slower', 11.5, 10, 'slower'],
    ['ours 15% faster', 8.5, 10, 'faster'],
    ['ours far faster', 0.5, 194, 'faster'],
  ])('%s', (_, oursDays, theirs, verdict) => {
    expect(compareWithFigure(aFigure({ value: theirs }), detectedAfterDays(oursDays)).verdict).toBe(verdict);
  });
});

describe('when there is nothing of ours to compare', () => {
  it.each<[string, BenchmarkFigure, MetricIncident[]]>([
    ['no incidents at all', aFigure({}), []],
    ['no incident with both milestones', aFigure({}), [anIncident({ from: 'detected', to: 'contained', hours: 5 })]],
    ['the figure compares with nothing of ours', aFigure({ compares: null }), detectedAfterDays(1, 2)],
    ['the figure is a count, not a time', aFigure({ stat: 'count', compares: { metric: 'detect' } }), detectedAfterDays(1, 2)],
  ])('%s: ours is null, resting on no incidents', (_, figure, incidents) => {
    expect(compareWithFigure(figure, incidents)).toEqual({ figure, ours: null, count: 0, verdict: null });
  });

  it('every shipped figure is listed, in order, those with nothing of ours included', () => {
    const comparisons = compareWithBenchmarks(shipped.figures, detectedAfterDays(2, 4));
    expect(comparisons.map((c) => c.figure.id)).toEqual(shipped.figures.map((f) => f.id));
    expect(comparisons.find((c) => c.figure.id === 'ibm.mtti.global.2024')).toMatchObject({ ours: 3, count: 2, verdict: 'faster' });
    expect(comparisons.find((c) => c.figure.id === 'uk.nis.incident_notification')).toMatchObject({ ours: null, count: 0, verdict: null });
  });
});
