// The rejected rows of a file uploaded with skip-invalid, kept with its run so the person who chose to
// import the good rows can download the others, fix them and import them again.
import type { Kysely } from 'kysely';
import { binaryType, type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('import_rejects')
    .addColumn('run_id', 'text', (c) => c.primaryKey().references('import_runs.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('csv', binaryType(engine), (c) => c.notNull())
    .addColumn('created_at', instantType(engine), (c) => c.notNull())
    .execute();
}
