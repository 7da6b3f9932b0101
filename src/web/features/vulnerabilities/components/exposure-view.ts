// The exposure dashboard's figures shaped for its charts, tables and links: pure, so each is tested
// on its own. Every chart's figures are the rows of the table beside it.
import type { Bar } from '../../../components/BarChart';
import type { Column, KeyEntry } from '../../../components/ColumnChart';
import type { ExposureReport } from '../../../../contract/vulnerabilities';
import type { FindingFilter } from './finding-filter';
import { meanDaysWords, percentWords, plural, SEVERITY_LABELS, SEVERITY_ORDER, type Severity } from './words';

export type { ExposureReport };

export interface SeverityRow {
  severity: Severity;
  open: number;
  pastDue: number;
  /** Open and not yet past due. */
  inTime: number;
}

export function severityRows(report: ExposureReport): SeverityRow[] {
  return SEVERITY_ORDER.map((severity) => {
    const open = report.open.bySeverity[severity];
    const pastDue = report.open.pastDueBySeverity[severity];
    return { severity, open, pastDue, inTime: open - pastDue };
  });
}

export const SEVERITY_CHART_KEY: readonly KeyEntry[] = [
  { fill: 'missed', text: 'Past due' },
  { fill: 'pending', text: 'Not yet due' },
];

/** One column per severity, past due at its foot. */
export function severityColumns(rows: readonly SeverityRow[]): Column[] {
  return rows.map((row) => ({
    key: row.severity,
    label: SEVERITY_LABELS[row.severity],
    segments: [
      { key: 'past-due', fill: 'missed', value: row.pastDue },
      { key: 'in-time', fill: 'pending', value: row.inTime },
    ],
  }));
}

/** The chart's name, saying its figures in words. */
export function severityChartLabel(rows: readonly SeverityRow[]): string {
  const parts = rows.map((row) => `${SEVERITY_LABELS[row.severity]}: ${row.open} open, ${row.pastDue} past due`);
  return `Open findings by severity, past due at the foot of each column. ${parts.join('; ')}.`;
}

/** An age band as people say it: "0 to 7 days", "Over 90 days". */
export function bandWords(from: number, to: number | null): string {
  return to === null ? `Over ${from - 1} days` : `${from} to ${to} days`;
}

export function ageBars(report: ExposureReport): Bar[] {
  return report.ageBands.map((band) => ({ key: band.band, label: bandWords(band.from, band.to), value: band.count, valueText: plural(band.count, 'finding') }));
}

export interface Headline {
  key: string;
  label: string;
  figure: string;
  /** What the figure counts, in a short line under it. */
  note?: string;
  /** The findings list showing the findings counted, where the list has a filter for them. */
  filter?: FindingFilter;
}

/** The dashboard's headline figures; each count links to the findings it counts, on the same day. */
export function headlines(report: ExposureReport, asOf: string | undefined): Headline[] {
  const day: FindingFilter = asOf ? { asOf } : {};
  const { open, remediation } = report;
  return [
    { key: 'open', label: 'Open findings', figure: open.total.toLocaleString('en-GB'), filter: { ...day, state: 'open' } },
    { key: 'kev', label: 'Known exploited', figure: open.kevListed.toLocaleString('en-GB'), note: 'Open findings the catalogue lists', filter: { ...day, state: 'open', kevListed: 'true' } },
    { key: 'ransomware', label: 'Linked to ransomware', figure: open.ransomwareLinked.toLocaleString('en-GB'), note: 'Known to be used in ransomware campaigns', filter: { ...day, state: 'open', knownRansomwareUse: 'true' } },
    { key: 'past-due', label: 'Past due', figure: open.pastDue.toLocaleString('en-GB'), note: `${open.kevPastDue.toLocaleString('en-GB')} of them known exploited`, filter: { ...day, pastDue: 'true' } },
    {
      key: 'within-deadline',
      label: 'Fixed within the deadline',
      figure: percentWords(remediation.percentWithinDeadline),
      note: `${remediation.withinDeadline.toLocaleString('en-GB')} in time, of ${plural(remediation.decided, 'finding')} fixed or past due`,
    },
    { key: 'mean', label: 'Mean time to fix', figure: meanDaysWords(remediation.meanDaysToRemediate), note: `Over ${plural(remediation.fixed, 'fixed finding')}` },
    { key: 'median', label: 'Median time to fix', figure: meanDaysWords(remediation.medianDaysToRemediate) },
  ];
}

/** "Hosts with no asset or owner" for the row the report leaves without an owner. */
export function ownerWords(ownerName: string | null): string {
  return ownerName ?? 'No asset or no owner recorded';
}
