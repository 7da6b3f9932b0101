// Data flows: the flows of data between the organisation's information assets, its suppliers and
// other organisations, with the legal bases they rest on. Each end is exactly one of an asset, a
// supplier or another organisation by name. Flows are archived, not deleted, so a record of
// processing or a DPIA that names one keeps its meaning; an archived flow frees its name.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { type Engine, instantType } from '../engine.js';

/** Exactly one of the three columns of an end holds a value. */
const oneEnd = (end: 'from' | 'to') =>
  sql`(case when ${sql.ref(`${end}_asset_id`)} is null then 0 else 1 end) + (case when ${sql.ref(`${end}_supplier_id`)} is null then 0 else 1 end) + (case when ${sql.ref(`${end}_party`)} is null then 0 else 1 end) = 1`;

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema
    .createTable('data_flows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    // Assets are archived, never deleted, so an asset end always resolves. A supplier named by a live
    // flow cannot be removed (the service refuses); an archived flow's supplier end becomes a party
    // of the supplier's name first.
    .addColumn('from_asset_id', 'text', (c) => c.references('information_assets.id'))
    .addColumn('from_supplier_id', 'text', (c) => c.references('suppliers.id'))
    .addColumn('from_party', 'text')
    .addColumn('to_asset_id', 'text', (c) => c.references('information_assets.id'))
    .addColumn('to_supplier_id', 'text', (c) => c.references('suppliers.id'))
    .addColumn('to_party', 'text')
    // JSON arrays of ids, read and written whole with the flow.
    .addColumn('data_categories', 'text', (c) => c.notNull())
    .addColumn('data_subjects', 'text', (c) => c.notNull())
    .addColumn('personal_data', 'integer', (c) => c.notNull())
    .addColumn('special_category_data', 'integer', (c) => c.notNull())
    .addColumn('patient_data', 'integer', (c) => c.notNull())
    .addColumn('record_volume', 'bigint')
    .addColumn('purpose', 'text')
    .addColumn('direct_care', 'integer', (c) => c.notNull())
    .addColumn('lawful_basis', 'text')
    .addColumn('special_category_condition', 'text')
    .addColumn('schedule_1_condition', 'text')
    .addColumn('cldc_basis', 'text')
    .addColumn('cag_reference', 'text')
    .addColumn('national_data_opt_out', 'text')
    .addColumn('transfer_method', 'text')
    .addColumn('encrypted_in_transit', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text')
    .addColumn('agreement_type', 'text')
    .addColumn('agreement_reference', 'text')
    // A calendar date (YYYY-MM-DD): the last day the agreement holds.
    .addColumn('agreement_expires_on', 'text')
    .addColumn('international_transfer', 'integer', (c) => c.notNull())
    .addColumn('destination_country', 'text')
    .addColumn('transfer_safeguard', 'text')
    .addColumn('retention', 'text')
    .addColumn('notes', 'text')
    .addColumn('archived_at', instant)
    .addColumn('archived_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addCheckConstraint('data_flows_one_from', oneEnd('from'))
    .addCheckConstraint('data_flows_one_to', oneEnd('to'))
    .execute();
  // One live flow per name in an organisation; an archived one frees its name.
  await db.schema
    .createIndex('data_flows_name')
    .on('data_flows')
    .columns(['org_id', 'name_key'])
    .unique()
    .where(sql.ref('archived_at'), 'is', null)
    .execute();
  for (const column of ['from_asset_id', 'to_asset_id', 'from_supplier_id', 'to_supplier_id']) {
    await db.schema.createIndex(`data_flows_${column}`).on('data_flows').column(column).execute();
  }
}
