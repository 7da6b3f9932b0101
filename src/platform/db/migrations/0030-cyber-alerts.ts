// Each organisation's register of NHS cyber alerts and its response to each: whether it applies,
// acknowledged, remediated, closed, and the updates written along the way.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema
    .createTable('cyber_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('reference', 'text', (c) => c.notNull())
    // The reference folded to lower case: one alert per reference in an organisation, in any case.
    .addColumn('reference_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('issued_at', instant, (c) => c.notNull())
    // JSON lists: upper-case CVE ids, and product phrases.
    .addColumn('cves', 'text', (c) => c.notNull())
    .addColumn('products', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    // A UK date given by a person; null for the default worked out from the organisation's deadlines.
    .addColumn('remediate_by', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('applicability', 'text')
    .addColumn('applicability_note', 'text')
    .addColumn('applicability_by', 'text')
    .addColumn('applicability_at', instant)
    .addColumn('acknowledged_at', instant)
    .addColumn('acknowledged_by', 'text')
    .addColumn('remediated_at', instant)
    .addColumn('remediated_by', 'text')
    .addColumn('closed_at', instant)
    .addColumn('closed_by', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('cyber_alerts_reference').on('cyber_alerts').columns(['org_id', 'reference_key']).unique().execute();

  await db.schema
    .createTable('cyber_alert_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('alert_id', 'text', (c) => c.notNull().references('cyber_alerts.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('written_at', instant, (c) => c.notNull())
    .addColumn('written_by', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cyber_alert_updates_alert').on('cyber_alert_updates').columns(['alert_id', 'written_at']).execute();
}
