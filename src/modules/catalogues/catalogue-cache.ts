// Catalogues and crosswalks are reference data: read on every assessment request, changed rarely, by
// a system administrator's import. Their parsed form is kept in memory per database, for at most
// CACHE_SECONDS, and dropped at once when this process changes any catalogue table. Another instance
// behind the same load balancer sees an import within CACHE_SECONDS (decision 0045).
import type { Db } from '../../platform/db/database.js';
import { handleOf } from '../../platform/db/transaction.js';

export const CACHE_SECONDS = 30;

interface Entry {
  at: number;
  value: Promise<unknown>;
}

const byDatabase = new WeakMap<Db, Map<string, Entry>>();
// Transactions that have changed a catalogue table: what they read is theirs alone until they commit.
const changedIn = new WeakSet<Db>();

/** The value under key for this database, loaded once and shared until it is stale or a catalogue changes. */
export function cachedRead<T>(db: Db, key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  if (db.isTransaction && changedIn.has(db)) return load();
  const handle = handleOf(db);
  let entries = byDatabase.get(handle);
  if (!entries) byDatabase.set(handle, (entries = new Map<string, Entry>()));
  const hit = entries.get(key);
  if (hit && now - hit.at < CACHE_SECONDS * 1000) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { at: now, value });
  // A failed load is not kept: the next read tries again.
  value.catch(() => entries.get(key)?.value === value && entries.delete(key));
  return value;
}

/** Forgets everything read from this database's catalogue tables: called by every write to them. */
export function catalogueChanged(db: Db): void {
  if (db.isTransaction) changedIn.add(db);
  byDatabase.get(handleOf(db))?.clear();
}

/** Wraps a use case that changes catalogues so the cache is dropped again once its transaction is over. */
export function thenForget<A extends [{ db: Db } | Db, ...unknown[]], R>(work: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const first = args[0];
    const db = 'db' in first && typeof (first as { db?: unknown }).db === 'object' ? (first).db : (first as Db);
    try {
      return await work(...args);
    } finally {
      catalogueChanged(db);
    }
  };
}
