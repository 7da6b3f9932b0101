// One helper for "do this and record it": the change and its audit record commit together.
import type { Db } from './database.js';

export async function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute((tx) => work(tx));
}
