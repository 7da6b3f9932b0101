// Training completions keyed by small integers, as alerts were in 0016: the organisation by a number
// of its own in training_orgs, the person (employee number, or the name when there is none) and the
// course as the export wrote it by numbers in two small tables, the completion day as a count of days
// since 1970. A completion's key was the organisation's 36-character id and a JSON text of about 65
// characters: for a large Trust's export, written course by course, an index far larger than SQLite's
// page cache, read back and rewritten for every course. The run that last wrote or confirmed a
// completion is the organisation's count of training imports, not a 36-character id; the created and
// updated instants nobody read are gone (the import run records when). Completions held are carried
// over, as written by run 0.
import { type Kysely, sql } from 'kysely';
import type { Engine } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('training_orgs')
    .addColumn('org_key', 'integer', (c) => (engine === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey()))
    .addColumn('org_id', 'text', (c) => c.notNull().unique().references('organisations.id').onDelete('cascade'))
    // Training imports so far: each run marks the completions it writes or confirms with the next.
    .addColumn('runs', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('training_people')
    .addColumn('person_key', 'integer', (c) => (engine === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey()))
    .addColumn('org_key', 'integer', (c) => c.notNull().references('training_orgs.org_key').onDelete('cascade'))
    // Whose completions: the employee number, or `name:` and the name in lower case with single spaces.
    .addColumn('who', 'text', (c) => c.notNull())
    // Null for agency staff and locums, whom ESR does not hold.
    .addColumn('employee_number', 'text')
    .execute();
  await db.schema.createIndex('training_people_who').on('training_people').columns(['org_key', 'who']).unique().execute();

  await db.schema
    .createTable('training_course_names')
    .addColumn('course_key', 'integer', (c) => (engine === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey()))
    .addColumn('org_key', 'integer', (c) => c.notNull().references('training_orgs.org_key').onDelete('cascade'))
    // The course's name as an export wrote it: which course it is, is decided when the report is read.
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('training_course_names_name').on('training_course_names').columns(['org_key', 'name']).unique().execute();

  // No references from a completion to its person or course: deleting an organisation would then look
  // up each of its people's completions by a column no index leads with. The organisation's cascade
  // removes all three.
  await db.schema
    .createTable('training_completions_keyed')
    .addColumn('org_key', 'integer', (c) => c.notNull().references('training_orgs.org_key').onDelete('cascade'))
    .addColumn('person_key', 'integer', (c) => c.notNull())
    .addColumn('course_key', 'integer', (c) => c.notNull())
    // Days since 1970-01-01.
    .addColumn('completed_day', 'integer', (c) => c.notNull())
    // As the row wrote it; null when it gave none.
    .addColumn('person_name', 'text')
    // As the file gives it (days since 1970); null when the file gives none and the course's validity decides.
    .addColumn('expires_day', 'integer')
    .addColumn('cpd_hours', 'double precision')
    // The organisation's training import (training_orgs.runs) that last wrote or confirmed it.
    .addColumn('run_no', 'integer', (c) => c.notNull())
    // A plain table with its key as an index (not `without rowid`): rows are appended, and the index of
    // about 20 bytes an entry is what an import course by course writes all over. Measured, a table
    // ordered by the key took half as long again, since it holds the names and days in every entry.
    .addPrimaryKeyConstraint('training_completions_by_key', ['org_key', 'person_key', 'course_key', 'completed_day'])
    .execute();

  const who = engine === 'postgres' ? sql`(c.completion_key::json ->> 0)` : sql`json_extract(c.completion_key, '$[0]')`;
  const day = (column: string) => (engine === 'postgres' ? sql.raw(`(cast(${column} as date) - date '1970-01-01')`) : sql.raw(`cast(julianday(${column}) - 2440587.5 as integer)`));
  await sql`insert into training_orgs (org_id, runs) select distinct org_id, 0 from training_completions order by org_id`.execute(db);
  await sql`
    insert into training_people (org_key, who, employee_number)
    select o.org_key, ${who}, min(c.employee_number)
    from training_completions c join training_orgs o on o.org_id = c.org_id
    group by o.org_key, ${who}
    order by o.org_key, ${who}`.execute(db);
  await sql`
    insert into training_course_names (org_key, name)
    select distinct o.org_key, c.course_name
    from training_completions c join training_orgs o on o.org_id = c.org_id
    order by o.org_key, c.course_name`.execute(db);
  await sql`
    insert into training_completions_keyed (org_key, person_key, course_key, completed_day, person_name, expires_day, cpd_hours, run_no)
    select o.org_key, p.person_key, n.course_key, ${day('c.completed_on')}, c.person_name, ${day('c.expires_on')}, c.cpd_hours, 0
    from training_completions c
    join training_orgs o on o.org_id = c.org_id
    join training_people p on p.org_key = o.org_key and p.who = ${who}
    join training_course_names n on n.org_key = o.org_key and n.name = c.course_name`.execute(db);
  await db.schema.dropTable('training_completions').execute();
  await db.schema.alterTable('training_completions_keyed').renameTo('training_completions').execute();
}
