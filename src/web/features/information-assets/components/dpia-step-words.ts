// The DPIA steps' words: the contract's likelihoods, severities, scores and sign-off outcomes as
// people say them (copied: the web app imports the contract's types only; the Record types make the
// compiler notice a value added there), each score's tag colour, and who may take each step.
import type { RiskLikelihood, RiskScore, RiskSeverity, SignOffOutcome } from '../../../../contract/dpias';
import type { TagColour } from '../../../components/Tag';

export const RISK_LIKELIHOOD_LABELS: Record<RiskLikelihood, string> = { remote: 'Remote', possible: 'Possible', probable: 'Probable' };
export const RISK_SEVERITY_LABELS: Record<RiskSeverity, string> = { minimal: 'Minimal', significant: 'Significant', severe: 'Severe' };
export const RISK_SCORE_LABELS: Record<RiskScore, string> = { low: 'Low', medium: 'Medium', high: 'High' };
export const RISK_SCORE_COLOURS: Record<RiskScore, TagColour> = { low: 'green', medium: 'yellow', high: 'red' };
export const SIGN_OFF_OUTCOME_LABELS: Record<SignOffOutcome, string> = {
  approved: 'Approved',
  'approved-with-conditions': 'Approved with conditions',
  'not-approved': 'Not approved',
};

/** The policy actions the steps ask the organisation's permissions for (policy.ts in the information-assets module). */
export const DPIA_STEP_PERMISSIONS = {
  read: 'dpia.read',
  manage: 'dpia.manage',
  advise: 'dpia.advise',
  signOff: 'dpia.sign-off',
} as const;

export const DPIA_READ_REFUSED =
  'Only the organisation’s administrators, SIRO, DPO, Caldicott Guardian, IG lead, head of cyber security, security analysts, Information Asset Owners and auditors may see its data protection impact assessments.';
export const DPIA_MANAGE_REFUSED =
  'Only the organisation’s administrators, SIRO, DPO, IG lead, head of cyber security and Information Asset Owners may change the risks of a data protection impact assessment and what it covers.';
export const DPIA_ADVISE_REFUSED = 'Only the organisation’s Data Protection Officer gives the DPO’s advice on a DPIA. You can read the advice here once it has been given.';
export const DPIA_SIGN_OFF_REFUSED =
  'Only the organisation’s SIRO, an Information Asset Owner or its administrator signs a DPIA off: those who own the information risk decide. You can read the outcome on the DPIA’s page once it has been signed off.';

/** Said before a change to what was assessed: saving it reopens a signed-off DPIA. */
export const DPIA_REOPENS_WARNING = 'This DPIA has been signed off. Saving a change here reopens it: the sign-off is cleared, and the DPO advises on the changed assessment before it is signed off again.';
