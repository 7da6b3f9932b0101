// The information asset register and the suppliers assets depend on. Both are keyed by UUID so later
// tables (data flows, records of processing, DPIAs) can refer to them, and matched by name within the
// organisation for imports: `name_key` is the name folded for that match.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema
    .createTable('suppliers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('companies_house_number', 'text')
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('services', 'text')
    .addColumn('contract_reference', 'text')
    // Calendar dates (YYYY-MM-DD).
    .addColumn('contract_starts_on', 'text')
    .addColumn('contract_ends_on', 'text')
    .addColumn('dspt_status', 'text')
    // The DSPT year the status is for, as 2024-25.
    .addColumn('dspt_year', 'text')
    // [{ scheme, name, number, expiresOn }]: read and written whole with the supplier.
    .addColumn('certifications_json', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('suppliers_name').on('suppliers').columns(['org_id', 'name_key']).unique().execute();

  await db.schema
    .createTable('information_assets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('asset_type', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    // The Information Asset Owner and Administrator: an account in the organisation, or a name alone.
    .addColumn('owner_id', 'text')
    .addColumn('owner_name', 'text')
    .addColumn('administrator_id', 'text')
    .addColumn('administrator_name', 'text')
    .addColumn('criticality', 'text', (c) => c.notNull())
    .addColumn('hosting', 'text')
    .addColumn('hosting_region', 'text')
    // A supplier may not be removed while a live asset names it (the service refuses); an archived
    // asset loses the link instead.
    .addColumn('supplier_id', 'text', (c) => c.references('suppliers.id').onDelete('set null'))
    .addColumn('support_ends_on', 'text')
    .addColumn('personal_data', 'integer', (c) => c.notNull())
    .addColumn('special_category_data', 'integer', (c) => c.notNull())
    .addColumn('patient_data', 'integer', (c) => c.notNull())
    .addColumn('record_volume', 'bigint')
    .addColumn('encryption_at_rest', 'text', (c) => c.notNull())
    .addColumn('mfa', 'text', (c) => c.notNull())
    .addColumn('backup_restore_tested_on', 'text')
    .addColumn('continuity_plan', 'integer', (c) => c.notNull())
    .addColumn('continuity_plan_reference', 'text')
    .addColumn('notes', 'text')
    .addColumn('archived_at', instant)
    .addColumn('archived_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  // One live asset per name in an organisation; an archived one frees its name.
  await db.schema
    .createIndex('information_assets_name')
    .on('information_assets')
    .columns(['org_id', 'name_key'])
    .unique()
    .where(sql.ref('archived_at'), 'is', null)
    .execute();
  await db.schema.createIndex('information_assets_supplier').on('information_assets').column('supplier_id').execute();
}
