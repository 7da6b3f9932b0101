// Incidents (issue 10): the register, each incident's timeline (append-only: a correction is a new
// entry that names the one it replaces), notifications made, the lessons learned and their actions,
// evidence linked, and each organisation's targets and reporting threshold.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    // INC-2026-007 when numbered here, or the reference an imported spreadsheet gave it.
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    // JSON lists: confidentiality/integrity/availability; asset names; data subject categories; alert ids.
    .addColumn('cia_json', 'text', (c) => c.notNull())
    .addColumn('nis', 'integer', (c) => c.notNull())
    .addColumn('detection_source', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('affected_assets_json', 'text', (c) => c.notNull())
    .addColumn('data_subjects_json', 'text', (c) => c.notNull())
    .addColumn('subjects_count', 'integer')
    .addColumn('records_count', 'bigint')
    .addColumn('alert_refs_json', 'text', (c) => c.notNull())
    // The notification grid's two scores, 1-5.
    .addColumn('breach_likelihood', 'integer')
    .addColumn('breach_harm', 'integer')
    // Where the incident came from: 'recorded' here or 'import'.
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('incidents_reference').on('incidents').columns(['org_id', 'reference']).unique().execute();

  // The last number given each year, per organisation: two incidents recorded at once get two numbers.
  await db.schema
    .createTable('incident_numbers')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_numbers_pk', ['org_id', 'year'])
    .execute();

  await db.schema
    .createTable('incident_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    // Order recorded, 1, 2, 3… per incident.
    .addColumn('seq', 'integer', (c) => c.notNull())
    // A milestone (occurred … closed) or an entry (note, decision, evidence).
    .addColumn('kind', 'text', (c) => c.notNull())
    // Null only on a correction that withdraws a milestone.
    .addColumn('at', instant)
    .addColumn('estimated', 'integer', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('evidence_id', 'text')
    .addColumn('corrects', 'text')
    .addColumn('reason', 'text')
    .addColumn('recorded_at', instant, (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .execute();
  await db.schema.createIndex('incident_events_seq').on('incident_events').columns(['incident_id', 'seq']).unique().execute();

  await db.schema
    .createTable('incident_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text')
    .addColumn('sent_at', instant, (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('note', 'text')
    .addColumn('recorded_at', instant, (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .execute();
  await db.schema.createIndex('incident_notifications_incident').on('incident_notifications').columns(['incident_id', 'sent_at']).execute();

  await db.schema
    .createTable('incident_reviews')
    .addColumn('incident_id', 'text', (c) => c.primaryKey().references('incidents.id').onDelete('cascade'))
    .addColumn('held_on', 'text')
    .addColumn('root_cause', 'text')
    .addColumn('summary', 'text')
    .addColumn('went_well', 'text')
    .addColumn('to_improve', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('incident_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text')
    .addColumn('due_on', 'text')
    .addColumn('done_on', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('incident_actions_incident').on('incident_actions').columns(['incident_id']).execute();

  await db.schema
    .createTable('incident_evidence')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('evidence_id', 'text', (c) => c.notNull())
    .addColumn('linked_at', instant, (c) => c.notNull())
    .addColumn('linked_by', 'text')
    .addPrimaryKeyConstraint('incident_evidence_pk', ['incident_id', 'evidence_id'])
    .execute();

  await db.schema
    .createTable('incident_settings')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
    .addColumn('targets_json', 'text', (c) => c.notNull())
    .addColumn('dhsc_likelihood_at_least', 'integer', (c) => c.notNull())
    .addColumn('dhsc_harm_at_least', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}
