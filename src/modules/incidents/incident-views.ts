// From stored rows to what the API answers: each incident with its current milestones, status,
// reportability and clocks worked out as of an instant, and the detail with its whole history.
import type { CiaCategory, IncidentDetail, IncidentSummary, Recipient, RootCause, TimelineKind } from '../../contract/incidents.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import type { IncidentActionRow, IncidentEventRow, IncidentNotificationRow, IncidentReviewRow, IncidentRow } from '../../platform/db/schema.js';
import { peopleByIds } from '../accounts/service.js';
import { evidenceInOrg } from '../evidence/service.js';
import { clockOf, REGULATOR_HOURS, SENIOR_HOURS } from './domain/clock.js';
import { awarenessOf, currentMilestones, statusOf, supersededIds, type TimelineFact } from './domain/milestones.js';
import { type DhscThreshold, reportabilityOf } from './domain/reportability.js';
import { MILESTONES } from '../../contract/incidents.js';
import { grouped } from '../../platform/grouped.js';
import * as store from './store.js';

const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));
const list = (json: string) => JSON.parse(json) as string[];

export function factsOf(events: readonly IncidentEventRow[]): TimelineFact[] {
  return events.map((e) => ({ id: e.id, seq: e.seq, kind: e.kind as TimelineKind, at: ms(e.at), estimated: e.estimated === 1, corrects: e.corrects }));
}

/** The first notification to any of these recipients, epoch ms. */
function firstTo(notifications: readonly IncidentNotificationRow[], ...recipients: Recipient[]): number | null {
  const times = notifications.filter((n) => recipients.includes(n.recipient as Recipient)).map((n) => Date.parse(n.sent_at));
  return times.length ? Math.min(...times) : null;
}

/** Everything worked out about one incident, before names are attached. */
export interface IncidentFacts {
  row: IncidentRow;
  summary: Omit<IncidentSummary, 'ownerName'>;
}

export function factsOfIncident(row: IncidentRow, events: readonly IncidentEventRow[], notifications: readonly IncidentNotificationRow[], dhsc: DhscThreshold, asOf: Date): IncidentFacts {
  const { times, estimated } = currentMilestones(factsOf(events));
  const reportability = reportabilityOf(row.breach_likelihood, row.breach_harm, dhsc);
  const awareness = awarenessOf(times);
  const at = asOf.getTime();
  // An ungraded breach runs the ICO clock anyway: grading it is part of the 72 hours.
  const icoRequired = reportability.ico === true || (reportability.ico === null && row.kind === 'data-breach');
  const icoClock = clockOf({ required: icoRequired, startsAt: awareness, hours: REGULATOR_HOURS, notifiedAt: firstTo(notifications, 'ico'), asOf: at });
  const nisClock = clockOf({ required: row.nis === 1, startsAt: awareness, hours: REGULATOR_HOURS, notifiedAt: firstTo(notifications, 'nis-authority', 'dhsc-nhse'), asOf: at });
  const seniorClock = clockOf({ required: row.kind !== 'near-miss', startsAt: awareness, hours: SENIOR_HOURS, notifiedAt: firstTo(notifications, 'senior-management'), asOf: at });
  const milestones = Object.fromEntries(MILESTONES.map((m) => [m, times[m] === undefined ? null : new Date(times[m]).toISOString()])) as IncidentSummary['milestones'];
  return {
    row,
    summary: {
      id: row.id,
      reference: row.reference,
      title: row.title,
      kind: row.kind as IncidentSummary['kind'],
      severity: row.severity as IncidentSummary['severity'],
      status: statusOf(times),
      cia: list(row.cia_json) as CiaCategory[],
      nis: row.nis === 1,
      detectionSource: row.detection_source as IncidentSummary['detectionSource'],
      ownerId: row.owner_id,
      milestones,
      occurredEstimated: estimated.occurred === true,
      reportability,
      icoClock,
      nisClock,
      seniorClock,
      updatedAt: row.updated_at,
      version: row.version,
    },
  };
}

/** The rows by their incident, in one pass (not a copy of the group for each row). */
const group = <T extends { incident_id: string }>(rows: readonly T[]) => grouped(rows, (r) => r.incident_id);

/** Facts for many incidents in three queries. */
export async function factsOfMany(db: Db, rows: readonly IncidentRow[], dhsc: DhscThreshold, asOf: Date): Promise<IncidentFacts[]> {
  const ids = rows.map((r) => r.id);
  const [events, notifications] = await Promise.all([store.eventsOf(db, ids), store.notificationsOf(db, ids)]);
  const eventsBy = group(events);
  const notificationsBy = group(notifications);
  return rows.map((row) => factsOfIncident(row, eventsBy.get(row.id) ?? [], notificationsBy.get(row.id) ?? [], dhsc, asOf));
}

export async function summariesOf(db: Db, rows: readonly IncidentRow[], dhsc: DhscThreshold, asOf: Date): Promise<IncidentSummary[]> {
  const many = await factsOfMany(db, rows, dhsc, asOf);
  const names = new Map((await peopleByIds(db, [...new Set(rows.map((r) => r.owner_id).filter((o): o is string => o !== null))])).map((p) => [p.id, p.name]));
  return many.map((facts) => ({ ...facts.summary, ownerName: facts.row.owner_id ? (names.get(facts.row.owner_id) ?? null) : null }));
}

function reviewView(row: IncidentReviewRow | undefined): IncidentDetail['review'] {
  if (!row) return { heldOn: null, rootCause: null, summary: null, wentWell: null, toImprove: null, version: 0, updatedAt: null };
  return { heldOn: row.held_on, rootCause: row.root_cause as RootCause | null, summary: row.summary, wentWell: row.went_well, toImprove: row.to_improve, version: row.version, updatedAt: row.updated_at };
}

export async function detailOf(db: Db, row: IncidentRow, dhsc: DhscThreshold, asOf: Date): Promise<IncidentDetail> {
  const [events, notifications, reviews, actions, evidenceIds] = await Promise.all([
    store.eventsOf(db, [row.id]),
    store.notificationsOf(db, [row.id]),
    store.reviewsOf(db, [row.id]),
    store.actionsOf(db, [row.id]),
    store.evidenceLinksOf(db, row.id),
  ]);
  const facts = factsOfIncident(row, events, notifications, dhsc, asOf);
  const evidence = await evidenceInOrg(db, row.org_id, [...evidenceIds, ...events.map((e) => e.evidence_id).filter((e): e is string => e !== null)], asOf);
  const evidenceTitle = new Map(evidence.map((e) => [e.id, e.title]));
  const personIds = [row.owner_id, ...events.map((e) => e.recorded_by), ...notifications.map((n) => n.recorded_by), ...actions.map((a) => a.owner_id)].filter((p): p is string => p !== null);
  const names = new Map((await peopleByIds(db, [...new Set(personIds)])).map((p) => [p.id, p.name]));
  const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
  const replaced = supersededIds(factsOf(events));
  const today = ukDateOf(asOf);
  return {
    ...facts.summary,
    ownerName: nameOf(row.owner_id),
    description: row.description,
    affectedAssets: list(row.affected_assets_json),
    dataSubjects: list(row.data_subjects_json),
    subjectsCount: row.subjects_count,
    recordsCount: row.records_count === null ? null : Number(row.records_count),
    alertRefs: list(row.alert_refs_json),
    breachLikelihood: row.breach_likelihood,
    breachHarm: row.breach_harm,
    timeline: events
      .map((e) => ({
        id: e.id,
        kind: e.kind as TimelineKind,
        at: e.at,
        estimated: e.estimated === 1,
        text: e.text,
        evidenceId: e.evidence_id,
        evidenceTitle: e.evidence_id ? (evidenceTitle.get(e.evidence_id) ?? null) : null,
        corrects: e.corrects,
        reason: e.reason,
        superseded: replaced.has(e.id),
        recordedAt: e.recorded_at,
        recordedByName: nameOf(e.recorded_by),
        seq: e.seq,
      }))
      // In the order things happened; a withdrawal sits where it was recorded.
      .sort((a, b) => (a.at ?? a.recordedAt).localeCompare(b.at ?? b.recordedAt) || a.seq - b.seq)
      .map(({ seq: _seq, ...event }) => event),
    notifications: notifications.map((n) => ({
      id: n.id,
      recipient: n.recipient as Recipient,
      recipientName: n.recipient_name,
      sentAt: n.sent_at,
      reference: n.reference,
      note: n.note,
      recordedAt: n.recorded_at,
      recordedByName: nameOf(n.recorded_by),
    })),
    review: reviewView(reviews[0]),
    actions: actions.map((a: IncidentActionRow) => ({
      id: a.id,
      title: a.title,
      ownerId: a.owner_id,
      ownerName: nameOf(a.owner_id),
      dueOn: a.due_on,
      doneOn: a.done_on,
      overdue: a.done_on === null && a.due_on !== null && a.due_on < today,
      version: a.version,
    })),
    evidence: evidenceIds.map((id) => evidence.find((e) => e.id === id)).filter((e) => e !== undefined).map((e) => ({ id: e.id, title: e.title, state: e.state })),
    createdAt: row.created_at,
    asOf: asOf.toISOString(),
  };
}
