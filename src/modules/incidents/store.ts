// Tables of the incidents module: incidents, their numbers, timeline events, notifications made,
// lessons learned, actions, evidence links and each organisation's settings.
import type { Db } from '../../platform/db/database.js';
import { nextYearlyNumber } from '../../platform/db/yearly-numbers.js';
import type {
  IncidentActionRow,
  IncidentEventRow,
  IncidentNotificationRow,
  IncidentReviewRow,
  IncidentRow,
  IncidentSettingsRow,
  NewIncidentEventRow,
  NewIncidentRow,
} from '../../platform/db/schema.js';
import { containsText } from '../../platform/db/text-match.js';
import { MILESTONES } from '../../contract/incidents.js';

export async function insertIncident(db: Db, row: NewIncidentRow): Promise<void> {
  await db.insertInto('incidents').values(row).execute();
}

export async function findIncident(db: Db, orgId: string, id: string): Promise<IncidentRow | undefined> {
  return db.selectFrom('incidents').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function findByReferences(db: Db, orgId: string, references: readonly string[]): Promise<IncidentRow[]> {
  if (!references.length) return [];
  return db.selectFrom('incidents').selectAll().where('org_id', '=', orgId).where('reference', 'in', references).execute();
}

export interface IncidentCriteria {
  kind?: string | undefined;
  severity?: string | undefined;
  text?: string | undefined;
}

export async function listIncidents(db: Db, orgId: string, criteria: IncidentCriteria = {}): Promise<IncidentRow[]> {
  let query = db.selectFrom('incidents').selectAll().where('org_id', '=', orgId);
  if (criteria.kind) query = query.where('kind', '=', criteria.kind);
  if (criteria.severity) query = query.where('severity', '=', criteria.severity);
  if (criteria.text) {
    const text = criteria.text;
    query = query.where((eb) => eb.or([containsText(eb.ref('title'), text), containsText(eb.ref('reference'), text), containsText(eb.ref('description'), text)]));
  }
  return query.orderBy('created_at', 'desc').orderBy('reference', 'desc').execute();
}

/** Changes an incident if it is still at the version read; false when someone changed it first. */
export async function updateIncident(db: Db, orgId: string, id: string, version: number, patch: Partial<NewIncidentRow>): Promise<boolean> {
  const result = await db
    .updateTable('incidents')
    .set({ ...patch, version: version + 1 })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The next number for the year (see platform/db/yearly-numbers.ts). */
export async function nextNumber(db: Db, orgId: string, year: number): Promise<number> {
  return nextYearlyNumber(db, 'incident_numbers', orgId, year);
}

export async function referenceTaken(db: Db, orgId: string, reference: string): Promise<boolean> {
  return (await db.selectFrom('incidents').select('id').where('org_id', '=', orgId).where('reference', '=', reference).executeTakeFirst()) !== undefined;
}

// ---- Timeline ----

export async function eventsOf(db: Db, incidentIds: readonly string[]): Promise<IncidentEventRow[]> {
  if (!incidentIds.length) return [];
  return db.selectFrom('incident_events').selectAll().where('incident_id', 'in', incidentIds).orderBy('incident_id').orderBy('seq').execute();
}

export async function insertEvents(db: Db, rows: NewIncidentEventRow[]): Promise<void> {
  if (rows.length) await db.insertInto('incident_events').values(rows).execute();
}

export async function lastSeq(db: Db, incidentId: string): Promise<number> {
  const row = await db.selectFrom('incident_events').select((eb) => eb.fn.max('seq').as('n')).where('incident_id', '=', incidentId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

// ---- Notifications made ----

export async function notificationsOf(db: Db, incidentIds: readonly string[]): Promise<IncidentNotificationRow[]> {
  if (!incidentIds.length) return [];
  return db.selectFrom('incident_notifications').selectAll().where('incident_id', 'in', incidentIds).orderBy('sent_at').orderBy('id').execute();
}

export async function insertNotifications(db: Db, rows: IncidentNotificationRow[]): Promise<void> {
  if (rows.length) await db.insertInto('incident_notifications').values(rows).execute();
}

// ---- Lessons learned and actions ----

export async function reviewsOf(db: Db, incidentIds: readonly string[]): Promise<IncidentReviewRow[]> {
  if (!incidentIds.length) return [];
  return db.selectFrom('incident_reviews').selectAll().where('incident_id', 'in', incidentIds).execute();
}

/** Inserts the first review (version 0 read) or updates at the version read; false when stale. */
export async function saveReview(db: Db, row: IncidentReviewRow, versionRead: number): Promise<boolean> {
  if (versionRead === 0) {
    const inserted = await db.insertInto('incident_reviews').values(row).onConflict((oc) => oc.column('incident_id').doNothing()).returning('incident_id').executeTakeFirst();
    return inserted !== undefined;
  }
  const result = await db.updateTable('incident_reviews').set(row).where('incident_id', '=', row.incident_id).where('version', '=', versionRead).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function actionsOf(db: Db, incidentIds: readonly string[]): Promise<IncidentActionRow[]> {
  if (!incidentIds.length) return [];
  return db.selectFrom('incident_actions').selectAll().where('incident_id', 'in', incidentIds).orderBy('created_at').orderBy('id').execute();
}

export async function insertActions(db: Db, rows: IncidentActionRow[]): Promise<void> {
  if (rows.length) await db.insertInto('incident_actions').values(rows).execute();
}

export async function findAction(db: Db, incidentId: string, id: string): Promise<IncidentActionRow | undefined> {
  return db.selectFrom('incident_actions').selectAll().where('incident_id', '=', incidentId).where('id', '=', id).executeTakeFirst();
}

export async function updateAction(db: Db, incidentId: string, id: string, version: number, patch: Partial<IncidentActionRow>): Promise<boolean> {
  const result = await db
    .updateTable('incident_actions')
    .set({ ...patch, version: version + 1 })
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ---- Evidence links ----

export async function evidenceLinksOf(db: Db, incidentId: string): Promise<string[]> {
  return (await db.selectFrom('incident_evidence').select('evidence_id').where('incident_id', '=', incidentId).orderBy('linked_at').execute()).map((r) => r.evidence_id);
}

export async function linkEvidence(db: Db, incidentId: string, evidenceId: string, at: string, by: string | null): Promise<boolean> {
  const inserted = await db
    .insertInto('incident_evidence')
    .values({ incident_id: incidentId, evidence_id: evidenceId, linked_at: at, linked_by: by })
    .onConflict((oc) => oc.columns(['incident_id', 'evidence_id']).doNothing())
    .returning('evidence_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function unlinkEvidence(db: Db, incidentId: string, evidenceId: string): Promise<boolean> {
  const result = await db.deleteFrom('incident_evidence').where('incident_id', '=', incidentId).where('evidence_id', '=', evidenceId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// ---- Settings ----

export async function findSettings(db: Db, orgId: string): Promise<IncidentSettingsRow | undefined> {
  return db.selectFrom('incident_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

export async function saveSettings(db: Db, row: IncidentSettingsRow, versionRead: number): Promise<boolean> {
  if (versionRead === 0) {
    const inserted = await db.insertInto('incident_settings').values(row).onConflict((oc) => oc.column('org_id').doNothing()).returning('org_id').executeTakeFirst();
    return inserted !== undefined;
  }
  const result = await db.updateTable('incident_settings').set(row).where('org_id', '=', row.org_id).where('version', '=', versionRead).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Incidents not closed (no closing milestone that a correction has not replaced): those whose clocks may run. */
export async function openIncidents(db: Db): Promise<IncidentRow[]> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('incident_events as e')
            .select('e.id')
            .whereRef('e.incident_id', '=', 'incidents.id')
            .where('e.kind', '=', 'closed')
            .where('e.at', 'is not', null)
            .where((inner) => inner.not(inner.exists(inner.selectFrom('incident_events as c').select('c.id').whereRef('c.corrects', '=', 'e.id')))),
        ),
      ),
    )
    .execute();
}

// ---- What the metrics read: only the columns they use, for the whole organisation in three queries ----

export async function metricRowsOf(db: Db, orgId: string) {
  return db
    .selectFrom('incidents')
    .select(['id', 'kind', 'severity', 'detection_source', 'breach_likelihood', 'breach_harm', 'created_at'])
    .where('org_id', '=', orgId)
    .execute();
}

/** Every milestone entry (corrections included) of the organisation's incidents, in the order recorded. */
export async function milestoneEventsOfOrg(db: Db, orgId: string) {
  return db
    .selectFrom('incident_events as e')
    .innerJoin('incidents as i', 'i.id', 'e.incident_id')
    .select(['e.incident_id', 'e.id', 'e.seq', 'e.kind', 'e.at', 'e.estimated', 'e.corrects'])
    .where('i.org_id', '=', orgId)
    .where('e.kind', 'in', [...MILESTONES])
    .orderBy('e.incident_id')
    .orderBy('e.seq')
    .execute();
}

/** When each of the organisation's incidents was first notified to the ICO. */
export async function firstIcoNotificationsOfOrg(db: Db, orgId: string) {
  return db
    .selectFrom('incident_notifications as n')
    .innerJoin('incidents as i', 'i.id', 'n.incident_id')
    .select((eb) => ['n.incident_id', eb.fn.min('n.sent_at').as('sent_at')])
    .where('i.org_id', '=', orgId)
    .where('n.recipient', '=', 'ico')
    .groupBy('n.incident_id')
    .execute();
}
