// The API contract for access-review campaigns: a campaign over a scope of directory accounts, each
// account an item for one reviewer to keep, revoke or change with a reason; the completion figures; the
// actions revocations and changes become; and the answers a campaign page and a reviewer's own list read.
import { z } from 'zod';
import { ACCOUNT_KINDS, FINDING_KEYS } from './directory.js';

export const REVIEW_STATES = ['draft', 'open', 'closed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Who reviews each account: its owner's line manager, the Information Asset Owner of the asset named in the scope, or one named person. */
export const REVIEWER_RULES = ['line-manager', 'information-asset-owner', 'person'] as const;
export type ReviewerRule = (typeof REVIEWER_RULES)[number];

/** How an item's reviewer was found; fallback when the rule found nobody and the person who started the campaign has it. */
export const REVIEWER_VIAS = ['line-manager', 'information-asset-owner', 'person', 'fallback'] as const;
export type ReviewerVia = (typeof REVIEWER_VIAS)[number];

export const REVIEW_DECISIONS = ['keep', 'revoke', 'change'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const ACTION_STATES = ['open', 'closed'] as const;

const id = z.string().min(1).max(64);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const reviewScope = z.object({
  /** One directory's accounts; all the organisation's directories when absent. */
  directoryId: id.nullable().default(null),
  /** A group's DN (any case and spacing), or its name. */
  group: z.string().trim().min(1).max(500).nullable().default(null),
  privileged: z.boolean().default(false),
  /** Only the accounts in this finding on the day the campaign starts (start a review from a finding). */
  finding: z.enum(FINDING_KEYS).nullable().default(null),
  /** The information asset the accounts give access to: its owner reviews under the information-asset-owner rule. */
  assetId: id.nullable().default(null),
});
export type ReviewScope = z.infer<typeof reviewScope>;

export const reviewBody = z.object({
  name: z.string().trim().min(1).max(200),
  scope: reviewScope,
  reviewerRule: z.enum(REVIEWER_RULES),
  /** The named reviewer, for the person rule. */
  reviewerId: id.nullable().default(null),
  dueOn: day,
});
export type ReviewBody = z.infer<typeof reviewBody>;

export const versionBody = z.object({ version: z.number().int().min(1) });
export const reviewChangeBody = reviewBody.extend({ version: z.number().int().min(1) });

export const person = z.object({ id: z.string(), name: z.string() });

/** The information asset named in the scope, with its Information Asset Owner as the register has them now (an account here, or a name alone). */
export const reviewAsset = z.object({ id: z.string(), name: z.string(), owner: z.object({ id: z.string().nullable(), name: z.string() }).nullable() });
export type ReviewAsset = z.infer<typeof reviewAsset>;

export const reviewerFigures = z.object({
  reviewer: person,
  items: z.number(),
  outstanding: z.number(),
  /** Items that came to this reviewer because the rule found nobody for them. */
  unassigned: z.number(),
});

export const reviewFigures = z.object({
  items: z.number(),
  decided: z.number(),
  outstanding: z.number(),
  byDecision: z.object({ keep: z.number(), revoke: z.number(), change: z.number() }),
  /** Items whose reviewer the rule could not find, given to the person who started the campaign. */
  unassigned: z.number(),
  /** Outstanding items after the due date, on the as-of day (0 before it). */
  overdue: z.number(),
  /** Whole per cent decided; 0 for a campaign with no items. */
  percentDecided: z.number(),
  byReviewer: z.array(reviewerFigures),
});
export type ReviewFigures = z.infer<typeof reviewFigures>;

export const review = z.object({
  id: z.string(),
  name: z.string(),
  scope: reviewScope,
  reviewerRule: z.enum(REVIEWER_RULES),
  reviewer: person.nullable(),
  /** The asset named in the scope (null when none is, or it is no longer in the register). */
  asset: reviewAsset.nullable(),
  dueOn: z.string(),
  state: z.enum(REVIEW_STATES),
  startedBy: person.nullable(),
  startedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number(),
  asOf: z.string(),
  /** Whether the reader sees every item (campaign owners and auditors) or only their own. */
  seesAll: z.boolean(),
  /** Of every item for those who see all; of the reader's own items otherwise. */
  figures: reviewFigures,
});
export type Review = z.infer<typeof review>;
export const reviewList = z.object({ items: z.array(review) });

export const reviewItem = z.object({
  id: z.string(),
  reviewId: z.string(),
  reviewName: z.string(),
  dueOn: z.string(),
  account: z.object({
    id: z.string(),
    name: z.string(),
    displayName: z.string().nullable(),
    directory: z.object({ id: z.string(), name: z.string() }),
    kind: z.enum(ACCOUNT_KINDS),
    privileged: z.boolean(),
    groups: z.array(z.string()),
    lastLogonAt: z.string().nullable(),
    enabled: z.boolean(),
  }),
  owner: z.object({ employeeNumber: z.string(), name: z.string().nullable() }).nullable(),
  reviewer: person,
  reviewerVia: z.enum(REVIEWER_VIAS),
  decision: z.enum(REVIEW_DECISIONS).nullable(),
  reason: z.string().nullable(),
  decidedBy: person.nullable(),
  decidedAt: z.string().nullable(),
  version: z.number(),
});
export type ReviewItem = z.infer<typeof reviewItem>;

export const itemsQuery = z.object({
  reviewer: id.optional(),
  state: z.enum(['all', 'outstanding', 'decided']).default('all'),
});
export const itemList = z.object({ total: z.number(), items: z.array(reviewItem) });

/** A reviewer's own items across the open campaigns, outstanding first. */
export const myItems = z.object({ asOf: z.string(), outstanding: z.number(), overdue: z.number(), items: z.array(reviewItem) });

export const decisionBody = z.object({
  decision: z.enum(REVIEW_DECISIONS),
  reason: z.string().trim().max(2000).nullable().default(null),
  version: z.number().int().min(1),
});
export type DecisionBody = z.infer<typeof decisionBody>;

export const reviewAction = z.object({
  id: z.string(),
  reviewId: z.string(),
  itemId: z.string(),
  account: z.object({ id: z.string(), name: z.string(), directoryName: z.string() }),
  decision: z.enum(['revoke', 'change']),
  reason: z.string(),
  owner: person.nullable(),
  dueOn: z.string(),
  state: z.enum(ACTION_STATES),
  closedAt: z.string().nullable(),
  closedReason: z.string().nullable(),
  version: z.number(),
});
export type ReviewAction = z.infer<typeof reviewAction>;
export const actionList = z.object({ items: z.array(reviewAction) });
export const actionsQuery = z.object({ state: z.enum(['open', 'closed', 'all']).default('all'), review: id.optional() });
export const closeActionBody = z.object({ reason: z.string().trim().min(1).max(2000), version: z.number().int().min(1) });

export const reminderOutcome = z.object({
  /** not-configured when this installation sends no email. */
  skipped: z.enum(['not-configured']).nullable(),
  emailed: z.number(),
  items: z.number(),
  /** Reviewers with outstanding items already reminded today. */
  alreadyToday: z.number(),
});
export type ReminderOutcome = z.infer<typeof reminderOutcome>;
export type ItemListQuery = z.infer<typeof itemsQuery>;
export type ActionsQuery = z.infer<typeof actionsQuery>;
export type CloseActionBody = z.infer<typeof closeActionBody>;
