// Each organisation's remediation deadlines and its edits to the end-of-support table, and the
// operating system a scanner reports for a host (matched against that table).
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema
    .createTable('remediation_deadline_settings')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
    // Days allowed from the day a finding is seen; null for no deadline at that severity.
    .addColumn('critical_days', 'integer')
    .addColumn('high_days', 'integer')
    .addColumn('medium_days', 'integer')
    .addColumn('low_days', 'integer')
    .addColumn('kev_days', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  // The organisation's edits over the built-in table, as one checked list: rows put in place or added,
  // and built-in rows taken out. Small (tens of rows), read whole whenever support is worked out.
  await db.schema
    .createTable('end_of_support_edits')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
    .addColumn('edits', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema.alterTable('vulnerability_hosts').addColumn('os', 'text').execute();
  // Reading the periods open at an instant, an organisation's findings in chunks, and an asset's hosts.
  await db.schema.createIndex('vulnerability_finding_periods_open').on('vulnerability_finding_periods').columns(['org_id', 'fixed_at']).execute();
  await db.schema.createIndex('vulnerability_findings_org_id').on('vulnerability_findings').columns(['org_id', 'id']).execute();
  await db.schema.createIndex('vulnerability_hosts_asset').on('vulnerability_hosts').columns(['asset_id']).execute();
}
