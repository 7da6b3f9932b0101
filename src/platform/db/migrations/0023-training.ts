// Training and induction compliance: each organisation's courses (what an e-learning export's course
// names mean here), its settings (target, induction window, who counts as security staff and the CPD
// hours expected of them), and the completions its e-learning exports list, kept as the file wrote
// them so that a course renamed or configured later changes the answer without a new import. ESR's
// line manager for each assignment goes on the staff register's assignments, for overdue lists by
// manager.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema.alterTable('staff_assignments').addColumn('supervisor_employee_number', 'text').execute();

  await db.schema
    .createTable('training_courses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // awareness, induction, cpd or other
    .addColumn('kind', 'text', (c) => c.notNull())
    // Null: never expires (induction is done once).
    .addColumn('validity_months', 'integer')
    .addColumn('counts', 'integer', (c) => c.notNull())
    // The names e-learning exports give it, as a JSON array of text.
    .addColumn('known_as_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('training_courses_code').on('training_courses').columns(['org_id', 'code']).unique().execute();

  await db.schema
    .createTable('training_settings')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
    // The settings as JSON (target, induction window, security staff, CPD hours): read whole, saved whole.
    .addColumn('settings_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('training_completions')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    // Employee number (or, when blank, the name) + the course name as written + the completion date.
    .addColumn('completion_key', 'text', (c) => c.notNull())
    // Null for agency staff and locums, whom ESR does not hold.
    .addColumn('employee_number', 'text')
    .addColumn('person_name', 'text')
    .addColumn('course_name', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'text', (c) => c.notNull())
    // As the file gives it; null when the file gives none and the course's validity decides.
    .addColumn('expires_on', 'text')
    .addColumn('cpd_hours', 'double precision')
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('training_completions_pk', ['org_id', 'completion_key'])
    .execute();
}
