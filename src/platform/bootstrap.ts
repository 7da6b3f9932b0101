// Opening Bulwark's database and bringing its schema up to date: shared by the server, the CLI and tests.
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { type DatabaseHandle, type DatabaseTarget, migrate, openDatabase, targetFromConfig } from './db/database.js';

export interface OpenedApp extends AppContext {
  handle: DatabaseHandle;
  migrationsApplied: string[];
  close(): Promise<void>;
}

export async function openApp(config: Config, target: DatabaseTarget = targetFromConfig(config)): Promise<OpenedApp> {
  const handle = openDatabase(target);
  try {
    const migrationsApplied = await migrate(handle);
    return { db: handle.db, engine: handle.engine, config, handle, migrationsApplied, close: () => handle.close() };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
