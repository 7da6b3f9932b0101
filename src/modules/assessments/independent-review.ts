// The independent review: an auditor's own level per outcome beside the self-assessment, and their
// overall assurance opinion. It never changes the organisation's own answers.
import type { Workspace } from '../../contract/assessments.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, NotFound, ValidationFailed } from '../../platform/errors.js';
import type { AssessmentContext } from './assessment-context.js';
import { getRow } from './assessment-lifecycle.js';
import { frameOf } from './assessment-reading.js';
import { type AssessmentState, reviewOpen, STATE_LABELS } from './domain/lifecycle.js';
import { NOT_APPLICABLE } from './domain/levels.js';
import * as store from './store.js';

export const REVIEW_OPINION_LABELS = {
  substantial: 'Substantial assurance',
  moderate: 'Moderate assurance',
  limited: 'Limited assurance',
  unsatisfactory: 'Unsatisfactory',
} as const;

type ReviewInput = { version: number; reviewer?: string | null; opinion?: keyof typeof REVIEW_OPINION_LABELS | null; summary?: string | null };

/** Records the reviewer's overall opinion (optimistic lock: 0 for the first save). */
export async function saveReview(ctx: AssessmentContext, orgId: string, id: string, input: ReviewInput): Promise<NonNullable<Workspace['review']>> {
  return inTransaction(ctx.db, async (tx) => {
    await openForReview(tx, orgId, id);
    const before = await store.findReview(tx, id);
    if ((before?.version ?? 0) !== input.version) throw new Conflict('Someone else changed the review since you loaded it. Reload it and try again.');
    const row: store.AssessmentReviewRow = {
      assessment_id: id,
      reviewer: input.reviewer !== undefined ? input.reviewer : (before?.reviewer ?? null),
      opinion: input.opinion !== undefined ? input.opinion : (before?.opinion ?? null),
      summary: input.summary !== undefined ? input.summary : (before?.summary ?? null),
      version: input.version + 1,
      updated_at: ctx.now.toISOString(),
      updated_by: ctx.actor.userId,
    };
    if (!before) await store.insertReview(tx, row);
    else if (!(await store.updateReview(tx, row, input.version))) throw new Conflict('Someone else changed the review since you loaded it. Reload it and try again.');
    await recordAudit(tx, ctx.actor, { action: 'assessment.review', entityType: 'assessment', entityId: id, orgId, ...(before ? { before: { opinion: before.opinion, summary: before.summary } } : {}), after: { opinion: row.opinion, summary: row.summary } }, ctx.now);
    return { reviewer: row.reviewer, opinion: row.opinion as keyof typeof REVIEW_OPINION_LABELS | null, summary: row.summary, version: row.version, updatedAt: row.updated_at };
  });
}

/** Records (or, with null, removes) the reviewer's level for one outcome. */
export async function saveReviewLevel(ctx: AssessmentContext, orgId: string, id: string, ref: string, input: { level: string | null; note?: string | null }): Promise<{ ref: string; level: string | null; note: string | null }> {
  return inTransaction(ctx.db, async (tx) => {
    const assessment = await openForReview(tx, orgId, id);
    const requirement = (await frameOf(tx, assessment)).byRef.get(ref);
    if (!requirement) throw new NotFound(`${ref} is not a requirement of this assessment.`);
    if (input.level === null) {
      await store.removeReviewLevel(tx, id, ref);
    } else {
      if (input.level !== NOT_APPLICABLE && !requirement.levels.includes(input.level)) {
        throw new ValidationFailed('The review level was not saved.', [{ field: 'level', message: `is not a level of ${ref}: use ${[...requirement.levels, NOT_APPLICABLE].join(', ')}` }]);
      }
      await store.saveReviewLevel(tx, { assessment_id: id, node_ref: ref, level: input.level, note: input.note ?? null, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId });
    }
    await recordAudit(tx, ctx.actor, { action: 'assessment.review-level', entityType: 'assessment-response', entityId: `${id}:${ref}`, orgId, after: { level: input.level, note: input.note ?? null } }, ctx.now);
    return { ref, level: input.level, note: input.level === null ? null : (input.note ?? null) };
  });
}

async function openForReview(tx: AssessmentContext['db'], orgId: string, id: string) {
  const assessment = await getRow(tx, orgId, id);
  const state = assessment.state as AssessmentState;
  if (!reviewOpen(state)) throw new Conflict(`An independent review is recorded once the assessment is in review or submitted; this one is ${STATE_LABELS[state].toLowerCase()}.`);
  return assessment;
}
