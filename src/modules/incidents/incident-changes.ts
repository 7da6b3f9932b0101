// Changing the register: recording an incident, changing its details, adding to its timeline and
// correcting it, recording a notification, the lessons learned and their actions, linking evidence.
// Each change is checked, stored and recorded in the audit trail in one transaction, and a change made
// against a stale version is refused with the current record rather than overwriting a colleague's.
import { randomUUID } from 'node:crypto';
import {
  type ActionBody,
  type ActionChangeBody,
  type CorrectionBody,
  type IncidentChangeBody,
  type IncidentDetail,
  MILESTONE_LABELS,
  MILESTONES,
  type Milestone,
  type TimelineKind,
  type NewIncidentBody,
  type NotificationBody,
  type ReviewBody,
  type TimelineEntryBody,
} from '../../contract/incidents.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { IncidentRow, NewIncidentRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, type FieldProblem, NotFound, refuseIfAny, ValidationFailed } from '../../platform/errors.js';
import { parseInstant } from '../../platform/as-of.js';
import * as accounts from '../accounts/service.js';
import { evidenceInOrg } from '../evidence/service.js';
import { currentMilestones, isMilestone, type MilestoneInstants } from './domain/milestones.js';
import { dhscThresholdOf } from './incident-settings.js';
import { assertInOrder, describeMilestone, milestoneInstant, NEEDS_CORRECTING, titleProblem } from './incident-rules.js';
import { detailOf, factsOf } from './incident-views.js';
import { timelineRow } from './timeline-row.js';
import * as store from './store.js';

/** What a change needs: the database, who acts and when (the CLI, imports and demo have no request). */
export type IncidentChangeContext = Pick<RequestContext, 'db' | 'actor' | 'now'>;

export const NOT_FOUND_MESSAGE = 'There is no incident with that id in this organisation.';
const STALE_MESSAGE = 'This incident was changed by someone else since you loaded it. Their version is shown; make your change again if it is still needed.';

const UK_YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric' });

async function ownerProblem(db: Db, orgId: string, ownerId: string | null | undefined, field = 'ownerId'): Promise<FieldProblem | null> {
  if (!ownerId || (await accounts.isMember(db, orgId, ownerId))) return null;
  return { field, message: 'Choose someone with a role in this organisation' };
}

async function evidenceProblem(db: Db, orgId: string, evidenceId: string | null | undefined, now: Date): Promise<FieldProblem | null> {
  if (!evidenceId || (await evidenceInOrg(db, orgId, [evidenceId], now)).length === 1) return null;
  return { field: 'evidenceId', message: 'Choose evidence from this organisation’s library' };
}

const throwIfAny = (problems: Array<FieldProblem | null>) => refuseIfAny(NEEDS_CORRECTING, problems);

export async function loadIncident(db: Db, orgId: string, id: string): Promise<IncidentRow> {
  const row = await store.findIncident(db, orgId, id);
  if (!row) throw new NotFound(NOT_FOUND_MESSAGE);
  return row;
}

async function detail(db: Db, row: IncidentRow, asOf: Date): Promise<IncidentDetail> {
  return detailOf(db, row, await dhscThresholdOf(db, row.org_id), asOf);
}

/** Refuses a change made against an old version, handing back the incident as it now is. */
async function stale(db: Db, orgId: string, id: string, now: Date): Promise<never> {
  const row = await loadIncident(db, orgId, id);
  throw await accounts.staleChangeBy(db, STALE_MESSAGE, await detail(db, row, now), row.updated_by, row.updated_at);
}

/** Moves the incident on a version (its timeline changed), or refuses when the version read is stale. */
async function touch(tx: Db, ctx: IncidentChangeContext, row: IncidentRow, version: number): Promise<void> {
  if (!(await store.updateIncident(tx, row.org_id, row.id, version, { updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId }))) {
    await stale(tx, row.org_id, row.id, ctx.now);
  }
}

/** INC-2026-007: the next free number in this organisation for the UK year. */
async function newReference(tx: Db, orgId: string, now: Date): Promise<string> {
  const year = Number(UK_YEAR.format(now));
  for (;;) {
    const reference = `INC-${year}-${String(await store.nextNumber(tx, orgId, year)).padStart(3, '0')}`;
    // An imported history may already hold this number; take the next.
    if (!(await store.referenceTaken(tx, orgId, reference))) return reference;
  }
}

/** The stored columns for the details given (only those given). */
function detailColumns(body: Partial<NewIncidentBody>): Partial<NewIncidentRow> {
  const columns: Partial<NewIncidentRow> = {};
  if (body.title !== undefined) columns.title = body.title.trim();
  if (body.description !== undefined) columns.description = body.description?.trim() || null;
  if (body.kind !== undefined) columns.kind = body.kind;
  if (body.severity !== undefined) columns.severity = body.severity;
  if (body.cia !== undefined) columns.cia_json = JSON.stringify([...new Set(body.cia)]);
  if (body.nis !== undefined) columns.nis = body.nis ? 1 : 0;
  if (body.detectionSource !== undefined) columns.detection_source = body.detectionSource ?? null;
  if (body.ownerId !== undefined) columns.owner_id = body.ownerId ?? null;
  if (body.affectedAssets !== undefined) columns.affected_assets_json = JSON.stringify(body.affectedAssets.map((a) => a.trim()).filter(Boolean));
  if (body.dataSubjects !== undefined) columns.data_subjects_json = JSON.stringify(body.dataSubjects.map((a) => a.trim()).filter(Boolean));
  if (body.subjectsCount !== undefined) columns.subjects_count = body.subjectsCount ?? null;
  if (body.recordsCount !== undefined) columns.records_count = body.recordsCount ?? null;
  if (body.alertRefs !== undefined) columns.alert_refs_json = JSON.stringify(body.alertRefs.map((a) => a.trim()).filter(Boolean));
  if (body.breachLikelihood !== undefined) columns.breach_likelihood = body.breachLikelihood ?? null;
  if (body.breachHarm !== undefined) columns.breach_harm = body.breachHarm ?? null;
  return columns;
}

/** The record as the audit trail keeps it. */
function auditView(row: Partial<IncidentRow>): Record<string, unknown> {
  const { version: _v, created_at: _c, created_by: _cb, updated_at: _u, updated_by: _ub, ...rest } = row;
  return rest;
}

export async function createIncident(ctx: IncidentChangeContext, orgId: string, body: NewIncidentBody): Promise<IncidentDetail> {
  const times: MilestoneInstants = {};
  for (const [m, text] of Object.entries(body.milestones ?? {}) as Array<[Milestone, string]>) times[m] = milestoneInstant(text, `milestones.${m}`, ctx.now);
  throwIfAny([titleProblem(body.title), await ownerProblem(ctx.db, orgId, body.ownerId)]);
  assertInOrder(times, undefined, (m) => `milestones.${m}`);
  return inTransaction(ctx.db, async (tx) => {
    const at = ctx.now.toISOString();
    const row: NewIncidentRow = {
      id: randomUUID(),
      org_id: orgId,
      reference: await newReference(tx, orgId, ctx.now),
      title: body.title.trim(),
      description: null,
      kind: body.kind,
      severity: body.severity,
      cia_json: '[]',
      nis: 0,
      detection_source: null,
      owner_id: null,
      affected_assets_json: '[]',
      data_subjects_json: '[]',
      subjects_count: null,
      records_count: null,
      alert_refs_json: '[]',
      breach_likelihood: null,
      breach_harm: null,
      ...detailColumns(body),
      origin: 'recorded',
      version: 1,
      created_at: at,
      created_by: ctx.actor.userId,
      updated_at: at,
      updated_by: ctx.actor.userId,
    };
    await store.insertIncident(tx, row);
    const events = MILESTONES.filter((m) => times[m] !== undefined).map((m, i) => timelineRow(row.id, i + 1, { kind: m, at: times[m]!, estimated: m === 'occurred' && body.occurredEstimated === true }, ctx));
    await store.insertEvents(tx, events);
    await recordAudit(tx, ctx.actor, { action: 'incident.create', entityType: 'incident', entityId: row.id, orgId, after: { ...auditView(row), milestones: body.milestones ?? {} } }, ctx.now);
    return detail(tx, (await store.findIncident(tx, orgId, row.id))!, ctx.now);
  });
}

export async function changeIncident(ctx: IncidentChangeContext, orgId: string, id: string, body: IncidentChangeBody): Promise<IncidentDetail> {
  throwIfAny([titleProblem(body.title), await ownerProblem(ctx.db, orgId, body.ownerId)]);
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadIncident(tx, orgId, id);
    const { version, ...given } = body;
    const patch = detailColumns(given);
    const changed = Object.fromEntries(Object.entries(patch).filter(([k, v]) => row[k as keyof IncidentRow] !== v));
    if (version !== row.version) await stale(tx, orgId, id, ctx.now);
    if (!Object.keys(changed).length) return detail(tx, row, ctx.now);
    if (!(await store.updateIncident(tx, orgId, id, version, { ...changed, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId }))) await stale(tx, orgId, id, ctx.now);
    const before = Object.fromEntries(Object.keys(changed).map((k) => [k, row[k as keyof IncidentRow]]));
    await recordAudit(tx, ctx.actor, { action: 'incident.change', entityType: 'incident', entityId: id, orgId, before, after: changed }, ctx.now);
    return detail(tx, (await store.findIncident(tx, orgId, id))!, ctx.now);
  });
}

export async function addTimelineEntry(ctx: IncidentChangeContext, orgId: string, id: string, body: TimelineEntryBody): Promise<IncidentDetail> {
  const at = milestoneInstant(body.at, 'at', ctx.now);
  const text = body.text?.trim() || null;
  if (!isMilestone(body.kind)) {
    throwIfAny([
      body.kind !== 'evidence' && !text ? { field: 'text', message: `Write the ${body.kind}` } : null,
      body.kind === 'evidence' && !body.evidenceId ? { field: 'evidenceId', message: 'Choose the evidence' } : null,
      await evidenceProblem(ctx.db, orgId, body.evidenceId, ctx.now),
    ]);
  }
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadIncident(tx, orgId, id);
    if (body.version !== row.version) await stale(tx, orgId, id, ctx.now);
    const events = await store.eventsOf(tx, [id]);
    const seq = (events.at(-1)?.seq ?? 0) + 1;
    if (isMilestone(body.kind)) {
      const { times } = currentMilestones(factsOf(events));
      if (times[body.kind] !== undefined) {
        throw new ValidationFailed(`${MILESTONE_LABELS[body.kind]} is already recorded.`, [
          { field: 'kind', message: `The incident already has a ${describeMilestone(body.kind)} time (${new Date(times[body.kind]!).toISOString()}): correct that entry instead.` },
        ]);
      }
      assertInOrder({ ...times, [body.kind]: at }, body.kind, () => 'at');
    }
    const milestone = isMilestone(body.kind);
    const event = timelineRow(id, seq, { kind: body.kind, at, estimated: milestone && body.estimated === true, text, evidenceId: milestone ? null : body.evidenceId }, ctx);
    await touch(tx, ctx, row, body.version);
    await store.insertEvents(tx, [event]);
    await recordAudit(tx, ctx.actor, { action: 'incident.timeline-add', entityType: 'incident', entityId: id, orgId, after: { kind: event.kind, at: event.at, estimated: event.estimated === 1, text: event.text, evidenceId: event.evidence_id } }, ctx.now);
    return detail(tx, (await store.findIncident(tx, orgId, id))!, ctx.now);
  });
}

export async function correctTimelineEntry(ctx: IncidentChangeContext, orgId: string, id: string, eventId: string, body: CorrectionBody): Promise<IncidentDetail> {
  const at = body.at === null ? null : milestoneInstant(body.at, 'at', ctx.now);
  const reason = body.reason.trim();
  throwIfAny([reason ? null : { field: 'reason', message: 'Say why the entry is being corrected' }]);
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadIncident(tx, orgId, id);
    if (body.version !== row.version) await stale(tx, orgId, id, ctx.now);
    const events = await store.eventsOf(tx, [id]);
    const original = events.find((e) => e.id === eventId);
    if (!original) throw new NotFound('This incident has no such timeline entry.');
    if (events.some((e) => e.corrects === eventId)) throw new Conflict('That entry has already been corrected: correct the latest entry instead.');
    if (at === null && !isMilestone(original.kind)) throw new ValidationFailed(NEEDS_CORRECTING, [{ field: 'at', message: 'Give the corrected time; only a milestone can be withdrawn.' }]);
    if (original.at === null) throw new ValidationFailed(NEEDS_CORRECTING, [{ field: 'at', message: 'That entry withdrew a milestone: record the milestone again instead.' }]);
    if (isMilestone(original.kind)) {
      const others = currentMilestones(factsOf(events.filter((e) => e.id !== eventId && e.kind !== original.kind))).times;
      if (at !== null) assertInOrder({ ...others, [original.kind]: at }, original.kind, () => 'at');
    }
    const seq = (events.at(-1)?.seq ?? 0) + 1;
    const correction = timelineRow(
      id,
      seq,
      {
        kind: original.kind as TimelineKind,
        at,
        estimated: body.estimated === undefined ? original.estimated === 1 : body.estimated,
        text: body.text === undefined ? original.text : body.text?.trim() || null,
        evidenceId: original.evidence_id,
        corrects: eventId,
        reason,
      },
      ctx,
    );
    await touch(tx, ctx, row, body.version);
    await store.insertEvents(tx, [correction]);
    await recordAudit(
      tx,
      ctx.actor,
      { action: 'incident.timeline-correct', entityType: 'incident', entityId: id, orgId, before: { kind: original.kind, at: original.at, text: original.text }, after: { kind: correction.kind, at: correction.at, text: correction.text, reason } },
      ctx.now,
    );
    return detail(tx, (await store.findIncident(tx, orgId, id))!, ctx.now);
  });
}

export async function recordNotification(ctx: IncidentChangeContext, orgId: string, id: string, body: NotificationBody): Promise<IncidentDetail> {
  const sentAt = milestoneInstant(body.sentAt, 'sentAt', ctx.now);
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadIncident(tx, orgId, id);
    const notification = {
      id: randomUUID(),
      incident_id: id,
      recipient: body.recipient,
      recipient_name: body.recipientName?.trim() || null,
      sent_at: new Date(sentAt).toISOString(),
      reference: body.reference?.trim() || null,
      note: body.note?.trim() || null,
      recorded_at: ctx.now.toISOString(),
      recorded_by: ctx.actor.userId,
    };
    await store.insertNotifications(tx, [notification]);
    await recordAudit(tx, ctx.actor, { action: 'incident.notification-record', entityType: 'incident', entityId: id, orgId, after: { recipient: notification.recipient, sentAt: notification.sent_at, reference: notification.reference } }, ctx.now);
    return detail(tx, row, ctx.now);
  });
}

export async function saveLessons(ctx: IncidentChangeContext, orgId: string, id: string, body: ReviewBody): Promise<IncidentDetail> {
  if (body.heldOn) parseInstant(`${body.heldOn}T12:00:00Z`, 'heldOn');
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadIncident(tx, orgId, id);
    const before = (await store.reviewsOf(tx, [id]))[0] ?? null;
    const next = {
      incident_id: id,
      held_on: body.heldOn ?? null,
      root_cause: body.rootCause ?? null,
      summary: body.summary?.trim() || null,
      went_well: body.wentWell?.trim() || null,
      to_improve: body.toImprove?.trim() || null,
      version: body.version + 1,
      updated_at: ctx.now.toISOString(),
      updated_by: ctx.actor.userId,
    };
    if (!(await store.saveReview(tx, next, body.version))) {
      const current = (await store.reviewsOf(tx, [id]))[0];
      throw await accounts.staleChangeBy(tx, 'The lessons learned were changed by someone else since you loaded them. Theirs are shown; make your change again.', await detail(tx, row, ctx.now), current?.updated_by ?? null, current?.updated_at ?? '');
    }
    await recordAudit(tx, ctx.actor, { action: 'incident.review-save', entityType: 'incident', entityId: id, orgId, before, after: next }, ctx.now);
    return detail(tx, row, ctx.now);
  });
}

function dateProblem(value: string | null | undefined, field: string): FieldProblem | null {
  if (!value) return null;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  return ok ? null : { field, message: `${value} is not a date in the calendar (YYYY-MM-DD)` };
}

export async function addAction(ctx: IncidentChangeContext, orgId: string, id: string, body: ActionBody): Promise<IncidentDetail> {
  throwIfAny([body.title.trim() ? null : { field: 'title', message: 'Say what is to be done' }, dateProblem(body.dueOn, 'dueOn'), dateProblem(body.doneOn, 'doneOn'), await ownerProblem(ctx.db, orgId, body.ownerId)]);
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadIncident(tx, orgId, id);
    const at = ctx.now.toISOString();
    const action = { id: randomUUID(), incident_id: id, title: body.title.trim(), owner_id: body.ownerId ?? null, due_on: body.dueOn ?? null, done_on: body.doneOn ?? null, version: 1, created_at: at, updated_at: at, updated_by: ctx.actor.userId };
    await store.insertActions(tx, [action]);
    await recordAudit(tx, ctx.actor, { action: 'incident.action-add', entityType: 'incident', entityId: id, orgId, after: { title: action.title, ownerId: action.owner_id, dueOn: action.due_on } }, ctx.now);
    return detail(tx, row, ctx.now);
  });
}

export async function changeAction(ctx: IncidentChangeContext, orgId: string, id: string, actionId: string, body: ActionChangeBody): Promise<IncidentDetail> {
  throwIfAny([
    body.title !== undefined && !body.title.trim() ? { field: 'title', message: 'Say what is to be done' } : null,
    dateProblem(body.dueOn, 'dueOn'),
    dateProblem(body.doneOn, 'doneOn'),
    await ownerProblem(ctx.db, orgId, body.ownerId),
  ]);
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadIncident(tx, orgId, id);
    const action = await store.findAction(tx, id, actionId);
    if (!action) throw new NotFound('This incident has no such action.');
    const patch = {
      ...(body.title !== undefined ? { title: body.title.trim() } : {}),
      ...(body.ownerId !== undefined ? { owner_id: body.ownerId ?? null } : {}),
      ...(body.dueOn !== undefined ? { due_on: body.dueOn ?? null } : {}),
      ...(body.doneOn !== undefined ? { done_on: body.doneOn ?? null } : {}),
      updated_at: ctx.now.toISOString(),
      updated_by: ctx.actor.userId,
    };
    if (!(await store.updateAction(tx, id, actionId, body.version, patch))) {
      throw await accounts.staleChangeBy(tx, 'This action was changed by someone else since you loaded it. Theirs is shown; make your change again.', await detail(tx, row, ctx.now), action.updated_by, action.updated_at);
    }
    await recordAudit(tx, ctx.actor, { action: 'incident.action-change', entityType: 'incident', entityId: id, orgId, before: { title: action.title, ownerId: action.owner_id, dueOn: action.due_on, doneOn: action.done_on }, after: patch }, ctx.now);
    return detail(tx, row, ctx.now);
  });
}

export async function linkIncidentEvidence(ctx: IncidentChangeContext, orgId: string, id: string, evidenceId: string): Promise<IncidentDetail> {
  throwIfAny([await evidenceProblem(ctx.db, orgId, evidenceId, ctx.now)]);
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadIncident(tx, orgId, id);
    if (await store.linkEvidence(tx, id, evidenceId, ctx.now.toISOString(), ctx.actor.userId)) {
      await recordAudit(tx, ctx.actor, { action: 'incident.evidence-link', entityType: 'incident', entityId: id, orgId, after: { evidenceId } }, ctx.now);
    }
    return detail(tx, row, ctx.now);
  });
}

export async function unlinkIncidentEvidence(ctx: IncidentChangeContext, orgId: string, id: string, evidenceId: string): Promise<IncidentDetail> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadIncident(tx, orgId, id);
    if (!(await store.unlinkEvidence(tx, id, evidenceId))) throw new NotFound('That evidence is not linked to this incident.');
    await recordAudit(tx, ctx.actor, { action: 'incident.evidence-unlink', entityType: 'incident', entityId: id, orgId, before: { evidenceId } }, ctx.now);
    return detail(tx, row, ctx.now);
  });
}

export { detail as incidentDetailOf };
