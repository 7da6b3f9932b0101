// The rules of a data protection impact assessment: what the screening answers say, the score of a
// risk, where the DPIA stands, and the flags a signed-off DPIA raises. Pure: the as-of date is given
// (a UK calendar date); a date held is the last day something holds, as in risk-flags.ts.
import { type RiskLikelihood, type RiskScore, type RiskSeverity, SCREENING_QUESTIONS, type ScreeningQuestion, type SignOffOutcome } from '../../../contract/dpias.js';
import type { DpiaState, FlagRule, RiskFlag } from '../../../contract/information-assets.js';
import { flagKey } from './risk-flags.js';

export type ScreeningAnswers = Partial<Record<ScreeningQuestion, boolean>>;
export type ScreeningOutcome = 'incomplete' | 'required' | 'not-required';

/** Any yes means a DPIA is required; every question answered no, with the reason written down, means it is not. */
export function screeningOutcome(answers: ScreeningAnswers, notRequiredReason: string | null): ScreeningOutcome {
  if (SCREENING_QUESTIONS.some((q) => answers[q] === true)) return 'required';
  const allNo = SCREENING_QUESTIONS.every((q) => answers[q] === false);
  return allNo && notRequiredReason?.trim() ? 'not-required' : 'incomplete';
}

const LIKELIHOOD_POINTS: Record<RiskLikelihood, number> = { remote: 1, possible: 2, probable: 3 };
const SEVERITY_POINTS: Record<RiskSeverity, number> = { minimal: 1, significant: 2, severe: 3 };

/**
 * The usual 3×3: likelihood times severity, 1–2 low, 3–4 medium, 6–9 high. A remote chance of severe
 * harm is medium, as is a probable chance of minimal harm; anything severe and possible is high.
 */
export function riskScore(likelihood: RiskLikelihood, severity: RiskSeverity): RiskScore {
  const points = LIKELIHOOD_POINTS[likelihood] * SEVERITY_POINTS[severity];
  return points <= 2 ? 'low' : points <= 4 ? 'medium' : 'high';
}

export interface RiskFacts {
  likelihood: RiskLikelihood;
  severity: RiskSeverity;
  residualLikelihood: RiskLikelihood;
  residualSeverity: RiskSeverity;
}

/** What the rules read of a DPIA. */
export interface DpiaFacts {
  id: string;
  reference: string;
  title: string;
  screening: ScreeningAnswers;
  notRequiredReason: string | null;
  necessity: string | null;
  consultation: string | null;
  linkCount: number;
  risks: readonly RiskFacts[];
  assessmentVersion: number;
  /** The assessment version the DPO's advice was given on, if any advice was given. */
  adviceOnVersion: number | null;
  signOffOutcome: SignOffOutcome | null;
  reviewOn: string | null;
}

const written = (text: string | null) => !!text?.trim();

/** What the assessment still lacks before the DPO can advise on it, in words; none when it is complete. */
export function missingFromAssessment(dpia: DpiaFacts): string[] {
  return [
    !written(dpia.necessity) && 'why the processing is necessary and proportionate',
    !written(dpia.consultation) && 'whom it consulted',
    dpia.linkCount === 0 && 'the assets or data flows it covers',
    dpia.risks.length === 0 && 'at least one risk',
  ].filter((m): m is string => !!m);
}

/** The assessment is ready for the DPO when it says why the processing is needed, whom it consulted, what it covers and the risks. */
export function assessmentComplete(dpia: DpiaFacts): boolean {
  return missingFromAssessment(dpia).length === 0;
}

function assessmentBegun(dpia: DpiaFacts): boolean {
  return written(dpia.necessity) || written(dpia.consultation) || dpia.linkCount > 0 || dpia.risks.length > 0;
}

export const isApproved = (outcome: SignOffOutcome | null) => outcome === 'approved' || outcome === 'approved-with-conditions';

/** Where the DPIA stands as of a date, from what it holds. */
export function dpiaState(dpia: DpiaFacts, asOf: string): DpiaState {
  if (dpia.signOffOutcome === 'not-approved') return 'not-approved';
  if (isApproved(dpia.signOffOutcome)) return dpia.reviewOn && dpia.reviewOn < asOf ? 'review-due' : 'signed-off';
  const screening = screeningOutcome(dpia.screening, dpia.notRequiredReason);
  if (screening !== 'required') return screening === 'not-required' ? 'not-required' : 'screening';
  if (!assessmentBegun(dpia)) return 'required';
  if (!assessmentComplete(dpia)) return 'in-progress';
  // Advice given on an earlier version of the assessment is kept, but the DPO must see the new one.
  return dpia.adviceOnVersion === dpia.assessmentVersion ? 'awaiting-sign-off' : 'awaiting-dpo-advice';
}

/** How a DPIA is named in a flag or a list: its reference and title. */
export const dpiaName = (dpia: Pick<DpiaFacts, 'reference' | 'title'>) => `${dpia.reference}: ${dpia.title}`;

/** The flags a DPIA raises as of a date: only one signed off with approval raises any. */
export function dpiaFlags(dpia: DpiaFacts, asOf: string): RiskFlag[] {
  if (!isApproved(dpia.signOffOutcome)) return [];
  const flags: RiskFlag[] = [];
  const subject = { kind: 'dpia' as const, id: dpia.id, name: dpiaName(dpia) };
  // Each rule fires at most once for a DPIA, so the rule and the DPIA make its key.
  const flag = (rule: FlagRule, severity: RiskFlag['severity'], reason: string) => flags.push({ key: flagKey(rule, subject), rule, severity, subject, reason });

  if (dpia.reviewOn && dpia.reviewOn < asOf) flag('dpia-review-overdue', 'medium', `It was due for review on ${dpia.reviewOn}: check the processing and its risks have not changed, and record the review.`);

  const high = dpia.risks.filter((r) => riskScore(r.residualLikelihood, r.residualSeverity) === 'high').length;
  if (high) {
    const which = high === 1 ? '1 risk stays high' : `${high} risks stay high`;
    flag('dpia-high-residual-risk', 'high', `It was signed off but ${which} after the measures: consult the ICO before the processing starts (UK GDPR Art 36), or reduce the risk.`);
  }
  return flags;
}
