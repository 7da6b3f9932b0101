// Framework catalogues (shipped and imported), their node trees, profiles and crosswalks.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);

  await db.schema
    .createTable('catalogues')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('provenance_json', 'text', (c) => c.notNull())
    .addColumn('levels_json', 'text', (c) => c.notNull())
    .addColumn('default_levels_json', 'text')
    .addColumn('groups_json', 'text')
    .addColumn('status_labels_json', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('loaded_at', instant, (c) => c.notNull())
    .addUniqueConstraint('catalogues_key_version', ['key', 'version'])
    .execute();

  await db.schema
    .createTable('catalogue_nodes')
    .addColumn('catalogue_id', 'text', (c) => c.notNull().references('catalogues.id').onDelete('cascade'))
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('parent_ref', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('guidance', 'text')
    .addColumn('assessable', 'integer', (c) => c.notNull())
    .addColumn('levels_json', 'text')
    .addColumn('groups_json', 'text')
    .addColumn('attributes_json', 'text')
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('local_text_json', 'text')
    .addPrimaryKeyConstraint('catalogue_nodes_pk', ['catalogue_id', 'ref'])
    .execute();
  await db.schema.createIndex('catalogue_nodes_order').on('catalogue_nodes').columns(['catalogue_id', 'sort_order']).execute();

  await db.schema
    .createTable('catalogue_profiles')
    .addColumn('catalogue_id', 'text', (c) => c.notNull().references('catalogues.id').onDelete('cascade'))
    .addColumn('profile_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('expected_json', 'text', (c) => c.notNull())
    // 'file' when it came with the catalogue; 'local' once an administrator set or imported its levels.
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('catalogue_profiles_pk', ['catalogue_id', 'profile_id'])
    .execute();

  await db.schema
    .createTable('catalogue_mapping_sets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('source_version', 'text', (c) => c.notNull())
    .addColumn('target_key', 'text', (c) => c.notNull())
    .addColumn('target_version', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('provenance_json', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('loaded_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('catalogue_mapping_sets_pair')
    .on('catalogue_mapping_sets')
    .columns(['source_key', 'source_version', 'target_key', 'target_version'])
    .execute();

  await db.schema
    .createTable('catalogue_mapping_links')
    .addColumn('set_id', 'text', (c) => c.notNull().references('catalogue_mapping_sets.id').onDelete('cascade'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('source_ref', 'text', (c) => c.notNull())
    .addColumn('target_ref', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('catalogue_mapping_links_pk', ['set_id', 'sort_order'])
    .execute();
}
