import { describe, expect, it } from 'vitest';
import { ageBars, bandWords, type ExposureReport, headlines, severityChartLabel, severityColumns, severityRows } from './exposure-view';

const none = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };

function aReport(over: Partial<ExposureReport> = {}): ExposureReport {
  return {
    asOf: '2025-05-01T22:59:59.999Z',
    catalogue: null,
    settings: { critical: 14, high: 14, medium: 30, low: 90, kev: 21 },
    settingsAreDefault: true,
    hosts: { total: 3, matchedToAssets: 1, withOpenFindings: 2, unsupported: 0 },
    open: {
      total: 6,
      bySeverity: { critical: 2, high: 1, medium: 1, low: 0, info: 2 },
      kevListed: 2,
      ransomwareLinked: 1,
      pastDue: 3,
      pastDueBySeverity: { ...none, critical: 2, medium: 1 },
      kevPastDue: 1,
      dueWithinWeek: 1,
    },
    ageBands: [
      { band: '0-7', from: 0, to: 7, count: 2 },
      { band: '8-14', from: 8, to: 14, count: 0 },
      { band: '91+', from: 91, to: null, count: 4 },
    ],
    remediation: { fixed: 3, decided: 5, withinDeadline: 2, percentWithinDeadline: 40, meanDaysToRemediate: 12.345, medianDaysToRemediate: 10 },
    pastDueByOwner: [],
    pastDueFindings: [],
    pastDueFindingsTotal: 0,
    kevOpen: [],
    unsupportedHosts: [],
    ...over,
  };
}

describe('the exposure dashboard’s figures', () => {
  it('splits each severity’s open findings into past due and not yet due, worst severity first', () => {
    const rows = severityRows(aReport());
    expect(rows.map((row) => [row.severity, row.open, row.pastDue, row.inTime])).toEqual([
      ['critical', 2, 2, 0],
      ['high', 1, 0, 1],
      ['medium', 1, 1, 0],
      ['low', 0, 0, 0],
      ['info', 2, 0, 2],
    ]);
  });

  it('draws a column per severity with past due at its foot, and says the same figures in words', () => {
    const rows = severityRows(aReport());
    const [critical] = severityColumns(rows);
    expect(critical).toEqual({ key: 'critical', label: 'Critical', segments: [{ key: 'past-due', fill: 'missed', value: 2 }, { key: 'in-time', fill: 'pending', value: 0 }] });
    expect(severityChartLabel(rows)).toBe(
      'Open findings by severity, past due at the foot of each column. Critical: 2 open, 2 past due; High: 1 open, 0 past due; Medium: 1 open, 1 past due; Low: 0 open, 0 past due; Information: 2 open, 0 past due.',
    );
  });

  it.each([
    [0, 7, '0 to 7 days'],
    [31, 90, '31 to 90 days'],
    [91, null, 'Over 90 days'],
  ])('the age band from %s to %s reads “%s”', (from, to, words) => {
    expect(bandWords(from, to)).toBe(words);
  });

  it('gives each age band a bar with its count written out, an empty band included', () => {
    expect(ageBars(aReport())).toEqual([
      { key: '0-7', label: '0 to 7 days', value: 2, valueText: '2 findings' },
      { key: '8-14', label: '8 to 14 days', value: 0, valueText: '0 findings' },
      { key: '91+', label: 'Over 90 days', value: 4, valueText: '4 findings' },
    ]);
  });

  it('links each count to the findings it counts, on the day asked for', () => {
    const figures = headlines(aReport(), '2025-05-01');
    const byKey = Object.fromEntries(figures.map((figure) => [figure.key, figure]));
    expect(byKey.open).toMatchObject({ figure: '6', filter: { asOf: '2025-05-01', state: 'open' } });
    expect(byKey.kev).toMatchObject({ figure: '2', filter: { asOf: '2025-05-01', state: 'open', kevListed: 'true' } });
    expect(byKey.ransomware).toMatchObject({ figure: '1', filter: { asOf: '2025-05-01', state: 'open', knownRansomwareUse: 'true' } });
    expect(byKey['past-due']).toMatchObject({ figure: '3', note: '1 of them known exploited', filter: { asOf: '2025-05-01', pastDue: 'true' } });
    // Shares and times have no list of their own.
    expect(byKey['within-deadline']).toEqual({ key: 'within-deadline', label: 'Fixed within the deadline', figure: '40%', note: '2 in time, of 5 findings fixed or past due' });
    expect(byKey.mean?.figure).toBe('12.3 days');
    expect(byKey.median?.filter).toBeUndefined();
  });

  it('links to today’s findings when no day is asked for, and says when nothing is fixed yet', () => {
    const empty = aReport({ remediation: { fixed: 0, decided: 0, withinDeadline: 0, percentWithinDeadline: null, meanDaysToRemediate: null, medianDaysToRemediate: null } });
    const byKey = Object.fromEntries(headlines(empty, undefined).map((figure) => [figure.key, figure]));
    expect(byKey.open?.filter).toEqual({ state: 'open' });
    expect(byKey['within-deadline']?.figure).toBe('Nothing decided yet');
    expect(byKey.mean?.figure).toBe('Nothing fixed yet');
  });
});
