// The staff register, from ESR extracts: each member of staff by ESR employee number, their
// assignments by assignment number (a person holds several: substantive, bank, honorary), and for
// each staff import the joiners, movers and leavers it found. Dates are calendar dates (YYYY-MM-DD)
// as ESR writes them; whether someone is current is worked out from them for a given day, never stored.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema
    .createTable('staff_members')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('employee_number', 'text', (c) => c.notNull())
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('known_as', 'text')
    // Where the person stood as of the last staff import (its as-of), as JSON: what the next import's
    // joiners, movers and leavers are worked out against. Null until an import has finished.
    .addColumn('last_seen_json', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('staff_members_pk', ['org_id', 'employee_number'])
    .execute();

  await db.schema
    .createTable('staff_assignments')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('assignment_number', 'text', (c) => c.notNull())
    .addColumn('employee_number', 'text', (c) => c.notNull())
    .addColumn('division', 'text')
    .addColumn('department', 'text')
    .addColumn('organisation', 'text')
    .addColumn('position', 'text')
    .addColumn('staff_group', 'text')
    .addColumn('category', 'text')
    .addColumn('is_primary', 'integer', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('email', 'text')
    .addColumn('fte', 'double precision')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('staff_assignments_pk', ['org_id', 'assignment_number'])
    .execute();
  await db.schema.createIndex('staff_assignments_person').on('staff_assignments').columns(['org_id', 'employee_number']).execute();

  // One row per staff import that applied, so "since" can name an import or a date.
  await db.schema
    .createTable('staff_imports')
    .addColumn('run_id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    // 1, 2, 3… per organisation in the order the imports applied (two may share an instant).
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('as_of', instant, (c) => c.notNull())
    .addColumn('imported_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('staff_imports_org').on('staff_imports').columns(['org_id', 'seq']).unique().execute();

  await db.schema
    .createTable('staff_changes')
    .addColumn('run_id', 'text', (c) => c.notNull().references('staff_imports.run_id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('employee_number', 'text', (c) => c.notNull())
    // joined, moved or left
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('staff_changes_pk', ['run_id', 'employee_number', 'change'])
    .execute();
  await db.schema.createIndex('staff_changes_org').on('staff_changes').columns(['org_id', 'run_id']).execute();
}
