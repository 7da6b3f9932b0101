// Each organisation's own expected levels and status labels for a catalogue (issue 4): the published
// profile is a starting point, and an organisation sets its own targets on top of it.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('organisation_catalogue_settings')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('catalogue_id', 'text', (c) => c.notNull().references('catalogues.id').onDelete('cascade'))
    // node ref → level id (or 'not-applicable'); refs left out fall back to the base profile.
    .addColumn('expected_json', 'text', (c) => c.notNull())
    // The catalogue profile the organisation started from, if any.
    .addColumn('base_profile_id', 'text')
    // status label id → the organisation's own label; null means the catalogue's labels.
    .addColumn('status_labels_json', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instantType(engine), (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('organisation_catalogue_settings_pk', ['org_id', 'catalogue_id'])
    .execute();
}
