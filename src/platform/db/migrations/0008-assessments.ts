// Assessments (issue 9): an organisation's self-assessment against one catalogue version for one
// period, its responses per requirement, the evidence linked to them, an independent review, and the
// reminders already sent. Evidence items themselves belong to the evidence module.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema
    .createTable('assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('catalogue_key', 'text', (c) => c.notNull())
    .addColumn('catalogue_version', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    // outcome | safeguard | checklist: how the catalogue's requirements are answered.
    .addColumn('response_style', 'text', (c) => c.notNull())
    // CIS implementation groups in scope (JSON list), null when the catalogue has none.
    .addColumn('implementation_groups_json', 'text')
    // 'organisation' (its own expected levels) or a catalogue profile id; null: no profile.
    .addColumn('profile', 'text')
    .addColumn('status_rule_json', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('previous_id', 'text')
    .addColumn('submitted_at', instant)
    .addColumn('submitted_by', 'text')
    // What was submitted, as it was: responses, expected levels, status and evidence versions.
    .addColumn('snapshot_json', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  // One assessment per organisation, catalogue version and period: two people starting it at once get one.
  await db.schema.createIndex('assessments_one_per_period').on('assessments').columns(['org_id', 'catalogue_key', 'catalogue_version', 'period']).unique().execute();

  await db.schema
    .createTable('assessment_responses')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('node_ref', 'text', (c) => c.notNull())
    .addColumn('chosen_level', 'text')
    .addColumn('derived_level', 'text')
    // The level that counts (chosen, else derived), kept for counting in queries.
    .addColumn('level', 'text')
    .addColumn('not_applicable_reason', 'text')
    .addColumn('override_reason', 'text')
    .addColumn('indicator_answers_json', 'text')
    .addColumn('dimensions_json', 'text')
    .addColumn('narrative', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('due_on', 'text')
    .addColumn('review_state', 'text', (c) => c.notNull())
    // Where the answer came from when not typed here: last year's assessment, or a suggestion accepted.
    .addColumn('origin', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('assessment_responses_pk', ['assessment_id', 'node_ref'])
    .execute();
  await db.schema.createIndex('assessment_responses_owner').on('assessment_responses').columns(['owner_id']).execute();

  await db.schema
    .createTable('assessment_response_evidence')
    .addColumn('assessment_id', 'text', (c) => c.notNull())
    .addColumn('node_ref', 'text', (c) => c.notNull())
    .addColumn('evidence_id', 'text', (c) => c.notNull())
    .addColumn('linked_at', instant, (c) => c.notNull())
    .addColumn('linked_by', 'text')
    .addPrimaryKeyConstraint('assessment_response_evidence_pk', ['assessment_id', 'node_ref', 'evidence_id'])
    .addForeignKeyConstraint('assessment_response_evidence_response', ['assessment_id', 'node_ref'], 'assessment_responses', ['assessment_id', 'node_ref'], (c) => c.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('assessment_response_evidence_item').on('assessment_response_evidence').columns(['evidence_id']).execute();

  await db.schema
    .createTable('assessment_reviews')
    .addColumn('assessment_id', 'text', (c) => c.primaryKey().references('assessments.id').onDelete('cascade'))
    .addColumn('reviewer', 'text')
    .addColumn('opinion', 'text')
    .addColumn('summary', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('assessment_review_levels')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('node_ref', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('assessment_review_levels_pk', ['assessment_id', 'node_ref'])
    .execute();

  // A reminder is sent once per outcome, owner, kind and day, however often the sender runs.
  await db.schema
    .createTable('assessment_reminders')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('node_ref', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_reminders_pk', ['assessment_id', 'node_ref', 'account_id', 'kind', 'sent_on'])
    .execute();
}
