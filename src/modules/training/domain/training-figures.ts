// Training compliance as live evidence for assessments: data security awareness in date and induction
// on time, on CAF and DSPT B6.b (cyber security training) and NDG standard 3 (training). Pure: the
// report in, figures out.
import type { LiveFigureState } from '../../../contract/live-evidence.js';
import type { TrainingCompliance } from '../../../contract/training.js';
import { figureText, type LiveFigureValue, type RequirementRef } from '../../../platform/live-evidence.js';

// The CAF-aligned DSPT keeps the CAF's outcome refs.
const B6_B: RequirementRef[] = [
  { family: 'caf', ref: 'B6.b' },
  { family: 'dspt', ref: 'B6.b' },
];
const NDG_3: RequirementRef[] = [{ family: 'ndg-standards', ref: '3' }];

/** What the figures read of the report. */
export type FigureSource = { organisation: TrainingCompliance['organisation']; inductionOnTime: Pick<TrainingCompliance['inductionOnTime'], 'onTime' | 'due'> };

export interface TrainingFigure {
  key: string;
  label: string;
  speaksTo: readonly RequirementRef[];
  work: (report: FigureSource) => { value: number; of: number; state: LiveFigureState };
}

/** Nothing to count is a fact, not a pass. */
const against = (value: number, of: number, met: boolean): { value: number; of: number; state: LiveFigureState } => ({ value, of, state: of === 0 ? 'info' : met ? 'ok' : 'attention' });

export const TRAINING_FIGURES: readonly TrainingFigure[] = [
  {
    key: 'awareness-training-in-date',
    label: 'Current staff (new starters apart) with data security awareness training in date',
    speaksTo: [...B6_B, ...NDG_3],
    // Met at the organisation's target, not only at everyone.
    work: (r) => against(r.organisation.compliant, r.organisation.staff, !r.organisation.belowTarget),
  },
  {
    key: 'induction-on-time',
    label: 'Staff whose induction window ended in the last 12 months who completed induction within it',
    speaksTo: [...B6_B, ...NDG_3],
    work: (r) => against(r.inductionOnTime.onTime, r.inductionOnTime.due, r.inductionOnTime.onTime === r.inductionOnTime.due),
  },
];

export function trainingFigureValues(orgId: string, report: FigureSource): LiveFigureValue[] {
  return TRAINING_FIGURES.map((figure) => {
    const { value, of, state } = figure.work(report);
    return { key: figure.key, label: figure.label, value, of, text: figureText(value, of), state, link: `/orgs/${encodeURIComponent(orgId)}/training` };
  });
}
