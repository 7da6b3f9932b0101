// A DPIA's codes as people say them: its state as a tag, the likelihood, severity and score of a
// risk, the sign-off's outcome and what the screening says. The labels are the contract's, copied (the
// web app imports its types only); the Record types make the compiler notice a new value.
import type { TagColour } from '../../../components/Tag';
import type { RiskLikelihood, RiskScore, RiskSeverity, SignOffOutcome } from '../../../../contract/dpias';
import type { DpiaState } from '../../../../contract/information-assets';

/** Grey while screening, blue while being assessed, yellow while waiting on someone, green once signed off, red where it is refused or overdue. */
export const DPIA_STATE_WORDS: Record<DpiaState, { text: string; colour: TagColour }> = {
  screening: { text: 'Screening', colour: 'grey' },
  'not-required': { text: 'Not required', colour: 'white' },
  required: { text: 'Required', colour: 'blue' },
  'in-progress': { text: 'In progress', colour: 'blue' },
  'awaiting-dpo-advice': { text: 'Awaiting DPO advice', colour: 'yellow' },
  'awaiting-sign-off': { text: 'Awaiting sign-off', colour: 'yellow' },
  'signed-off': { text: 'Signed off', colour: 'green' },
  'review-due': { text: 'Review due', colour: 'orange' },
  'not-approved': { text: 'Not approved', colour: 'red' },
};

export const RISK_LIKELIHOOD_LABELS: Record<RiskLikelihood, string> = { remote: 'Remote', possible: 'Possible', probable: 'Probable' };
export const RISK_SEVERITY_LABELS: Record<RiskSeverity, string> = { minimal: 'Minimal', significant: 'Significant', severe: 'Severe' };
export const RISK_SCORE_WORDS: Record<RiskScore, { text: string; colour: TagColour }> = {
  low: { text: 'Low', colour: 'green' },
  medium: { text: 'Medium', colour: 'orange' },
  high: { text: 'High', colour: 'red' },
};

export const SIGN_OFF_OUTCOME_LABELS: Record<SignOffOutcome, string> = { approved: 'Approved', 'approved-with-conditions': 'Approved with conditions', 'not-approved': 'Not approved' };

export type ScreeningOutcome = 'incomplete' | 'required' | 'not-required';
export const SCREENING_OUTCOME_WORDS: Record<ScreeningOutcome, string> = {
  incomplete: 'Not yet decided: some questions are unanswered, or every answer is no without a reason written down',
  required: 'A DPIA is required: at least one answer is yes',
  'not-required': 'No DPIA is required: every answer is no, and the reason is written down',
};

/** Said before a change to what was assessed: saving it reopens a signed-off DPIA. */
export const DPIA_REOPENS_WARNING = 'This DPIA has been signed off. Saving a change here reopens it: the sign-off is cleared, and the DPO advises on the changed assessment before it is signed off again.';

/** How a DPIA is named in a list or a heading: its reference and title. */
export const dpiaName = (dpia: { reference: string; title: string }) => `${dpia.reference}: ${dpia.title}`;
