// Catalogue reads shared from memory: one load per key while fresh, a fresh load after any change to
// the catalogue tables or once CACHE_SECONDS have passed, and never a failed load kept.
import { describe, expect, it } from 'vitest';
import { CACHE_SECONDS, cachedRead, catalogueChanged } from '../../src/modules/catalogues/catalogue-cache.js';
import type { Db } from '../../src/platform/db/database.js';

const database = () => ({ isTransaction: false }) as unknown as Db;

describe('shared catalogue reads', () => {
  it('loads once while fresh, and again after a change or when stale', async () => {
    const db = database();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cachedRead(db, 'k', load, 1000)).toBe(1);
    expect(await cachedRead(db, 'k', load, 1000 + CACHE_SECONDS * 1000 - 1)).toBe(1);
    catalogueChanged(db);
    expect(await cachedRead(db, 'k', load, 2000)).toBe(2);
    expect(await cachedRead(db, 'k', load, 2000 + CACHE_SECONDS * 1000)).toBe(3);
  });

  it('keeps each database’s reads apart', async () => {
    const [a, b] = [database(), database()];
    expect(await cachedRead(a, 'k', async () => 'a', 0)).toBe('a');
    expect(await cachedRead(b, 'k', async () => 'b', 0)).toBe('b');
  });

  it('a transaction that changed a catalogue reads for itself and stores nothing', async () => {
    const tx = { isTransaction: true } as unknown as Db;
    expect(await cachedRead(tx, 'k', async () => 'before', 0)).toBe('before');
    catalogueChanged(tx);
    expect(await cachedRead(tx, 'k', async () => 'uncommitted', 0)).toBe('uncommitted');
    expect(await cachedRead(tx, 'k', async () => 'again', 0)).toBe('again');
  });

  it('does not keep a failed load', async () => {
    const db = database();
    await expect(cachedRead(db, 'k', () => Promise.reject(new Error('gone')), 0)).rejects.toThrow('gone');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cachedRead(db, 'k', async () => 'back', 1)).toBe('back');
  });
});
