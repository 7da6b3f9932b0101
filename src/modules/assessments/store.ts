// Tables of the assessments module: assessments, their responses and the evidence linked to them,
// independent reviews and the reminders sent. Rows in, rows out; no rules.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type {
  AssessmentResponseEvidenceTable,
  AssessmentResponseRow,
  AssessmentResponseTable,
  AssessmentReviewLevelRow,
  AssessmentReviewRow,
  AssessmentRow,
  AssessmentTable,
} from '../../platform/db/schema.js';

export type { AssessmentResponseRow, AssessmentReviewLevelRow, AssessmentReviewRow, AssessmentRow };
export type NewAssessment = Insertable<AssessmentTable>;
export type AssessmentChange = Omit<Updateable<AssessmentTable>, 'id' | 'org_id' | 'version'>;
export type NewResponse = Insertable<AssessmentResponseTable>;
export type ResponseChange = Omit<Updateable<AssessmentResponseTable>, 'assessment_id' | 'node_ref' | 'version'>;
export type EvidenceLinkRow = AssessmentResponseEvidenceTable;

export async function insertAssessment(tx: Db, row: NewAssessment): Promise<void> {
  await tx.insertInto('assessments').values(row).execute();
}

export async function findAssessment(db: Db, orgId: string, id: string): Promise<AssessmentRow | undefined> {
  return db.selectFrom('assessments').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function assessmentsOf(db: Db, orgId: string): Promise<AssessmentRow[]> {
  return db.selectFrom('assessments').selectAll().where('org_id', '=', orgId).orderBy('period', 'desc').orderBy('created_at', 'desc').execute();
}

/** The assessment changed only when it is still at the version the caller read. */
export async function updateAssessment(tx: Db, id: string, change: AssessmentChange, expectedVersion: number): Promise<boolean> {
  const result = await tx
    .updateTable('assessments')
    .set({ ...change, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertResponses(tx: Db, rows: NewResponse[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await tx.insertInto('assessment_responses').values(rows.slice(i, i + 200)).execute();
}

export async function responsesOf(db: Db, assessmentIds: string[]): Promise<AssessmentResponseRow[]> {
  if (assessmentIds.length === 0) return [];
  return db.selectFrom('assessment_responses').selectAll().where('assessment_id', 'in', assessmentIds).execute();
}

export async function findResponse(db: Db, assessmentId: string, ref: string): Promise<AssessmentResponseRow | undefined> {
  return db.selectFrom('assessment_responses').selectAll().where('assessment_id', '=', assessmentId).where('node_ref', '=', ref).executeTakeFirst();
}

/** Optimistic lock: the response changes only when nobody has changed it since expectedVersion. */
export async function updateResponse(tx: Db, assessmentId: string, ref: string, change: ResponseChange, expectedVersion: number): Promise<boolean> {
  const result = await tx
    .updateTable('assessment_responses')
    .set({ ...change, version: expectedVersion + 1 })
    .where('assessment_id', '=', assessmentId)
    .where('node_ref', '=', ref)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Responses owned by one person in the organisation's assessments that are still being worked on. */
export async function openResponsesOwnedBy(db: Db, orgId: string, accountId: string): Promise<Array<AssessmentResponseRow & { title: string; state: string }>> {
  return db
    .selectFrom('assessment_responses as r')
    .innerJoin('assessments as a', 'a.id', 'r.assessment_id')
    .selectAll('r')
    .select(['a.title', 'a.state'])
    .where('a.org_id', '=', orgId)
    .where('a.state', 'in', ['draft', 'in-review'])
    .where('r.owner_id', '=', accountId)
    .execute();
}

/** Responses with an owner and a due date in open assessments everywhere, for the reminder sender. */
export async function openResponsesWithDueDates(db: Db): Promise<Array<AssessmentResponseRow & { org_id: string; title: string }>> {
  return db
    .selectFrom('assessment_responses as r')
    .innerJoin('assessments as a', 'a.id', 'r.assessment_id')
    .selectAll('r')
    .select(['a.org_id', 'a.title'])
    .where('a.state', 'in', ['draft', 'in-review'])
    .where('r.owner_id', 'is not', null)
    .where('r.due_on', 'is not', null)
    .where('r.review_state', '!=', 'agreed')
    .execute();
}

export async function evidenceLinksOf(db: Db, assessmentId: string): Promise<EvidenceLinkRow[]> {
  return db.selectFrom('assessment_response_evidence').selectAll().where('assessment_id', '=', assessmentId).orderBy('linked_at').execute();
}

export async function linkEvidence(tx: Db, row: EvidenceLinkRow): Promise<boolean> {
  const result = await tx
    .insertInto('assessment_response_evidence')
    .values(row)
    .onConflict((oc) => oc.columns(['assessment_id', 'node_ref', 'evidence_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function unlinkEvidence(tx: Db, assessmentId: string, ref: string, evidenceId: string): Promise<boolean> {
  const result = await tx
    .deleteFrom('assessment_response_evidence')
    .where('assessment_id', '=', assessmentId)
    .where('node_ref', '=', ref)
    .where('evidence_id', '=', evidenceId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Which responses of the organisation's assessments an evidence item supports. */
export async function usesOfEvidence(db: Db, orgId: string, evidenceId: string): Promise<Array<{ assessment_id: string; node_ref: string; title: string; period: string; state: string }>> {
  return db
    .selectFrom('assessment_response_evidence as l')
    .innerJoin('assessments as a', 'a.id', 'l.assessment_id')
    .select(['l.assessment_id', 'l.node_ref', 'a.title', 'a.period', 'a.state'])
    .where('a.org_id', '=', orgId)
    .where('l.evidence_id', '=', evidenceId)
    .orderBy('a.period', 'desc')
    .orderBy('l.node_ref')
    .execute();
}

export async function findReview(db: Db, assessmentId: string): Promise<AssessmentReviewRow | undefined> {
  return db.selectFrom('assessment_reviews').selectAll().where('assessment_id', '=', assessmentId).executeTakeFirst();
}

export async function insertReview(tx: Db, row: AssessmentReviewRow): Promise<void> {
  await tx.insertInto('assessment_reviews').values(row).execute();
}

export async function updateReview(tx: Db, row: AssessmentReviewRow, expectedVersion: number): Promise<boolean> {
  const result = await tx.updateTable('assessment_reviews').set(row).where('assessment_id', '=', row.assessment_id).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function reviewLevelsOf(db: Db, assessmentId: string): Promise<AssessmentReviewLevelRow[]> {
  return db.selectFrom('assessment_review_levels').selectAll().where('assessment_id', '=', assessmentId).execute();
}

export async function saveReviewLevel(tx: Db, row: AssessmentReviewLevelRow): Promise<void> {
  await tx
    .insertInto('assessment_review_levels')
    .values(row)
    .onConflict((oc) => oc.columns(['assessment_id', 'node_ref']).doUpdateSet({ level: row.level, note: row.note, updated_at: row.updated_at, updated_by: row.updated_by }))
    .execute();
}

export async function removeReviewLevel(tx: Db, assessmentId: string, ref: string): Promise<void> {
  await tx.deleteFrom('assessment_review_levels').where('assessment_id', '=', assessmentId).where('node_ref', '=', ref).execute();
}

/** Records a reminder as sent; false when this one was already sent that day. */
export async function recordReminder(tx: Db, row: { assessment_id: string; node_ref: string; account_id: string; kind: string; sent_on: string }): Promise<boolean> {
  const result = await tx
    .insertInto('assessment_reminders')
    .values(row)
    .onConflict((oc) => oc.columns(['assessment_id', 'node_ref', 'account_id', 'kind', 'sent_on']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** An assessment by id alone (the command line, run by the installation's administrator). */
export async function findAssessmentAnywhere(db: Db, id: string): Promise<AssessmentRow | undefined> {
  return db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
}
