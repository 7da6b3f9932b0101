// The API contract for data protection impact assessments (UK GDPR Art 35): a DPIA screens the
// processing with short yes/no questions, assesses the risks to people of the assets and data flows
// it covers, takes the DPO's advice and is signed off; where it stands is worked out from what it
// holds (DPIA_STATES in information-assets.ts). The questions and labels are our own words.
import { z } from 'zod';
import { DPIA_STATES, registerFlag } from './information-assets.js';

/** The screening questions: any yes means a DPIA is required. */
export const SCREENING_QUESTIONS = [
  'special-category-at-scale',
  'systematic-monitoring',
  'new-technology',
  'automated-decisions',
  'matching-datasets',
  'vulnerable-people',
  'unexpected-processing',
  'location-tracking',
  'transfer-outside-uk',
] as const;
export type ScreeningQuestion = (typeof SCREENING_QUESTIONS)[number];
export const SCREENING_QUESTION_LABELS: Record<ScreeningQuestion, string> = {
  'special-category-at-scale': 'Will it use health or other special-category data, or criminal offence data, about many people?',
  'systematic-monitoring': 'Will it watch or track people systematically, in public places or online?',
  'new-technology': 'Does it rely on a technology new to us, or use a familiar one in a new way?',
  'automated-decisions': 'Will a computer make decisions about people, without a person, that affect them significantly?',
  'matching-datasets': 'Will it match, link or combine datasets from different sources?',
  'vulnerable-people': 'Is the data about people who may find it hard to object or understand, such as patients or children?',
  'unexpected-processing': 'Would the people concerned be surprised that their data is used this way?',
  'location-tracking': 'Will it track where people are?',
  'transfer-outside-uk': 'Will the data go outside the UK?',
};

export const RISK_LIKELIHOODS = ['remote', 'possible', 'probable'] as const;
export type RiskLikelihood = (typeof RISK_LIKELIHOODS)[number];
export const RISK_LIKELIHOOD_LABELS: Record<RiskLikelihood, string> = { remote: 'Remote', possible: 'Possible', probable: 'Probable' };
export const RISK_SEVERITIES = ['minimal', 'significant', 'severe'] as const;
export type RiskSeverity = (typeof RISK_SEVERITIES)[number];
export const RISK_SEVERITY_LABELS: Record<RiskSeverity, string> = { minimal: 'Minimal', significant: 'Significant', severe: 'Severe' };
export const RISK_SCORES = ['low', 'medium', 'high'] as const;
export type RiskScore = (typeof RISK_SCORES)[number];
export const RISK_SCORE_LABELS: Record<RiskScore, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const SIGN_OFF_OUTCOMES = ['approved', 'approved-with-conditions', 'not-approved'] as const;
export type SignOffOutcome = (typeof SIGN_OFF_OUTCOMES)[number];
export const SIGN_OFF_OUTCOME_LABELS: Record<SignOffOutcome, string> = { approved: 'Approved', 'approved-with-conditions': 'Approved with conditions', 'not-approved': 'Not approved' };

const id = z.string().min(1).max(100);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as YYYY-MM-DD');
const instant = z.string().max(40);
const version = z.number().int().min(1);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const person = z.object({ id: z.string(), name: z.string() }).nullable();

export const newDpiaBody = z.object({
  title: z.string().trim().min(1).max(200),
  /** The processing assessed: what is done with whose data, and why. */
  description: optionalText(20_000),
  /** Who answers for the DPIA, usually the Information Asset Owner: a person with a role in the organisation. */
  ownerId: id.nullable().optional(),
});
export type NewDpiaBody = z.infer<typeof newDpiaBody>;

export const dpiaChangeBody = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  description: optionalText(20_000),
  ownerId: id.nullable().optional(),
  /** Why the processing is needed and no more than needed (Art 35(7)(b)). */
  necessity: optionalText(20_000),
  /** Whom was asked (the people concerned, staff, suppliers) and what they said, or why nobody was. */
  consultation: optionalText(20_000),
  /** When the DPIA is next to be reviewed. */
  reviewOn: date.nullable().optional(),
  version,
});
export type DpiaChangeBody = z.infer<typeof dpiaChangeBody>;

/** The screening answers given (questions left out stay unanswered), and why no DPIA is needed when every answer is no. */
export const screeningBody = z.object({
  answers: z.partialRecord(z.enum(SCREENING_QUESTIONS), z.boolean()),
  notRequiredReason: optionalText(5_000),
  version,
});
export type ScreeningBody = z.infer<typeof screeningBody>;

export const riskBody = z.object({
  description: z.string().trim().min(1).max(5_000),
  likelihood: z.enum(RISK_LIKELIHOODS),
  severity: z.enum(RISK_SEVERITIES),
  /** What will be done to reduce the risk. */
  measures: optionalText(5_000),
  residualLikelihood: z.enum(RISK_LIKELIHOODS),
  residualSeverity: z.enum(RISK_SEVERITIES),
});
export type RiskBody = z.infer<typeof riskBody>;
/** The DPIA's risks, replacing those held. */
export const risksBody = z.object({ risks: z.array(riskBody).max(200), version });
export type RisksBody = z.infer<typeof risksBody>;

/** The assets and data flows the DPIA covers, replacing those held. */
export const linksBody = z.object({ assetIds: z.array(id).max(500), flowIds: z.array(id).max(500), version });
export type LinksBody = z.infer<typeof linksBody>;

export const adviceBody = z.object({ advice: z.string().trim().min(1).max(20_000), version });
export type AdviceBody = z.infer<typeof adviceBody>;

export const signOffBody = z.object({
  outcome: z.enum(SIGN_OFF_OUTCOMES),
  /** Required with approval with conditions. */
  conditions: optionalText(20_000),
  /** Required with approval: when the DPIA is next to be looked at. */
  reviewOn: date.nullable().optional(),
  version,
});
export type SignOffBody = z.infer<typeof signOffBody>;

export const dpiaRisk = riskBody.extend({ measures: z.string().nullable(), score: z.enum(RISK_SCORES), residualScore: z.enum(RISK_SCORES) });
export type DpiaRisk = z.infer<typeof dpiaRisk>;

/** An asset or a flow the DPIA covers; an archived one stays linked and says so. */
export const dpiaLink = z.object({ id: z.string(), name: z.string(), archived: z.boolean() });
export type DpiaLink = z.infer<typeof dpiaLink>;

export const dpiaDetail = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  owner: person,
  state: z.enum(DPIA_STATES),
  screening: z.object({
    answers: z.array(z.object({ question: z.enum(SCREENING_QUESTIONS), label: z.string(), answer: z.boolean().nullable() })),
    notRequiredReason: z.string().nullable(),
    /** What the answers say: still being answered, required, or not required (every answer no, with a reason). */
    outcome: z.enum(['incomplete', 'required', 'not-required']),
  }),
  necessity: z.string().nullable(),
  consultation: z.string().nullable(),
  assets: z.array(dpiaLink),
  flows: z.array(dpiaLink),
  risks: z.array(dpiaRisk),
  /** The assessment's own version: it moves when the screening, description, necessity, consultation, risks or links change. */
  assessmentVersion: z.number().int(),
  dpoAdvice: z
    .object({
      advice: z.string(),
      by: person,
      at: z.string(),
      /** True when the assessment changed after the advice was given: it was advice on an earlier version. */
      onEarlierVersion: z.boolean(),
    })
    .nullable(),
  signOff: z.object({ outcome: z.enum(SIGN_OFF_OUTCOMES), conditions: z.string().nullable(), by: person, at: z.string() }).nullable(),
  reviewOn: z.string().nullable(),
  flags: z.array(registerFlag),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: person,
  updatedAt: z.string(),
  updatedBy: person,
});
export type DpiaDetail = z.infer<typeof dpiaDetail>;
export const dpiaList = z.object({ asOf: z.string(), items: z.array(dpiaDetail) });
export type DpiaList = z.infer<typeof dpiaList>;

export const dpiaListQuery = z.object({
  state: z.enum(DPIA_STATES).optional(),
  assetId: id.optional(),
  flowId: id.optional(),
  asOf: instant.optional(),
});
export type DpiaListQuery = z.infer<typeof dpiaListQuery>;
