// The API contract for assessments: an organisation's self-assessment against a catalogue for a
// period, its responses, suggestions through crosswalks, independent review and maturity views.
import { z } from 'zod';
import { liveEvidenceBasis, liveFigure } from './live-evidence.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as YYYY-MM-DD');
const levelCount = z.record(z.string(), z.number());

export const assessmentStates = z.enum(['draft', 'in-review', 'submitted', 'archived']);
export const reviewStates = z.enum(['to-do', 'in-progress', 'ready-for-review', 'agreed']);
export const responseStyles = z.enum(['outcome', 'safeguard', 'checklist']);
export const reviewOpinions = z.enum(['substantial', 'moderate', 'limited', 'unsatisfactory']);
export const indicatorAnswer = z.enum(['yes', 'no', 'not-applicable']);

const person = z.object({ id: z.string(), name: z.string() }).nullable();

export const assessmentStatus = z.object({
  state: z.enum(['met', 'below', 'incomplete']),
  labelId: z.string(),
  /** The label the organisation uses for labelId (e.g. Standards Met). */
  label: z.string(),
  provisional: z.boolean(),
  outcomes: z.number(),
  meets: z.number(),
  below: z.number(),
  unanswered: z.number(),
  noTarget: z.number(),
});
export type AssessmentStatusView = z.infer<typeof assessmentStatus>;

export const progress = z.object({
  outcomes: z.number(),
  answered: z.number(),
  agreed: z.number(),
  readyForReview: z.number(),
  overdue: z.number(),
  byLevel: levelCount,
});

export const assessmentSummary = z.object({
  id: z.string(),
  orgId: z.string(),
  title: z.string(),
  period: z.string(),
  catalogue: z.object({ key: z.string(), version: z.string(), ref: z.string(), name: z.string(), shortName: z.string().nullable() }),
  style: responseStyles,
  implementationGroups: z.array(z.string()),
  /** 'organisation' (its own expected levels), a catalogue profile id, or null. */
  profile: z.string().nullable(),
  statusRule: z.object({ met: z.string(), below: z.string() }),
  dueOn: date.nullable(),
  /** Days from the as-of date to dueOn (negative once past). */
  daysLeft: z.number().nullable(),
  state: assessmentStates,
  previousId: z.string().nullable(),
  submittedAt: z.string().nullable(),
  progress,
  status: assessmentStatus,
  version: z.number(),
  updatedAt: z.string(),
});
export type AssessmentSummary = z.infer<typeof assessmentSummary>;

export const assessmentList = z.object({ assessments: z.array(assessmentSummary) });

export const newAssessmentBody = z.object({
  /** key@version, e.g. dspt@2025-26. */
  catalogue: z.string().max(100),
  period: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(200).optional(),
  dueOn: date.optional(),
  implementationGroups: z.array(z.string().max(63)).max(10).optional(),
  profile: z.string().max(63).nullable().optional(),
  statusRule: z.object({ met: z.string().max(63), below: z.string().max(63) }).optional(),
  /** Carry answers, owners and evidence forward from this earlier assessment. */
  fromAssessment: z.string().max(64).optional(),
});
export type NewAssessment = z.infer<typeof newAssessmentBody>;

export const assessmentChangeBody = z.object({
  version: z.number().int().min(0),
  title: z.string().trim().min(1).max(200).optional(),
  dueOn: date.nullable().optional(),
  profile: z.string().max(63).nullable().optional(),
  statusRule: z.object({ met: z.string().max(63), below: z.string().max(63) }).optional(),
});
export type AssessmentChange = z.infer<typeof assessmentChangeBody>;

export const stateChangeBody = z.object({ version: z.number().int().min(0), to: assessmentStates });

export const evidenceRef = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  state: z.string(),
  expiresOn: z.string().nullable(),
  currentVersion: z.number(),
  fileName: z.string().nullable(),
  url: z.string().nullable(),
});
export type EvidenceRef = z.infer<typeof evidenceRef>;

export const suggestion = z.object({
  /** The assessment and requirement the answer comes from. */
  assessmentId: z.string(),
  assessmentTitle: z.string(),
  catalogue: z.string(),
  sourceRef: z.string(),
  sourceTitle: z.string().nullable(),
  relation: z.enum(['equal', 'subset', 'superset', 'intersects', 'related']),
  /** The relation in words, read from the source to this requirement. */
  relationWords: z.string(),
  sourceLevel: z.string().nullable(),
  level: z.string().nullable(),
  qualifier: z.enum(['same', 'at-least', 'at-most', 'none']),
  narrative: z.string().nullable(),
  evidence: z.number(),
});
export type Suggestion = z.infer<typeof suggestion>;

export const responseView = z.object({
  ref: z.string(),
  title: z.string(),
  parentRef: z.string().nullable(),
  levels: z.array(z.string()),
  implementationGroups: z.array(z.string()),
  /** The level that counts: the one chosen, else the one the indicators or dimensions imply. */
  level: z.string().nullable(),
  chosenLevel: z.string().nullable(),
  derivedLevel: z.string().nullable(),
  overridden: z.boolean(),
  overrideReason: z.string().nullable(),
  notApplicableReason: z.string().nullable(),
  indicatorAnswers: z.record(z.string(), indicatorAnswer),
  dimensions: z.record(z.string(), z.number()),
  narrative: z.string().nullable(),
  owner: person,
  dueOn: date.nullable(),
  overdue: z.boolean(),
  reviewState: reviewStates,
  origin: z.string().nullable(),
  expected: z.string().nullable(),
  standing: z.enum(['meets', 'below', 'unanswered', 'no-target']),
  rungsBelow: z.number(),
  evidence: z.array(evidenceRef),
  suggestions: z.number(),
  review: z.object({ level: z.string(), note: z.string().nullable() }).nullable(),
  divergence: z.enum(['agrees', 'review-lower', 'review-higher', 'not-reviewed', 'self-unanswered', 'applicability']),
  version: z.number(),
  updatedAt: z.string(),
  updatedBy: person,
});
export type ResponseView = z.infer<typeof responseView>;

export const levelLabel = z.object({ id: z.string(), label: z.string() });

export const workspace = z.object({
  assessment: assessmentSummary,
  levels: z.array(levelLabel),
  statusLabels: z.array(levelLabel),
  outline: z.array(z.object({ ref: z.string(), parentRef: z.string().nullable(), title: z.string(), type: z.string() })),
  responses: z.array(responseView),
  owners: z.array(z.object({ id: z.string(), name: z.string() })),
  review: z
    .object({ reviewer: z.string().nullable(), opinion: reviewOpinions.nullable(), summary: z.string().nullable(), version: z.number(), updatedAt: z.string() })
    .nullable(),
  divergence: z.record(z.string(), z.number()),
  /** Outcome ref → how many live figures it has that the viewer may see (outcomes with none are absent). */
  liveFigures: z.record(z.string(), z.number()),
  /** What the viewer may do here. */
  can: z.object({ manage: z.boolean(), respond: z.boolean(), review: z.boolean(), agree: z.boolean() }),
});
export type Workspace = z.infer<typeof workspace>;

export const indicatorView = z.object({
  ref: z.string(),
  level: z.enum(['not-achieved', 'partially-achieved', 'achieved']),
  title: z.string(),
  /** The publisher's statement, when this installation imported it. */
  statement: z.string().nullable(),
  answer: indicatorAnswer.nullable(),
});

export const outcomeDetail = z.object({
  assessment: z.object({ id: z.string(), title: z.string(), state: assessmentStates, style: responseStyles, version: z.number() }),
  node: z.object({ ref: z.string(), title: z.string(), description: z.string().nullable(), guidance: z.string().nullable(), officialText: z.string().nullable() }),
  response: responseView,
  indicators: z.array(indicatorView),
  indicatorVerdict: z.object({ level: z.string().nullable(), answered: z.number(), unanswered: z.number(), because: z.string() }).nullable(),
  dimensionScales: z.array(z.object({ id: z.string(), label: z.string(), steps: z.array(z.string()) })),
  suggestions: z.array(suggestion),
  previous: z.object({ assessmentId: z.string(), title: z.string(), level: z.string().nullable(), narrative: z.string().nullable() }).nullable(),
  levels: z.array(levelLabel),
  prevRef: z.string().nullable(),
  nextRef: z.string().nullable(),
  /** Figures from Bulwark's registers on this outcome, from the sources the reader may read. */
  liveEvidence: z.array(liveFigure),
  /** The instant they are for, and why: see the contract for live evidence. */
  liveEvidenceBasis,
});
export type OutcomeDetail = z.infer<typeof outcomeDetail>;

export const responseChangeBody = z.object({
  version: z.number().int().min(0),
  level: z.string().max(63).nullable().optional(),
  notApplicableReason: z.string().max(4000).nullable().optional(),
  overrideReason: z.string().max(4000).nullable().optional(),
  indicatorAnswers: z.record(z.string().max(64), indicatorAnswer.nullable()).optional(),
  dimensions: z.record(z.string().max(20), z.number().int().nullable()).optional(),
  narrative: z.string().max(20000).nullable().optional(),
  ownerId: z.string().max(64).nullable().optional(),
  dueOn: date.nullable().optional(),
  reviewState: reviewStates.optional(),
});
export type ResponseChangeBody = z.infer<typeof responseChangeBody>;

export const evidenceLinkBody = z.object({ evidenceId: z.string().max(64) });
export const acceptSuggestionBody = z.object({ version: z.number().int().min(0), fromAssessment: z.string().max(64), sourceRef: z.string().max(64) });

export const reviewBody = z.object({
  version: z.number().int().min(0),
  reviewer: z.string().trim().max(200).nullable().optional(),
  opinion: reviewOpinions.nullable().optional(),
  summary: z.string().max(20000).nullable().optional(),
});
export const reviewLevelBody = z.object({ level: z.string().max(63).nullable(), note: z.string().max(4000).nullable().optional() });

export const heatmap = z.object({
  levels: z.array(levelLabel),
  rows: z.array(
    z.object({
      objective: z.object({ ref: z.string(), title: z.string() }).nullable(),
      principle: z.object({ ref: z.string(), title: z.string() }),
      cells: z.array(z.object({ ref: z.string(), level: z.string().nullable(), height: z.number().nullable(), standing: z.string(), rungsBelow: z.number() })),
      below: z.number(),
    }),
  ),
  coverage: z.array(
    z.object({
      group: z.string(),
      label: z.string(),
      safeguards: z.number(),
      notApplicable: z.number(),
      implemented: z.number(),
      partly: z.number(),
      notImplemented: z.number(),
      unanswered: z.number(),
      coverage: z.number().nullable(),
      meanScore: z.number().nullable(),
    }),
  ),
});
export type Heatmap = z.infer<typeof heatmap>;

export const comparison = z.object({
  assessment: z.object({ id: z.string(), title: z.string(), period: z.string() }),
  other: z.object({ id: z.string(), title: z.string(), period: z.string(), kind: z.enum(['previous', 'review']) }).nullable(),
  rows: z.array(z.object({ ref: z.string(), title: z.string(), levels: z.array(z.string()), level: z.string().nullable(), otherLevel: z.string().nullable(), change: z.enum(['same', 'up', 'down', 'new', 'not-compared']), note: z.string().nullable() })),
  summary: levelCount,
});
export type Comparison = z.infer<typeof comparison>;

export const trend = z.object({
  catalogue: z.string(),
  points: z.array(z.object({ assessmentId: z.string(), period: z.string(), catalogue: z.string(), state: assessmentStates, outcomes: z.number(), meets: z.number(), below: z.number(), unanswered: z.number(), byLevel: levelCount, status: z.string() })),
});
export type Trend = z.infer<typeof trend>;

export const myWorkItem = z.object({
  assessmentId: z.string(),
  assessmentTitle: z.string(),
  ref: z.string(),
  title: z.string(),
  level: z.string().nullable(),
  reviewState: reviewStates,
  dueOn: date.nullable(),
  overdue: z.boolean(),
  daysLeft: z.number().nullable(),
});
export const myWork = z.object({ items: z.array(myWorkItem) });
export type MyWorkItem = z.infer<typeof myWorkItem>;

export const evidenceUses = z.object({ uses: z.array(z.object({ assessmentId: z.string(), title: z.string(), period: z.string(), state: assessmentStates, ref: z.string() })) });

export const dashboard = z.object({
  asOf: z.string(),
  /** Assessments still being worked on (draft or in review), with progress, status and days left. */
  assessments: z.array(assessmentSummary),
  /** The most recent submitted ones. */
  submitted: z.array(assessmentSummary),
  /** Outcomes past their due date and not agreed, across the open assessments. */
  overdue: z.number(),
  expiringEvidence: z.array(z.object({ id: z.string(), title: z.string(), state: z.string(), expiresOn: z.string().nullable(), ownerName: z.string().nullable() })),
  myWork: z.array(myWorkItem),
});
export type Dashboard = z.infer<typeof dashboard>;
