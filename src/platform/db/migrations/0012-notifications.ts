// What the app tells a person (an incident's clock passing 48 hours, a report overdue): kept until read.
// The key makes each notice once only, however many servers or runs notice the same thing at once.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('org_id', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('read_at', instant)
    .addColumn('emailed_at', instant)
    .execute();
  await db.schema.createIndex('notifications_once').on('notifications').columns(['account_id', 'dedupe_key']).unique().execute();
  await db.schema.createIndex('notifications_unread').on('notifications').columns(['account_id', 'read_at', 'created_at']).execute();
}
