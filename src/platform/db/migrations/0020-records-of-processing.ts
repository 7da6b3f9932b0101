// The record of processing's own details (UK GDPR Art 30(1)(a)): how to reach the controller, the
// Data Protection Officer, any representative and joint controllers. One row per organisation, made
// on the first change; the organisation's name comes from its own table, and the processing
// activities are worked out from the data flows, so nothing else is stored.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema
    .createTable('ropa_details')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
    .addColumn('controller_contact', 'text')
    .addColumn('dpo_name', 'text')
    .addColumn('dpo_contact', 'text')
    .addColumn('representative', 'text')
    .addColumn('joint_controllers', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}
