// Data protection impact assessments: each DPIA with its screening answers, its assessment (what it
// covers, why the processing is needed, whom it consulted, the risks), the DPO's advice and the
// sign-off. Where a DPIA stands is worked out from these, never stored. Numbered DPIA-<year>-<n> per
// organisation. The assets and flows it covers are archived, never deleted, so the links always resolve.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema
    .createTable('dpias')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    // A JSON object of the screening questions answered, each true or false.
    .addColumn('screening_json', 'text', (c) => c.notNull())
    .addColumn('not_required_reason', 'text')
    .addColumn('necessity', 'text')
    .addColumn('consultation', 'text')
    // Moves whenever what was assessed changes, so advice and sign-off say which version they were on.
    .addColumn('assessment_version', 'integer', (c) => c.notNull())
    .addColumn('dpo_advice', 'text')
    .addColumn('dpo_advice_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('dpo_advice_at', instant)
    .addColumn('dpo_advice_version', 'integer')
    .addColumn('sign_off_outcome', 'text')
    .addColumn('sign_off_conditions', 'text')
    .addColumn('sign_off_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('sign_off_at', instant)
    // A calendar date (YYYY-MM-DD).
    .addColumn('review_on', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('dpias_reference').on('dpias').columns(['org_id', 'reference']).unique().execute();

  // The last number given each year, per organisation: two DPIAs started at once get two numbers.
  await db.schema
    .createTable('dpia_numbers')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('dpia_numbers_pk', ['org_id', 'year'])
    .execute();

  await db.schema
    .createTable('dpia_risks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dpia_id', 'text', (c) => c.notNull().references('dpias.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('likelihood', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('measures', 'text')
    .addColumn('residual_likelihood', 'text', (c) => c.notNull())
    .addColumn('residual_severity', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dpia_risks_dpia').on('dpia_risks').columns(['dpia_id', 'seq']).execute();

  for (const [table, column, target] of [
    ['dpia_assets', 'asset_id', 'information_assets.id'],
    ['dpia_flows', 'flow_id', 'data_flows.id'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('dpia_id', 'text', (c) => c.notNull().references('dpias.id').onDelete('cascade'))
      .addColumn(column, 'text', (c) => c.notNull().references(target))
      .addPrimaryKeyConstraint(`${table}_pk`, ['dpia_id', column])
      .execute();
    await db.schema.createIndex(`${table}_${column}`).on(table).column(column).execute();
  }
}
