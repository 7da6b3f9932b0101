// A fresh database for a test of one migration: taken to the step before it, given rows as the
// older tables held them, then migrated on (with `migrate(handle)`) to see what the migration made.
import { type Migration, Migrator } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { migrations } from '../../src/platform/db/migrations/index.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface MigrationSteps {
  /** Open from before the file's first test to after its last. */
  handle: DatabaseHandle;
  /** Applies the migrations up to and including the one named, and no further. */
  migrateTo(name: string): Promise<void>;
}

export function databaseForMigrationSteps(): MigrationSteps {
  let database: TestDatabase;
  const steps = {
    async migrateTo(name: string): Promise<void> {
      const provided: Record<string, Migration> = {};
      for (const [key, m] of Object.entries(migrations)) provided[key] = { up: (db) => m.up(db, steps.handle.engine) };
      const { error } = await new Migrator({ db: steps.handle.db, provider: { getMigrations: async () => provided } }).migrateTo(name);
      if (error instanceof Error) throw error;
      if (error) throw new Error(`Migrating to ${name} failed: ${JSON.stringify(error)}`);
    },
  } as MigrationSteps;
  beforeAll(async () => {
    database = await createTestDatabase();
    steps.handle = openDatabase(database.target);
  });
  afterAll(async () => {
    await steps.handle.close();
    await database.drop();
  });
  return steps;
}
