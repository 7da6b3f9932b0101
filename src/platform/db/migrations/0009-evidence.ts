// The evidence library's tables: each piece of evidence an organisation holds (a file, a link or a
// note) with its dates, and every version of it. Files live in the database (decision 44).
import type { Kysely } from 'kysely';
import { binaryType, type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);

  await db.schema
    .createTable('evidence_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    /** 'file', 'link' or 'note'. */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    /** The account that answers for keeping it current. */
    .addColumn('owner_id', 'text')
    /** UK calendar dates, YYYY-MM-DD. */
    .addColumn('valid_from', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('review_on', 'text')
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('archived_at', instant)
    .execute();
  await db.schema.createIndex('evidence_items_org').on('evidence_items').columns(['org_id', 'archived_at', 'expires_on']).execute();

  await db.schema
    .createTable('evidence_versions')
    .addColumn('item_id', 'text', (c) => c.notNull().references('evidence_items.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text')
    /** Decided from the file's bytes when it arrived, never from its name or the request. */
    .addColumn('media_type', 'text')
    .addColumn('size_bytes', 'integer')
    /** SHA-256 of the bytes, hex: shown to people and sent with every download. */
    .addColumn('sha256', 'text')
    .addColumn('content', binaryType(engine))
    .addColumn('url', 'text')
    .addColumn('note_text', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addPrimaryKeyConstraint('evidence_versions_pk', ['item_id', 'number'])
    .execute();
}
