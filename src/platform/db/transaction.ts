// One helper for "do this and record it": the change and its audit record commit together.
import type { Db } from './database.js';

const openedOn = new WeakMap<Db, Db>();

export async function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute((tx) => {
    openedOn.set(tx, db);
    return work(tx);
  });
}

/** The database handle a transaction was opened on (the handle itself when it is not a transaction). */
export function handleOf(db: Db): Db {
  return openedOn.get(db) ?? db;
}
