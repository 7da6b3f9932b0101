// Some imports go into one record of an organisation rather than the organisation itself (last
// year's answers into one assessment): the run remembers which, so a repeat is judged per target.
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';

export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema.alterTable('import_runs').addColumn('target', 'text').execute();
}
