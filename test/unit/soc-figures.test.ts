// The SOC survey figures Bulwark ships, and ours beside them: only verified or agreed figures, each
// saying where it comes from; ours only where the same measure can be worked out from the alerts.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSocFigures, type ShippedSocFigure, SOC_FIGURES_FILE, socComparisons } from '../../src/modules/alerts/domain/soc-figures.js';
import { analyseAlerts } from '../../src/modules/alerts/domain/triage-accumulator.js';
import type { AlertFacts, Classification } from '../../src/contract/alerts.js';

const json: unknown = JSON.parse(fs.readFileSync(SOC_FIGURES_FILE, 'utf8'));
const shipped = parseSocFigures(json);
const byId = (id: string) => shipped.figures.find((f) => f.id === id);

describe('the shipped figures', () => {
  it('the file matches its schema, carries a version and says how it was compiled', () => {
    expect(shipped.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(shipped.compiled).toMatch(/\(V\).*\(S\)/);
    expect(shipped.figures.length).toBeGreaterThanOrEqual(6);
  });

  it('every id is unique', () => {
    const ids = shipped.figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(shipped.figures.map((f) => [f.id, f] as const))('%s is verified or agreed, with its source, edition, data period, population, address and caveat', (_, figure) => {
    expect(['V', 'S']).toContain(figure.status);
    expect(figure.url).toMatch(/^https:\/\/[^ ]+$/);
    for (const field of ['label', 'unit', 'statistic', 'source', 'edition', 'dataPeriod', 'population', 'caveat'] as const) expect(figure[field].trim(), field).not.toBe('');
  });

  it.each<[string, string, Partial<ShippedSocFigure>]>([
    ['Vectra 2023: 4,484 alerts a day per SOC', 'vectra.alerts_per_day.2023', { value: 4484, unit: 'alerts per day', edition: '2023', status: 'S', measure: 'alerts-per-day' }],
    ['Vectra 2023: 83% of alerts judged false positives', 'vectra.false_positive_share.2023', { value: 83, unit: '%', edition: '2023', status: 'S', measure: 'false-positive-share' }],
    ['Trend Micro: 27% of time on false positives, its year not confirmed', 'trendmicro.time_on_false_positives', { value: 27, unit: '%', status: 'S', measure: 'false-positive-handling-share', edition: 'Year not confirmed (reported as 2021)' }],
    ['Critical Start 2019: 70% investigate more than 10 alerts a day', 'criticalstart.investigate_10_plus.2019', { value: 70, edition: '2019', status: 'S', measure: null }],
  ])('%s', (_, id, expected) => {
    expect(byId(id)).toMatchObject(expected);
  });

  it.each([
    ['a figure found in only one secondary report (S1)', { status: 'S1' }],
    ['an unverified figure', { status: 'UNVERIFIED' }],
    ['a figure with no address', { url: undefined }],
    ['a figure with no data period', { dataPeriod: '' }],
  ])('refuses %s', (_, change) => {
    const figure = { ...shipped.figures[0]!, ...change };
    expect(() => parseSocFigures({ ...shipped, figures: [figure] })).toThrow();
  });
});

describe('ours beside the surveys', () => {
  const MAY = { from: new Date('2026-05-01T00:00:00+01:00'), to: new Date('2026-06-01T00:00:00+01:00'), asOf: new Date('2026-06-01T00:00:00+01:00'), openAtStart: 0 };
  const targets = { critical: 15, high: 60, medium: 240, low: 1440, informational: 4320 };
  let serial = 0;
  /** An alert closed after `handling` minutes, untriaged, with a classification. */
  const closedAlert = (classification: Classification | null, handling: number): AlertFacts => {
    serial += 1;
    const created = Date.UTC(2026, 4, 10, 9) + serial * 60_000;
    return { alertId: `a${serial}`, rule: 'R', severity: 'low', status: 'closed', classification, owner: null, created: new Date(created).toISOString(), triaged: null, closed: new Date(created + handling * 60_000).toISOString() };
  };
  // 6 false positives of 20 minutes each, 1 benign of 40, 2 true of 100, 1 unclassified of 20: 31 days.
  const history = [
    ...Array.from({ length: 6 }, () => closedAlert('false-positive', 20)),
    closedAlert('benign-positive', 40),
    closedAlert('true-positive', 100),
    closedAlert('true-positive', 100),
    closedAlert(null, 20),
  ];
  const analysis = analyseAlerts(history, { ...MAY, targets });
  const ours = (id: string) => socComparisons(shipped.figures, analysis).find((f) => f.id === id)!.ours;

  it.each<[string, string, number | null]>([
    ['alerts a day: 10 alerts over the 31 days of May', 'vectra.alerts_per_day.2023', 0.3],
    ['false positives among the 9 classified alerts, as a percentage', 'vectra.false_positive_share.2023', 66.7],
    ['handling time on false positives: 120 of 380 minutes', 'trendmicro.time_on_false_positives', 31.6],
    ['nothing of ours measures a share of people', 'criticalstart.investigate_10_plus.2019', null],
    ['nor the share of alerts not dealt with in a day', 'vectra.alerts_not_dealt_with.2023', null],
  ])('%s', (_, id, expected) => {
    expect(ours(id)).toBe(expected);
  });

  it('with no alerts, nothing of ours is set beside any figure', () => {
    const none = analyseAlerts([], { ...MAY, targets });
    expect(socComparisons(shipped.figures, none).map((f) => f.ours)).toEqual(shipped.figures.map(() => null));
  });

  it('each comparison keeps the figure as shipped, less which measure it compares with', () => {
    const [first] = socComparisons(shipped.figures, analysis);
    const { measure: _, ...figure } = shipped.figures[0]!;
    expect(first).toEqual({ ...figure, ours: 0.3 });
  });
});
