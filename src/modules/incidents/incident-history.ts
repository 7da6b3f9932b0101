// Writing an incident history in bulk: a spreadsheet brought through the import pipeline, or the demo
// trust's two years. A record whose reference is new is added with its timeline, notifications, lessons
// and actions; one already held is brought up to date (details changed, milestones corrected with the
// reason "imported", notifications and actions not yet held added), and one that matches changes nothing.
import { randomUUID } from 'node:crypto';
import {
  type CiaCategory,
  type DetectionSource,
  type IncidentKind,
  MILESTONES,
  type Milestone,
  type Recipient,
  type RootCause,
  type Severity,
} from '../../contract/incidents.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { IncidentRow, NewIncidentEventRow, NewIncidentRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ValidationFailed } from '../../platform/errors.js';
import { currentMilestones, isMilestone, type MilestoneInstants, orderProblems, supersededIds } from './domain/milestones.js';
import type { IncidentChangeContext } from './incident-changes.js';
import { factsOf } from './incident-views.js';
import * as store from './store.js';
import { timelineRow } from './timeline-row.js';

export interface IncidentHistoryRecord {
  /** The natural key within the organisation, e.g. INC-2025-014. */
  reference: string;
  title: string;
  description: string | null;
  kind: IncidentKind;
  severity: Severity;
  cia: CiaCategory[];
  nis: boolean;
  detectionSource: DetectionSource | null;
  /** An account with a role in the organisation (the caller has checked). */
  ownerId: string | null;
  affectedAssets: string[];
  dataSubjects: string[];
  subjectsCount: number | null;
  recordsCount: number | null;
  breachLikelihood: number | null;
  breachHarm: number | null;
  /** ISO instants, in milestone order. */
  milestones: Partial<Record<Milestone, string>>;
  occurredEstimated: boolean;
  notifications: Array<{ recipient: Recipient; sentAt: string; reference: string | null }>;
  review: { heldOn: string | null; rootCause: RootCause | null; summary: string | null; wentWell: string | null; toImprove: string | null } | null;
  actions: Array<{ title: string; ownerId: string | null; dueOn: string | null; doneOn: string | null }>;
}

export interface HistoryOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
}

export const IMPORTED_REASON = 'Imported from the incident history file.';

function timesOf(record: IncidentHistoryRecord): MilestoneInstants {
  const times: MilestoneInstants = {};
  for (const m of MILESTONES) if (record.milestones[m]) times[m] = Date.parse(record.milestones[m]);
  return times;
}

function columnsOf(record: IncidentHistoryRecord): Omit<NewIncidentRow, 'id' | 'org_id' | 'reference' | 'origin' | 'version' | 'created_at' | 'created_by' | 'updated_at' | 'updated_by'> {
  return {
    title: record.title,
    description: record.description,
    kind: record.kind,
    severity: record.severity,
    cia_json: JSON.stringify(record.cia),
    nis: record.nis ? 1 : 0,
    detection_source: record.detectionSource,
    owner_id: record.ownerId,
    affected_assets_json: JSON.stringify(record.affectedAssets),
    data_subjects_json: JSON.stringify(record.dataSubjects),
    subjects_count: record.subjectsCount,
    records_count: record.recordsCount,
    alert_refs_json: '[]',
    breach_likelihood: record.breachLikelihood,
    breach_harm: record.breachHarm,
  };
}

/** Writes the records in the transaction given (or a new one). Records out of order are refused, naming the reference. */
/** Told of a record refused because its times clash with those already held; without it, the clash is thrown. */
export type OnRefused = (index: number, milestone: Milestone, reason: string) => void;

export async function writeIncidentHistory(db: Db, ctx: Pick<IncidentChangeContext, 'actor' | 'now'>, orgId: string, records: readonly IncidentHistoryRecord[], onRefused?: OnRefused): Promise<HistoryOutcome> {
  for (const record of records) {
    const problems = orderProblems(timesOf(record));
    if (problems.length) throw new ValidationFailed(`${record.reference}: ${problems[0]!.message}`, problems.map((p) => ({ field: `${record.reference}.${p.milestone}`, message: p.message })));
  }
  return inTransaction(db, async (tx) => {
    const outcome: HistoryOutcome = { inserted: 0, updated: 0, unchanged: 0 };
    const held = new Map((await store.findByReferences(tx, orgId, records.map((r) => r.reference))).map((r) => [r.reference, r]));
    for (const [index, record] of records.entries()) {
      const existing = held.get(record.reference);
      if (!existing) {
        await insertRecord(tx, ctx, orgId, record);
        outcome.inserted += 1;
        continue;
      }
      const result = await updateRecord(tx, ctx, existing, record, onRefused && ((milestone, reason) => onRefused(index, milestone, reason)));
      if (result !== 'refused') outcome[result ? 'updated' : 'unchanged'] += 1;
    }
    return outcome;
  });
}

async function insertRecord(tx: Db, ctx: Pick<IncidentChangeContext, 'actor' | 'now'>, orgId: string, record: IncidentHistoryRecord): Promise<void> {
  const at = ctx.now.toISOString();
  const id = randomUUID();
  const row = { id, org_id: orgId, reference: record.reference, ...columnsOf(record), origin: 'import', version: 1, created_at: at, created_by: ctx.actor.userId, updated_at: at, updated_by: ctx.actor.userId };
  await store.insertIncident(tx, row);
  const times = timesOf(record);
  await store.insertEvents(
    tx,
    MILESTONES.filter((m) => times[m] !== undefined).map((m, i) => timelineRow(id, i + 1, { kind: m, at: times[m]!, estimated: m === 'occurred' && record.occurredEstimated }, ctx)),
  );
  await addMissingParts(tx, ctx, id, record);
  await recordAudit(tx, ctx.actor, { action: 'incident.import', entityType: 'incident', entityId: id, orgId, after: { reference: record.reference, title: record.title, milestones: record.milestones } }, ctx.now);
}

/** Notifications, lessons and actions the record has and the incident does not; true when any were added. */
async function addMissingParts(tx: Db, ctx: Pick<IncidentChangeContext, 'actor' | 'now'>, incidentId: string, record: IncidentHistoryRecord): Promise<boolean> {
  let changed = false;
  const at = ctx.now.toISOString();
  const heldNotifications = new Set((await store.notificationsOf(tx, [incidentId])).map((n) => `${n.recipient}|${Date.parse(n.sent_at)}`));
  const newNotifications = record.notifications
    .filter((n) => !heldNotifications.has(`${n.recipient}|${Date.parse(n.sentAt)}`))
    .map((n) => ({ id: randomUUID(), incident_id: incidentId, recipient: n.recipient, recipient_name: null, sent_at: new Date(n.sentAt).toISOString(), reference: n.reference, note: null, recorded_at: at, recorded_by: ctx.actor.userId }));
  await store.insertNotifications(tx, newNotifications);
  changed ||= newNotifications.length > 0;

  if (record.review) {
    const held = (await store.reviewsOf(tx, [incidentId]))[0];
    const next = { held_on: record.review.heldOn, root_cause: record.review.rootCause, summary: record.review.summary, went_well: record.review.wentWell, to_improve: record.review.toImprove };
    const same = held && (Object.keys(next) as Array<keyof typeof next>).every((k) => held[k] === next[k] || (next[k] === null && k !== 'root_cause'));
    if (!same) {
      // Imported values fill in the review; what the file leaves blank keeps what was written here.
      const merged = held ? { ...next, ...Object.fromEntries(Object.entries(next).filter(([, v]) => v === null).map(([k]) => [k, held[k as keyof typeof next]])) } : next;
      await store.saveReview(tx, { incident_id: incidentId, ...merged, version: (held?.version ?? 0) + 1, updated_at: at, updated_by: ctx.actor.userId }, held?.version ?? 0);
      changed = true;
    }
  }

  const heldActions = new Set((await store.actionsOf(tx, [incidentId])).map((a) => a.title));
  const newActions = record.actions
    .filter((a) => !heldActions.has(a.title))
    .map((a) => ({ id: randomUUID(), incident_id: incidentId, title: a.title, owner_id: a.ownerId, due_on: a.dueOn, done_on: a.doneOn, version: 1, created_at: at, updated_at: at, updated_by: ctx.actor.userId }));
  await store.insertActions(tx, newActions);
  return changed || newActions.length > 0;
}

async function updateRecord(
  tx: Db,
  ctx: Pick<IncidentChangeContext, 'actor' | 'now'>,
  existing: IncidentRow,
  record: IncidentHistoryRecord,
  refuse?: (milestone: Milestone, reason: string) => void,
): Promise<boolean | 'refused'> {
  const columns = columnsOf(record);
  // The file's blanks leave what is held: a history file is not a way to erase details.
  const changed = Object.fromEntries(Object.entries(columns).filter(([k, v]) => v !== null && k !== 'alert_refs_json' && existing[k as keyof IncidentRow] !== v));
  const events = await store.eventsOf(tx, [existing.id]);
  const facts = factsOf(events);
  const { times: held } = currentMilestones(facts);
  const wanted = timesOf(record);
  const latest = new Map<Milestone, string>();
  const replaced = supersededIds(facts);
  for (const e of facts) if (isMilestone(e.kind) && !replaced.has(e.id)) latest.set(e.kind, e.id);
  const merged: MilestoneInstants = { ...held, ...wanted };
  const problems = orderProblems(merged);
  if (problems.length && refuse) {
    refuse(problems[0]!.milestone, `with the times already held for ${record.reference}, ${problems[0]!.message}`);
    return 'refused';
  }
  if (problems.length) throw new ValidationFailed(`${record.reference}: with the times already held, ${problems[0]!.message}`, problems.map((p) => ({ field: `${record.reference}.${p.milestone}`, message: p.message })));
  let seq = events.at(-1)?.seq ?? 0;
  const newEvents: NewIncidentEventRow[] = [];
  for (const m of MILESTONES) {
    if (wanted[m] === undefined || wanted[m] === held[m]) continue;
    seq += 1;
    const corrects = held[m] === undefined ? null : latest.get(m)!;
    newEvents.push(timelineRow(existing.id, seq, { kind: m, at: wanted[m], estimated: m === 'occurred' && record.occurredEstimated, corrects, reason: corrects ? IMPORTED_REASON : null }, ctx));
  }
  await store.insertEvents(tx, newEvents);
  const partsAdded = await addMissingParts(tx, ctx, existing.id, record);
  if (!Object.keys(changed).length && !newEvents.length && !partsAdded) return false;
  const ok = await store.updateIncident(tx, existing.org_id, existing.id, existing.version, { ...changed, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId });
  if (!ok) throw new ValidationFailed(`${record.reference} changed while the file was being imported; nothing was imported. Import the file again.`);
  await recordAudit(
    tx,
    ctx.actor,
    { action: 'incident.import', entityType: 'incident', entityId: existing.id, orgId: existing.org_id, before: Object.fromEntries(Object.keys(changed).map((k) => [k, existing[k as keyof IncidentRow]])), after: { ...changed, milestones: Object.fromEntries(newEvents.map((e) => [e.kind, e.at])) } },
    ctx.now,
  );
  return true;
}

/** For the demo and other callers outside a request: the records written in one transaction. */
export async function recordIncidentHistory(ctx: IncidentChangeContext, orgId: string, records: IncidentHistoryRecord[]): Promise<HistoryOutcome> {
  return writeIncidentHistory(ctx.db, ctx, orgId, records);
}
