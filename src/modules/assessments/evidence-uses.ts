// Which responses an evidence item supports, across the organisation's assessments: one item can
// back many outcomes in many years.
import type { Db } from '../../platform/db/database.js';
import type { AssessmentState } from './domain/lifecycle.js';
import * as store from './store.js';

export async function evidenceUses(db: Db, orgId: string, evidenceId: string) {
  const uses = await store.usesOfEvidence(db, orgId, evidenceId);
  return { uses: uses.map((u) => ({ assessmentId: u.assessment_id, title: u.title, period: u.period, state: u.state as AssessmentState, ref: u.node_ref })) };
}
