// The exposure report as live evidence for assessments: findings past their deadline and known
// exploited ones open (CAF and DSPT B4.d vulnerability management, NDG standard 9 IT protection, the
// Technology Code of Practice's timely patching), remediation within deadline, and hosts on
// unsupported systems (NDG standard 8). Pure: the report in, figures out.
import type { LiveFigureState } from '../../../contract/live-evidence.js';
import type { ExposureReport } from '../../../contract/vulnerabilities.js';
import { figureText, type LiveFigureValue, type RequirementRef } from '../../../platform/live-evidence.js';

// The CAF-aligned DSPT keeps the CAF's outcome refs.
const B4_D: RequirementRef[] = [
  { family: 'caf', ref: 'B4.d' },
  { family: 'dspt', ref: 'B4.d' },
];
const NDG_8: RequirementRef[] = [{ family: 'ndg-standards', ref: '8' }];
const NDG_9: RequirementRef[] = [{ family: 'ndg-standards', ref: '9' }];
const TIMELY_PATCHING: RequirementRef[] = [{ family: 'tcop', ref: '6.12' }];

export type FigureSource = Pick<ExposureReport, 'open' | 'remediation' | 'hosts'>;

export interface ExposureFigure {
  key: string;
  label: string;
  speaksTo: readonly RequirementRef[];
  /** The page of the list behind it, under the organisation. */
  list: string;
  work: (report: FigureSource) => { value: number; of: number | null; state: LiveFigureState };
}

/** A count of problems out of a whole: none is good, some need looking at, nothing to count is a fact. */
const problems = (value: number, of: number): { value: number; of: number; state: LiveFigureState } => ({ value, of, state: of === 0 ? 'info' : value === 0 ? 'ok' : 'attention' });

export const EXPOSURE_FIGURES: readonly ExposureFigure[] = [
  {
    key: 'findings-past-deadline',
    label: 'Open vulnerability findings past their remediation deadline',
    speaksTo: [...B4_D, ...NDG_9, ...TIMELY_PATCHING],
    list: 'vulnerability-findings?pastDue=true',
    work: (r) => problems(r.open.pastDue, r.open.total),
  },
  {
    key: 'known-exploited-findings-open',
    label: 'Open vulnerability findings the known exploited vulnerabilities catalogue lists',
    speaksTo: [...B4_D, ...NDG_9, ...TIMELY_PATCHING],
    list: 'vulnerability-findings?kevListed=true&state=open',
    work: (r) => problems(r.open.kevListed, r.open.total),
  },
  {
    key: 'findings-fixed-within-deadline',
    label: 'Vulnerability findings fixed within their deadline, of those fixed or already late',
    speaksTo: [...B4_D, ...TIMELY_PATCHING],
    list: 'vulnerability-exposure',
    // A plain fact: Bulwark sets no target for it.
    work: (r) => ({ value: r.remediation.withinDeadline, of: r.remediation.decided, state: 'info' }),
  },
  {
    key: 'hosts-unsupported',
    label: 'Scanned hosts running an operating system or software past its end of support',
    speaksTo: [...B4_D, ...NDG_8],
    list: 'vulnerability-exposure',
    work: (r) => problems(r.hosts.unsupported, r.hosts.total),
  },
];

/** No figures before any scan: "none past due" would read as a clean bill of health nobody has checked. */
export function exposureFigureValues(orgId: string, report: FigureSource): LiveFigureValue[] {
  if (report.hosts.total === 0) return [];
  return EXPOSURE_FIGURES.map((figure) => {
    const { value, of, state } = figure.work(report);
    return { key: figure.key, label: figure.label, value, of, text: figureText(value, of), state, link: `/orgs/${encodeURIComponent(orgId)}/${figure.list}` };
  });
}
