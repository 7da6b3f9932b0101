// Exercises of the incident response plan: each exercise with its participants, the injects released
// to the players, the decision points timed against the plan's targets, what observers noted, and the
// findings (with their bottleneck) and actions of the review. Numbered EX-<year>-<n> per organisation.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema
    .createTable('exercises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('scenario_id', 'text')
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('objectives_json', 'text', (c) => c.notNull())
    // A calendar date (YYYY-MM-DD).
    .addColumn('planned_for', 'text')
    // The clock: planned until started, running until ended, then completed.
    .addColumn('started_at', instant)
    .addColumn('ended_at', instant)
    // The evidence item written when the exercise was completed (CAF D1.c).
    .addColumn('evidence_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('exercises_reference').on('exercises').columns(['org_id', 'reference']).unique().execute();

  // The last number given each year, per organisation: two exercises planned at once get two numbers.
  await db.schema
    .createTable('exercise_numbers')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('exercise_numbers_pk', ['org_id', 'year'])
    .execute();

  await db.schema
    .createTable('exercise_participants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercises.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text')
    .execute();
  await db.schema.createIndex('exercise_participants_exercise').on('exercise_participants').columns(['exercise_id', 'seq']).execute();

  await db.schema
    .createTable('exercise_injects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercises.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at_minute', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('released_at', instant)
    .addColumn('released_by', 'text')
    .execute();
  await db.schema.createIndex('exercise_injects_exercise').on('exercise_injects').columns(['exercise_id', 'seq']).execute();

  await db.schema
    .createTable('exercise_decision_points')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercises.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    // Stable across exercises, so the same decision can be compared over time.
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('target_minutes', 'integer', (c) => c.notNull())
    .addColumn('reached_at', instant)
    .addColumn('note', 'text')
    .addColumn('recorded_at', instant)
    .addColumn('recorded_by', 'text')
    .execute();
  await db.schema.createIndex('exercise_decision_points_key').on('exercise_decision_points').columns(['exercise_id', 'key']).unique().execute();

  await db.schema
    .createTable('exercise_observations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercises.id').onDelete('cascade'))
    .addColumn('at', instant, (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('recorded_at', instant, (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .execute();
  await db.schema.createIndex('exercise_observations_exercise').on('exercise_observations').columns(['exercise_id', 'at']).execute();

  await db.schema
    .createTable('exercise_findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercises.id').onDelete('cascade'))
    // Order added, 1, 2, 3… per exercise, as for actions below.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('bottleneck', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('decision_point_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('exercise_findings_exercise').on('exercise_findings').columns(['exercise_id', 'seq']).execute();

  await db.schema
    .createTable('exercise_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercises.id').onDelete('cascade'))
    .addColumn('finding_id', 'text', (c) => c.notNull().references('exercise_findings.id').onDelete('cascade'))
    // Order added, 1, 2, 3… per exercise: several actions come with one finding at the same instant.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text')
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('exercise_actions_exercise').on('exercise_actions').columns(['exercise_id', 'seq']).execute();
}
