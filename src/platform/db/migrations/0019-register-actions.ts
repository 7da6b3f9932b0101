// Actions made from the register's risk flags. A flag is worked out, never stored; the action keeps
// the flag's key and what the flag said when it was made (rule, subject, reason), so it still reads
// when the register has moved on. One action per flag in an organisation, however many click at once.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema
    .createTable('register_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('flag_key', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    // The asset or supplier (or, later, data flow) the flag was about, and its name then. No foreign
    // key: the subject may be archived or removed, and the action stays for the record.
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('subject_name', 'text', (c) => c.notNull())
    // The flag's reason when the action was made.
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closed_at', instant)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  // A flag becomes one action, however many people click at once.
  await db.schema.createIndex('register_actions_once').on('register_actions').columns(['org_id', 'flag_key']).unique().execute();
  await db.schema.createIndex('register_actions_subject').on('register_actions').columns(['org_id', 'subject_id']).execute();
}
