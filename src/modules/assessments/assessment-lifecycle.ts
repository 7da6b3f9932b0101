// Starting an assessment (fresh, or from last year's answers), changing its scope and due date, and
// moving it through its life: draft → in review → submitted (locked, with a snapshot) → archived.
import { randomUUID } from 'node:crypto';
import type { AssessmentChange, AssessmentSummary, NewAssessment } from '../../contract/assessments.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { conflictOnDuplicate } from '../../platform/db/unique-violation.js';
import { Conflict, NotFound, ValidationFailed } from '../../platform/errors.js';
import { getCatalogue, resolveCatalogue } from '../catalogues/service.js';
import type { AssessmentContext } from './assessment-context.js';
import { defaultStatusRule, invalidScope, loadFrame, scopeProblems, styleOf } from './assessment-frame.js';
import { loadWorkspaceViews } from './assessment-reading.js';
import { type AssessmentState, mayMove, STATE_LABELS, submissionProblems } from './domain/lifecycle.js';
import { levelAtSameHeight, NOT_APPLICABLE } from './domain/levels.js';
import { resolveResponse } from './domain/response-rules.js';
import { figuresToKeep } from './live-figures.js';
import { parse, stateOfRow } from './response-views.js';
import * as store from './store.js';

const STALE = 'Someone else changed this assessment since you loaded it. Reload it and try again.';

/** Starts an assessment of the organisation: every requirement in scope gets a response to fill. */
export async function createAssessment(ctx: AssessmentContext, orgId: string, input: NewAssessment): Promise<AssessmentSummary> {
  const { key, version } = await resolveCatalogue(ctx.db, input.catalogue);
  const catalogue = await getCatalogue(ctx.db, key, version);
  const statusRule = input.statusRule ?? defaultStatusRule(catalogue);
  const profile = input.profile === undefined ? 'organisation' : input.profile;
  const groups = input.implementationGroups ?? (catalogue.implementationGroups.length ? [catalogue.implementationGroups[0]!.id] : []);
  const problems = scopeProblems(catalogue, { implementationGroups: groups, profile, statusRule });
  const previous = input.fromAssessment ? await store.findAssessment(ctx.db, orgId, input.fromAssessment) : undefined;
  if (input.fromAssessment && !previous) problems.push({ field: 'fromAssessment', message: 'names no assessment of this organisation' });
  if (previous && previous.catalogue_key !== key) problems.push({ field: 'fromAssessment', message: `is an assessment of ${previous.catalogue_key}, not ${key}: answers carry forward within one framework` });
  if (problems.length) throw invalidScope(problems);

  const frame = await loadFrame(ctx.db, orgId, { key, version, profile, implementationGroups: groups });
  const id = randomUUID();
  const at = ctx.now.toISOString();
  const carried = previous ? new Map((await store.responsesOf(ctx.db, [previous.id])).map((r) => [r.node_ref, r])) : new Map<string, store.AssessmentResponseRow>();
  const previousFrame = previous
    ? await loadFrame(ctx.db, orgId, { key: previous.catalogue_key, version: previous.catalogue_version, profile: null, implementationGroups: [] })
    : null;

  const responses: store.NewResponse[] = frame.requirements.map((requirement) => {
    const before = carried.get(requirement.ref);
    const base = { assessment_id: id, node_ref: requirement.ref, version: 1, updated_at: at, updated_by: ctx.actor.userId, review_state: 'to-do' };
    if (!before) return { ...base, origin: null };
    // Last year's answer, carried onto this version's ladder; it needs a fresh look, so it is "in progress".
    const old = resolveResponse(stateOfRow(before), previousFrame!.byRef.get(requirement.ref) ?? { ...requirement, indicators: [] });
    const fromLevels = previousFrame!.byRef.get(requirement.ref)?.levels ?? requirement.levels;
    const chosen = old.level === NOT_APPLICABLE ? NOT_APPLICABLE : old.level ? levelAtSameHeight(fromLevels, old.level, requirement.levels) : null;
    const answers = requirement.indicators.length ? before.indicator_answers_json : null;
    const derived = resolveResponse({ ...stateOfRow(before), chosenLevel: null, indicatorAnswers: parse(answers, {}) }, requirement).derivedLevel;
    return {
      ...base,
      chosen_level: derived !== null && derived === chosen ? null : chosen,
      derived_level: derived,
      level: chosen ?? derived,
      not_applicable_reason: before.not_applicable_reason,
      override_reason: derived !== null && chosen !== null && derived !== chosen ? (before.override_reason ?? 'Carried forward from last year.') : null,
      indicator_answers_json: answers,
      dimensions_json: requirement.style === 'safeguard' ? before.dimensions_json : null,
      narrative: before.narrative,
      owner_id: before.owner_id,
      review_state: chosen || before.narrative ? 'in-progress' : 'to-do',
      origin: `carried:${previous!.id}`,
    };
  });

  await conflictOnDuplicate(
    () =>
      inTransaction(ctx.db, async (tx) => {
        await store.insertAssessment(tx, {
          id,
          org_id: orgId,
          catalogue_key: key,
          catalogue_version: version,
          title: input.title ?? defaultTitle(catalogue.shortName ?? catalogue.name, input.period),
          period: input.period,
          response_style: styleOf(catalogue.kind),
          implementation_groups_json: groups.length ? JSON.stringify(groups) : null,
          profile,
          status_rule_json: JSON.stringify(statusRule),
          due_on: input.dueOn ?? null,
          state: 'draft',
          previous_id: previous?.id ?? null,
          version: 1,
          created_at: at,
          created_by: ctx.actor.userId,
          updated_at: at,
          updated_by: ctx.actor.userId,
        });
        await store.insertResponses(tx, responses);
        if (previous) await carryEvidence(tx, ctx, previous.id, id, new Set(responses.filter((r) => r.origin).map((r) => r.node_ref)));
        await recordAudit(
          tx,
          ctx.actor,
          { action: 'assessment.create', entityType: 'assessment', entityId: id, orgId, after: { catalogue: `${key}@${version}`, period: input.period, profile, implementationGroups: groups, fromAssessment: previous?.id ?? null } },
          ctx.now,
        );
      }),
    `This organisation already has an assessment of ${key}@${version} for ${input.period}.`,
  );
  return (await loadWorkspaceViews(ctx.db, orgId, id, ctx.now, { suggestions: false })).summary;
}

async function carryEvidence(tx: Db, ctx: AssessmentContext, fromId: string, toId: string, refs: Set<string>): Promise<void> {
  for (const link of await store.evidenceLinksOf(tx, fromId)) {
    if (refs.has(link.node_ref)) await store.linkEvidence(tx, { assessment_id: toId, node_ref: link.node_ref, evidence_id: link.evidence_id, linked_at: ctx.now.toISOString(), linked_by: ctx.actor.userId });
  }
}

/** Changes the title, due date, profile or status rule; the scope of requirements is fixed at the start. */
export async function changeAssessment(ctx: AssessmentContext, orgId: string, id: string, change: AssessmentChange): Promise<AssessmentSummary> {
  await inTransaction(ctx.db, async (tx) => {
    const before = await getRow(tx, orgId, id);
    if (before.version !== change.version) throw new Conflict(STALE);
    if (before.state === 'submitted' || before.state === 'archived') throw new Conflict(`This assessment is ${STATE_LABELS[before.state as AssessmentState].toLowerCase()}: it can no longer be changed.`);
    const catalogue = await getCatalogue(tx, before.catalogue_key, before.catalogue_version);
    const problems = scopeProblems(catalogue, { profile: change.profile, statusRule: change.statusRule });
    if (problems.length) throw invalidScope(problems);
    const next: store.AssessmentChange = {
      ...(change.title !== undefined ? { title: change.title } : {}),
      ...(change.dueOn !== undefined ? { due_on: change.dueOn } : {}),
      ...(change.profile !== undefined ? { profile: change.profile } : {}),
      ...(change.statusRule !== undefined ? { status_rule_json: JSON.stringify(change.statusRule) } : {}),
      updated_at: ctx.now.toISOString(),
      updated_by: ctx.actor.userId,
    };
    if (!(await store.updateAssessment(tx, id, next, change.version))) throw new Conflict(STALE);
    await recordAudit(tx, ctx.actor, { action: 'assessment.update', entityType: 'assessment', entityId: id, orgId, before: pick(before, change), after: change }, ctx.now);
  });
  return (await loadWorkspaceViews(ctx.db, orgId, id, ctx.now, { suggestions: false })).summary;
}

/** Moves an assessment on (or back to draft from review). Submitting needs every outcome answered and keeps a snapshot. */
export async function moveAssessment(ctx: AssessmentContext, orgId: string, id: string, to: AssessmentState, version: number): Promise<AssessmentSummary> {
  // Worked out before the transaction, from the registers as they stand: a source's failure is left
  // out without touching the submission.
  const liveEvidence = to === 'submitted' ? await figuresToKeep(ctx.db, await getRow(ctx.db, orgId, id), ctx.now) : [];
  await inTransaction(ctx.db, async (tx) => {
    const before = await getRow(tx, orgId, id);
    if (before.version !== version) throw new Conflict(STALE);
    const from = before.state as AssessmentState;
    if (!mayMove(from, to)) throw new Conflict(`An assessment that is ${STATE_LABELS[from].toLowerCase()} cannot become ${STATE_LABELS[to].toLowerCase()}.`);
    const change: store.AssessmentChange = { state: to, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId };
    if (to === 'submitted') {
      const views = await loadWorkspaceViews(tx, orgId, id, ctx.now);
      const problems = submissionProblems(views.responses);
      if (problems.length) throw new ValidationFailed(`The assessment cannot be submitted yet: ${problems.length} ${problems.length === 1 ? 'outcome has' : 'outcomes have'} no level.`, problems);
      Object.assign(change, {
        submitted_at: ctx.now.toISOString(),
        submitted_by: ctx.actor.userId,
        snapshot_json: JSON.stringify({ submittedAt: ctx.now.toISOString(), summary: views.summary, responses: views.responses, liveEvidence }),
      });
    }
    if (!(await store.updateAssessment(tx, id, change, version))) throw new Conflict(STALE);
    await recordAudit(tx, ctx.actor, { action: to === 'draft' ? 'assessment.reopen' : to === 'in-review' ? 'assessment.in-review' : to === 'submitted' ? 'assessment.submitted' : 'assessment.archived', entityType: 'assessment', entityId: id, orgId, before: { state: from }, after: { state: to } }, ctx.now);
  });
  return (await loadWorkspaceViews(ctx.db, orgId, id, ctx.now, { suggestions: false })).summary;
}

/** "DSPT 2025-26" when the catalogue's name already says the period, else "CAF 4.0 (2026-27)". */
export function defaultTitle(name: string, period: string): string {
  return name.includes(period) ? name : `${name} (${period})`;
}

export async function getRow(db: Db, orgId: string, id: string): Promise<store.AssessmentRow> {
  const row = await store.findAssessment(db, orgId, id);
  if (!row) throw new NotFound('There is no such assessment in this organisation.');
  return row;
}

function pick(row: store.AssessmentRow, change: AssessmentChange): Record<string, unknown> {
  return {
    ...(change.title !== undefined ? { title: row.title } : {}),
    ...(change.dueOn !== undefined ? { dueOn: row.due_on } : {}),
    ...(change.profile !== undefined ? { profile: row.profile } : {}),
    ...(change.statusRule !== undefined ? { statusRule: parse(row.status_rule_json, null) } : {}),
  };
}
