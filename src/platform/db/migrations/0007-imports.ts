// The import pipeline's own tables: each run of an import (what file, how it went, what it changed) and
// the column mappings an organisation saves for the files its systems export.
import { type Kysely, sql } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);

  await db.schema
    .createTable('import_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    /** The kind of import, e.g. 'organisations'; each kind is declared by the module that owns its data. */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    /** SHA-256 of the file's bytes: the same file imported again changes nothing. */
    .addColumn('content_hash', 'text', (c) => c.notNull())
    /** The mapping as applied (JSON), so a repeat with another mapping is not taken for the same import. */
    .addColumn('mapping_json', 'text', (c) => c.notNull())
    .addColumn('mapping_name', 'text')
    /** 'all-or-nothing' or 'skip-invalid'. */
    .addColumn('mode', 'text', (c) => c.notNull())
    /** 'running', 'applied' or 'refused'. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('as_of', instant, (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_inserted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_rejected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('problem_count', 'integer', (c) => c.notNull().defaultTo(0))
    /** The first problems found (JSON array of {row, column, value, reason}); problem_count has them all. */
    .addColumn('problems_json', 'text', (c) => c.notNull().defaultTo('[]'))
    /** Why a refused run was refused, in a sentence. */
    .addColumn('outcome', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('started_at', instant, (c) => c.notNull())
    .addColumn('finished_at', instant)
    .execute();
  await db.schema.createIndex('import_runs_org').on('import_runs').columns(['org_id', 'started_at']).execute();
  // One running import of a kind per organisation: a second, started while the first still runs,
  // is refused rather than racing it for the same natural keys.
  await db.schema
    .createIndex('import_runs_one_running')
    .on('import_runs')
    .columns(['org_id', 'kind'])
    .unique()
    .where(sql.ref('status'), '=', 'running')
    .execute();
  await db.schema.createIndex('import_runs_repeat').on('import_runs').columns(['org_id', 'kind', 'content_hash']).execute();

  await db.schema
    .createTable('import_mappings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    /** field → { column, format? } as JSON. */
    .addColumn('mapping_json', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('import_mappings_unique', ['org_id', 'kind', 'name'])
    .execute();
}
