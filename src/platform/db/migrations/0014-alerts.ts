// A security operations team's alert history, in each alert's latest state, for triage analytics.
// Histories run to millions of rows and are read whole by the analytics, so instants are integer
// milliseconds and rules and analysts are small integers into a per-organisation list of names:
// a row is a handful of numbers, and reading a million of them needs no parsing.
import { type Kysely, sql } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  const ms = engine === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('alert_names')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // 'rule' | 'owner'
    .addColumn('id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_names_pk', ['org_id', 'kind', 'id'])
    .execute();
  await db.schema.createIndex('alert_names_by_name').on('alert_names').columns(['org_id', 'kind', 'name']).unique().execute();

  await db.schema
    .createTable('alerts')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('alert_id', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'integer', (c) => c.notNull())
    .addColumn('owner_id', 'integer')
    .addColumn('severity', 'integer', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('classification', 'integer')
    .addColumn('created_ms', ms, (c) => c.notNull())
    .addColumn('triaged_ms', ms)
    .addColumn('closed_ms', ms)
    .addColumn('modified_ms', ms, (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.notNull())
    // The run that wrote the state this one replaced: a write says at once whether it added an alert,
    // brought one up to date, or repeated a state an earlier row of the same file brought.
    .addColumn('replaced_run_id', 'text')
    .addPrimaryKeyConstraint('alerts_pk', ['org_id', 'source', 'alert_id'])
    // On SQLite the rows live in their key's order, with no second tree to keep for the key.
    .$call((table) => (engine === 'sqlite' ? table.modifyEnd(sql`without rowid`) : table))
    .execute();
  // Everything the triage report reads, in the order it reads it: the report scans this index alone.
  await db.schema
    .createIndex('alerts_by_created')
    .on('alerts')
    .columns(['org_id', 'created_ms', 'rule_id', 'owner_id', 'severity', 'classification', 'triaged_ms', 'closed_ms'])
    .execute();

  await db.schema
    .createTable('alert_settings')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
    .addColumn('targets_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('alert_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('finding_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('recommendation', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  // A finding becomes one action, however many people click at once.
  await db.schema.createIndex('alert_actions_once').on('alert_actions').columns(['org_id', 'finding_key']).unique().execute();
}
