// Answering: saving a change to one response (version-checked, so two people never silently
// overwrite each other), linking evidence, and accepting a suggestion from another framework.
import type { ResponseChangeBody, ResponseView } from '../../contract/assessments.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, Forbidden, NotFound, StaleChange, ValidationFailed } from '../../platform/errors.js';
import { isMember, peopleByIds } from '../accounts/service.js';
import { evidenceInOrg } from '../evidence/service.js';
import type { AssessmentContext } from './assessment-context.js';
import { getRow } from './assessment-lifecycle.js';
import { frameOf, loadWorkspaceViews } from './assessment-reading.js';
import { type AssessmentState, responsesOpen, STATE_LABELS } from './domain/lifecycle.js';
import { applyResponseChange, type ResolvedResponse } from './domain/response-rules.js';
import { acceptanceSetsLevel } from './domain/suggestions.js';
import { stateOfRow } from './response-views.js';
import * as store from './store.js';

/** Saves a change to one response; 409 with the current answer when someone changed it since `version`. */
export async function saveResponse(ctx: AssessmentContext, orgId: string, id: string, ref: string, change: ResponseChangeBody): Promise<ResponseView> {
  await inTransaction(ctx.db, async (tx) => {
    const { assessment, row, requirement } = await openResponse(tx, ctx, orgId, id, ref);
    if (row.version !== change.version) await refuseStale(tx, ctx, orgId, id, ref, row);
    const { version: _, ...fields } = change;
    if (fields.reviewState === 'agreed' && ctx.abilities && !ctx.abilities.agree) throw new Forbidden('Only the leads may mark an outcome agreed.');
    if (fields.ownerId && !(await isMember(tx, orgId, fields.ownerId))) {
      throw new ValidationFailed('The response was not saved.', [{ field: 'ownerId', message: 'must be someone with a role in this organisation' }]);
    }
    const result = applyResponseChange(stateOfRow(row), fields, requirement);
    if (!result.ok) throw new ValidationFailed(`${ref} was not saved: ${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'}.`, result.problems);
    await writeResponse(tx, ctx, assessment, ref, row, result.next, row.origin && !fields.level && !fields.narrative ? row.origin : null);
  });
  return responseNow(ctx, orgId, id, ref);
}

/** Links an evidence item of the organisation to a response; linking it twice changes nothing. */
export async function linkEvidence(ctx: AssessmentContext, orgId: string, id: string, ref: string, evidenceId: string): Promise<ResponseView> {
  await inTransaction(ctx.db, async (tx) => {
    await openResponse(tx, ctx, orgId, id, ref);
    const [item] = await evidenceInOrg(tx, orgId, [evidenceId], ctx.now);
    if (!item) throw new ValidationFailed('The evidence was not linked.', [{ field: 'evidenceId', message: 'names no evidence in this organisation’s library' }]);
    if (await store.linkEvidence(tx, { assessment_id: id, node_ref: ref, evidence_id: evidenceId, linked_at: ctx.now.toISOString(), linked_by: ctx.actor.userId })) {
      await recordAudit(tx, ctx.actor, { action: 'assessment.evidence-link', entityType: 'assessment-response', entityId: `${id}:${ref}`, orgId, after: { evidence: evidenceId, title: item.title } }, ctx.now);
    }
  });
  return responseNow(ctx, orgId, id, ref);
}

export async function unlinkEvidence(ctx: AssessmentContext, orgId: string, id: string, ref: string, evidenceId: string): Promise<ResponseView> {
  await inTransaction(ctx.db, async (tx) => {
    await openResponse(tx, ctx, orgId, id, ref);
    if (!(await store.unlinkEvidence(tx, id, ref, evidenceId))) throw new NotFound('That evidence is not linked to this response.');
    await recordAudit(tx, ctx.actor, { action: 'assessment.evidence-unlink', entityType: 'assessment-response', entityId: `${id}:${ref}`, orgId, before: { evidence: evidenceId } }, ctx.now);
  });
  return responseNow(ctx, orgId, id, ref);
}

/** Accepts a suggestion in one step: its level where the relation carries one, its narrative where there is none yet, and its evidence. */
export async function acceptSuggestion(ctx: AssessmentContext, orgId: string, id: string, ref: string, input: { version: number; fromAssessment: string; sourceRef: string }): Promise<ResponseView> {
  const views = await loadWorkspaceViews(ctx.db, orgId, id, ctx.now);
  const suggestion = views.suggestions.get(ref)?.find((s) => s.assessmentId === input.fromAssessment && s.sourceRef === input.sourceRef);
  if (!suggestion) throw new NotFound(`There is no such suggestion for ${ref}: the other answer may have changed. Reload the outcome.`);
  await inTransaction(ctx.db, async (tx) => {
    const { assessment, row, requirement } = await openResponse(tx, ctx, orgId, id, ref);
    if (row.version !== input.version) await refuseStale(tx, ctx, orgId, id, ref, row);
    const current = stateOfRow(row);
    const change = {
      ...(acceptanceSetsLevel(suggestion) ? { level: suggestion.level } : {}),
      ...(!current.narrative && suggestion.narrative ? { narrative: suggestion.narrative } : {}),
    };
    const result = applyResponseChange(current, change, requirement);
    if (!result.ok) throw new ValidationFailed(`The suggestion for ${ref} could not be accepted: ${result.problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`, result.problems);
    await writeResponse(tx, ctx, assessment, ref, row, result.next, `suggestion:${suggestion.catalogue}:${suggestion.sourceRef}:${suggestion.relation}`);
    for (const link of (await store.evidenceLinksOf(tx, suggestion.assessmentId)).filter((l) => l.node_ref === suggestion.sourceRef)) {
      await store.linkEvidence(tx, { assessment_id: id, node_ref: ref, evidence_id: link.evidence_id, linked_at: ctx.now.toISOString(), linked_by: ctx.actor.userId });
    }
  });
  return responseNow(ctx, orgId, id, ref);
}

async function openResponse(tx: Db, ctx: AssessmentContext, orgId: string, id: string, ref: string) {
  const assessment = await getRow(tx, orgId, id);
  const state = assessment.state as AssessmentState;
  if (!responsesOpen(state)) throw new Conflict(`This assessment is ${STATE_LABELS[state].toLowerCase()}: its responses can no longer change.`);
  const row = await store.findResponse(tx, id, ref);
  const frame = await frameOf(tx, assessment);
  const requirement = frame.byRef.get(ref);
  if (!row || !requirement) throw new NotFound(`${ref} is not a requirement of this assessment.`);
  if (ctx.abilities && !ctx.abilities.respondAny && row.owner_id !== ctx.actor.userId) {
    throw new Forbidden(`${ref} is assigned to someone else: you may answer only the outcomes assigned to you.`);
  }
  return { assessment, row, requirement };
}

async function writeResponse(tx: Db, ctx: AssessmentContext, assessment: store.AssessmentRow, ref: string, before: store.AssessmentResponseRow, next: ResolvedResponse, origin: string | null): Promise<void> {
  const change: store.ResponseChange = {
    chosen_level: next.chosenLevel,
    derived_level: next.derivedLevel,
    level: next.level,
    not_applicable_reason: next.notApplicableReason,
    override_reason: next.overrideReason,
    indicator_answers_json: Object.keys(next.indicatorAnswers).length ? JSON.stringify(next.indicatorAnswers) : null,
    dimensions_json: Object.keys(next.dimensions).length ? JSON.stringify(next.dimensions) : null,
    narrative: next.narrative,
    owner_id: next.ownerId,
    due_on: next.dueOn,
    review_state: next.reviewState,
    origin,
    updated_at: ctx.now.toISOString(),
    updated_by: ctx.actor.userId,
  };
  if (!(await store.updateResponse(tx, assessment.id, ref, change, before.version))) await refuseStale(tx, ctx, assessment.org_id, assessment.id, ref, before);
  const was = stateOfRow(before);
  await recordAudit(
    tx,
    ctx.actor,
    { action: 'assessment.respond', entityType: 'assessment-response', entityId: `${assessment.id}:${ref}`, orgId: assessment.org_id, before: { ...was, level: before.level }, after: { ...next } },
    ctx.now,
  );
}

/** Refuses a stale change, naming who changed the response and when, with the answer as it now stands. */
async function refuseStale(tx: Db, ctx: AssessmentContext, orgId: string, id: string, ref: string, read: store.AssessmentResponseRow): Promise<never> {
  const latest = (await store.findResponse(tx, id, ref)) ?? read;
  const [who] = latest.updated_by ? await peopleByIds(tx, [latest.updated_by]) : [];
  const name = who?.name ?? 'Someone else';
  const when = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(latest.updated_at));
  const current = (await loadWorkspaceViews(tx, orgId, id, ctx.now)).responses.find((r) => r.ref === ref) ?? null;
  throw new StaleChange(
    `${name} changed ${ref} at ${when}, after you opened it. Your change was not saved: compare it with theirs below, then save again if yours should stand.`,
    current,
    name,
    latest.updated_at,
  );
}

async function responseNow(ctx: AssessmentContext, orgId: string, id: string, ref: string): Promise<ResponseView> {
  const views = await loadWorkspaceViews(ctx.db, orgId, id, ctx.now);
  return views.responses.find((r) => r.ref === ref)!;
}
