// Changing DPIAs: starting one (numbered DPIA-<year>-<n>), its details, the screening answers, the
// risks, the assets and flows it covers, the DPO's advice and the sign-off, each against the version
// read. A change to what was assessed moves the assessment's version: advice given before is kept but
// is then advice on an earlier version, and a sign-off is cleared (the DPIA is reopened), so what was
// signed off is always what was assessed. Each change is checked, stored and audited in one transaction.
import { randomUUID } from 'node:crypto';
import { type AdviceBody, type DpiaChangeBody, type DpiaDetail, type LinksBody, type NewDpiaBody, type RisksBody, SCREENING_QUESTIONS, type ScreeningBody, type SignOffBody } from '../../contract/dpias.js';
import type { DpiaState } from '../../contract/information-assets.js';
import { ukDateOf } from '../../platform/as-of.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { DpiaRiskRow, DpiaRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, type FieldProblem } from '../../platform/errors.js';
import { isMember, staleChangeBy } from '../accounts/service.js';
import { changedColumns, type RegisterChangeContext, throwIfAny } from './asset-changes.js';
import { type DpiaFacts, dpiaState, missingFromAssessment } from './domain/dpia-rules.js';
import { dpiaDetail, dpiaRecordsOf, loadDpia } from './dpia-reading.js';
import * as dpiaStore from './dpia-store.js';
import { dpiaFactsOf } from './dpia-views.js';
import * as flowStore from './flow-store.js';

const STALE = 'This DPIA was changed by someone else since you loaded it. Their version is shown; make your change again if it is still needed.';
const UK_YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric' });

const text = (v: string | null | undefined) => v?.trim() || null;

/** DPIA-2026-003: the next number in this organisation for the UK year. */
async function newReference(tx: Db, orgId: string, now: Date): Promise<string> {
  const year = Number(UK_YEAR.format(now));
  return `DPIA-${year}-${String(await dpiaStore.nextNumber(tx, orgId, year)).padStart(3, '0')}`;
}

async function ownerProblem(db: Db, orgId: string, ownerId: string | null | undefined): Promise<FieldProblem | null> {
  if (!ownerId || (await isMember(db, orgId, ownerId))) return null;
  return { field: 'ownerId', message: 'Choose someone with a role in this organisation: usually the Information Asset Owner', value: ownerId };
}

/** Refuses a change made against an old version, handing back the DPIA as it now is and who changed it. */
async function stale(db: Db, row: DpiaRow, now: Date): Promise<never> {
  const current = (await dpiaStore.findDpia(db, row.org_id, row.id)) ?? row;
  throw await staleChangeBy(db, STALE, await dpiaDetail(db, current, now), current.updated_by, current.updated_at);
}

export async function createDpia(ctx: RegisterChangeContext, orgId: string, body: NewDpiaBody): Promise<DpiaDetail> {
  throwIfAny([await ownerProblem(ctx.db, orgId, body.ownerId)]);
  return inTransaction(ctx.db, async (tx) => {
    const at = ctx.now.toISOString();
    const row: DpiaRow = {
      id: randomUUID(),
      org_id: orgId,
      reference: await newReference(tx, orgId, ctx.now),
      title: body.title.trim(),
      description: text(body.description),
      owner_id: body.ownerId ?? null,
      screening_json: '{}',
      not_required_reason: null,
      necessity: null,
      consultation: null,
      assessment_version: 1,
      dpo_advice: null,
      dpo_advice_by: null,
      dpo_advice_at: null,
      dpo_advice_version: null,
      sign_off_outcome: null,
      sign_off_conditions: null,
      sign_off_by: null,
      sign_off_at: null,
      review_on: null,
      version: 1,
      created_at: at,
      created_by: ctx.actor.userId,
      updated_at: at,
      updated_by: ctx.actor.userId,
    };
    await dpiaStore.insertDpia(tx, row);
    await recordAudit(tx, ctx.actor, { action: 'dpia.create', entityType: 'dpia', entityId: row.id, orgId, after: { reference: row.reference, title: row.title, description: row.description, owner_id: row.owner_id } }, ctx.now);
    return dpiaDetail(tx, row, ctx.now);
  });
}

/** A change to one DPIA: the columns it sets, what else it writes, and what the audit trail keeps of it. */
interface DpiaChange {
  columns: Partial<DpiaRow>;
  /** True when what was assessed changed: the assessment's version moves and a sign-off is cleared. */
  assessment: boolean;
  write?: (tx: Db) => Promise<void>;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

const SIGN_OFF_CLEARED = { sign_off_outcome: null, sign_off_conditions: null, sign_off_by: null, sign_off_at: null } as const;

/** Loads the DPIA at the version read, plans the change (null when nothing changes), stores and audits it. */
async function applyChange(ctx: RegisterChangeContext, orgId: string, id: string, version: number, action: string, plan: (tx: Db, row: DpiaRow) => Promise<DpiaChange | null>): Promise<DpiaDetail> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadDpia(tx, orgId, id);
    if (version !== row.version) await stale(tx, row, ctx.now);
    const change = await plan(tx, row);
    if (!change) return dpiaDetail(tx, row, ctx.now);
    const reopening = change.assessment && row.sign_off_outcome !== null;
    const columns: Partial<DpiaRow> = {
      ...change.columns,
      ...(change.assessment ? { assessment_version: row.assessment_version + 1 } : {}),
      ...(reopening ? SIGN_OFF_CLEARED : {}),
      updated_at: ctx.now.toISOString(),
      updated_by: ctx.actor.userId,
    };
    if (!(await dpiaStore.updateDpia(tx, orgId, id, version, columns))) await stale(tx, row, ctx.now);
    await change.write?.(tx);
    const audit = { entityType: 'dpia', entityId: id, orgId };
    await recordAudit(tx, ctx.actor, { ...audit, action, before: change.before, after: change.after }, ctx.now);
    if (reopening) {
      const before = { sign_off_outcome: row.sign_off_outcome, sign_off_by: row.sign_off_by, sign_off_at: row.sign_off_at, assessment_version: row.assessment_version };
      await recordAudit(tx, ctx.actor, { ...audit, action: 'dpia.reopen', before, after: { ...SIGN_OFF_CLEARED, assessment_version: row.assessment_version + 1 } }, ctx.now);
    }
    return dpiaDetail(tx, (await dpiaStore.findDpia(tx, orgId, id))!, ctx.now);
  });
}

/** Of a DPIA's own columns, these are part of what is assessed. */
const ASSESSED_COLUMNS = new Set(['description', 'necessity', 'consultation']);

export async function changeDpia(ctx: RegisterChangeContext, orgId: string, id: string, body: DpiaChangeBody): Promise<DpiaDetail> {
  throwIfAny([await ownerProblem(ctx.db, orgId, body.ownerId)]);
  return applyChange(ctx, orgId, id, body.version, 'dpia.change', async (_tx, row) => {
    const next: Partial<DpiaRow> = {};
    if (body.title !== undefined) next.title = body.title.trim();
    if (body.description !== undefined) next.description = text(body.description);
    if (body.ownerId !== undefined) next.owner_id = body.ownerId ?? null;
    if (body.necessity !== undefined) next.necessity = text(body.necessity);
    if (body.consultation !== undefined) next.consultation = text(body.consultation);
    if (body.reviewOn !== undefined) next.review_on = body.reviewOn ?? null;
    const { before, after } = changedColumns(row, next);
    if (!Object.keys(after).length) return null;
    return { columns: after, assessment: Object.keys(after).some((k) => ASSESSED_COLUMNS.has(k)), before, after };
  });
}

export async function answerScreening(ctx: RegisterChangeContext, orgId: string, id: string, body: ScreeningBody): Promise<DpiaDetail> {
  const answers = Object.fromEntries(SCREENING_QUESTIONS.filter((q) => body.answers[q] !== undefined).map((q) => [q, body.answers[q]]));
  const reason = text(body.notRequiredReason);
  if (reason && Object.values(answers).some((a) => a)) {
    throwIfAny([{ field: 'notRequiredReason', message: 'A reason why no DPIA is needed fits only when every screening answer is no: leave it empty or change the answers' }]);
  }
  return applyChange(ctx, orgId, id, body.version, 'dpia.screening', async (_tx, row) => {
    const { before, after } = changedColumns(row, { screening_json: JSON.stringify(answers), not_required_reason: reason });
    if (!Object.keys(after).length) return null;
    return { columns: after, assessment: true, before, after };
  });
}

/** A risk as it is kept and compared: its fields, not its id or place. */
const riskView = (r: DpiaRiskRow) => ({
  description: r.description,
  likelihood: r.likelihood,
  severity: r.severity,
  measures: r.measures,
  residualLikelihood: r.residual_likelihood,
  residualSeverity: r.residual_severity,
});

export async function replaceRisks(ctx: RegisterChangeContext, orgId: string, id: string, body: RisksBody): Promise<DpiaDetail> {
  return applyChange(ctx, orgId, id, body.version, 'dpia.risks', async (tx) => {
    const rows: DpiaRiskRow[] = body.risks.map((r, seq) => ({
      id: randomUUID(),
      dpia_id: id,
      seq,
      description: r.description.trim(),
      likelihood: r.likelihood,
      severity: r.severity,
      measures: text(r.measures),
      residual_likelihood: r.residualLikelihood,
      residual_severity: r.residualSeverity,
    }));
    const before = (await dpiaStore.risksOf(tx, [id])).map(riskView);
    const after = rows.map(riskView);
    if (JSON.stringify(before) === JSON.stringify(after)) return null;
    return { columns: {}, assessment: true, write: (w) => dpiaStore.replaceRisks(w, id, rows), before: { risks: before }, after: { risks: after } };
  });
}

/** Each id given must be one of the organisation's; one not linked already must also be live (an archived one may stay). */
function linkProblems(field: string, ids: readonly string[], found: ReadonlyArray<{ id: string; archived_at: string | null }>, held: readonly string[], what: string): FieldProblem[] {
  const byId = new Map(found.map((f) => [f.id, f]));
  return ids.flatMap((id, i) => {
    const record = byId.get(id);
    if (record && (!record.archived_at || held.includes(id))) return [];
    return [{ field: `${field}.${i}`, message: `Choose one of this organisation’s live ${what}`, value: id }];
  });
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export async function replaceLinks(ctx: RegisterChangeContext, orgId: string, id: string, body: LinksBody): Promise<DpiaDetail> {
  const assetIds = [...new Set(body.assetIds)];
  const flowIds = [...new Set(body.flowIds)];
  return applyChange(ctx, orgId, id, body.version, 'dpia.links', async (tx, row) => {
    const held = await dpiaStore.linksOf(tx, [row.id]);
    const heldAssets = held.assets.map((l) => l.subject_id);
    const heldFlows = held.flows.map((l) => l.subject_id);
    throwIfAny([
      ...linkProblems('assetIds', assetIds, await flowStore.assetsByIds(tx, orgId, assetIds), heldAssets, 'information assets'),
      ...linkProblems('flowIds', flowIds, await dpiaStore.flowsByIds(tx, orgId, flowIds), heldFlows, 'data flows'),
    ]);
    if (sameSet(assetIds, heldAssets) && sameSet(flowIds, heldFlows)) return null;
    return {
      columns: {},
      assessment: true,
      write: (w) => dpiaStore.replaceLinks(w, id, assetIds, flowIds),
      before: { asset_ids: heldAssets, flow_ids: heldFlows },
      after: { asset_ids: assetIds, flow_ids: flowIds },
    };
  });
}

/** Where the DPIA stands now, for the steps that depend on it. */
async function factsNow(tx: Db, row: DpiaRow, now: Date): Promise<{ facts: DpiaFacts; state: DpiaState }> {
  const facts = dpiaFactsOf(row, await dpiaRecordsOf(tx, [row]));
  return { facts, state: dpiaState(facts, ukDateOf(now)) };
}

/** Why the DPIA is not at the step asked for, in words a person can act on. */
function notReady(state: DpiaState, facts: DpiaFacts): Conflict {
  switch (state) {
    case 'screening':
      return new Conflict('Answer the screening questions first: a DPIA is assessed only when its screening says one is required.');
    case 'not-required':
      return new Conflict('The screening says no DPIA is required. Change the screening answers if one is.');
    case 'required':
    case 'in-progress':
      return new Conflict(`The assessment is not complete: it still needs ${missingFromAssessment(facts).join(', ')}.`);
    case 'awaiting-dpo-advice':
      return new Conflict('The DPO’s advice on this version of the assessment comes first (UK GDPR Art 35(2)).');
    default:
      return new Conflict('This DPIA has been signed off. Change its assessment to reopen it; the DPO’s advice and a new sign-off follow.');
  }
}

export async function giveDpoAdvice(ctx: RegisterChangeContext, orgId: string, id: string, body: AdviceBody): Promise<DpiaDetail> {
  return applyChange(ctx, orgId, id, body.version, 'dpia.advice', async (tx, row) => {
    const { facts, state } = await factsNow(tx, row, ctx.now);
    if (state !== 'awaiting-dpo-advice' && state !== 'awaiting-sign-off') throw notReady(state, facts);
    const columns = { dpo_advice: body.advice.trim(), dpo_advice_by: ctx.actor.userId, dpo_advice_at: ctx.now.toISOString(), dpo_advice_version: row.assessment_version };
    return { columns, assessment: false, before: { dpo_advice: row.dpo_advice, dpo_advice_version: row.dpo_advice_version }, after: columns };
  });
}

export async function signOffDpia(ctx: RegisterChangeContext, orgId: string, id: string, body: SignOffBody): Promise<DpiaDetail> {
  const approved = body.outcome !== 'not-approved';
  const conditions = text(body.conditions);
  const today = ukDateOf(ctx.now);
  throwIfAny([
    body.outcome === 'approved-with-conditions' && !conditions ? { field: 'conditions', message: 'Say what the conditions of the approval are' } : null,
    approved && !body.reviewOn ? { field: 'reviewOn', message: 'Give the date the DPIA is next to be reviewed: an approved DPIA is kept under review' } : null,
    body.reviewOn && body.reviewOn <= today ? { field: 'reviewOn', message: `The review date must be after today (${today})`, value: body.reviewOn } : null,
  ]);
  return applyChange(ctx, orgId, id, body.version, 'dpia.sign-off', async (tx, row) => {
    const { facts, state } = await factsNow(tx, row, ctx.now);
    if (state !== 'awaiting-sign-off') throw notReady(state, facts);
    const columns: Partial<DpiaRow> = {
      sign_off_outcome: body.outcome,
      sign_off_conditions: body.outcome === 'approved-with-conditions' ? conditions : null,
      sign_off_by: ctx.actor.userId,
      sign_off_at: ctx.now.toISOString(),
      review_on: body.reviewOn ?? row.review_on,
    };
    return { columns, assessment: false, before: { review_on: row.review_on }, after: columns };
  });
}
