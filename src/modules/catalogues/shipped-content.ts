// The catalogues and crosswalks Bulwark ships: read once per process from content/ with a hash of each
// file, and loaded at start-up only when the database does not already hold that content.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../platform/db/database.js';
import type { Engine } from '../../platform/db/engine.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { saveCatalogue, saveMappingSet } from './catalogue-storage.js';
import { validateCatalogue, validateCrosswalk } from './domain/catalogue-format.js';
import * as store from './store.js';

export const CONTENT_DIR = path.resolve(import.meta.dirname, '../../../content');

export interface ShippedFile {
  /** Relative to the repository, as problems name it: content/catalogues/caf-3.2.json. */
  fileName: string;
  /** key@version for a catalogue, the crosswalk id for a crosswalk. */
  key: string;
  hash: string;
  value: unknown;
}

const cache = new Map<string, { catalogues: ShippedFile[]; crosswalks: ShippedFile[] }>();

export function readShippedContent(dir: string = CONTENT_DIR): { catalogues: ShippedFile[]; crosswalks: ShippedFile[] } {
  let content = cache.get(dir);
  if (!content) {
    content = {
      catalogues: readDir(dir, 'catalogues', (v) => `${String(v.id)}@${String(v.version)}`),
      crosswalks: readDir(dir, 'crosswalks', (v) => String(v.id)),
    };
    cache.set(dir, content);
  }
  return content;
}

function readDir(dir: string, sub: string, keyOf: (value: Record<string, unknown>) => string): ShippedFile[] {
  const folder = path.join(dir, sub);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(folder, f), 'utf8');
      const fileName = path.join(path.basename(dir), sub, f);
      let value: Record<string, unknown>;
      try {
        value = JSON.parse(text) as Record<string, unknown>;
      } catch (error) {
        throw new Error(`${fileName} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      return { fileName, key: keyOf(value), hash: createHash('sha256').update(text).digest('hex'), value };
    });
}

/**
 * Loads the catalogues and crosswalks in content/ that are new or changed since the last start
 * (compared by content hash), in one transaction. Unchanged content costs one query per table.
 */
export async function loadShippedContent(db: Db, engine: Engine, dir?: string): Promise<{ catalogues: number; crosswalks: number }> {
  const files = readShippedContent(dir);
  const stale = (hashes: Awaited<ReturnType<typeof store.contentHashes>>) => {
    const catalogueHashes = new Map(hashes.catalogues.filter((c) => c.source === 'shipped').map((c) => [`${c.key}@${c.version}`, c.content_hash]));
    const setHashes = new Map(hashes.sets.filter((s) => s.source === 'shipped').map((s) => [s.key, s.content_hash]));
    return {
      catalogues: files.catalogues.filter((f) => catalogueHashes.get(f.key) !== f.hash),
      crosswalks: files.crosswalks.filter((f) => setHashes.get(f.key) !== f.hash),
    };
  };
  const first = stale(await store.contentHashes(db));
  if (first.catalogues.length === 0 && first.crosswalks.length === 0) return { catalogues: 0, crosswalks: 0 };

  return inTransaction(db, async (tx) => {
    await store.lockCatalogues(tx, engine);
    // Another instance may have loaded it while this one waited for the lock.
    const pending = stale(await store.contentHashes(tx));
    for (const f of pending.catalogues) {
      await saveCatalogue(tx, validateCatalogue(f.value, f.fileName), 'shipped', { contentHash: f.hash, fileName: f.fileName, keepAddedNodes: true });
    }
    for (const f of pending.crosswalks) {
      await saveMappingSet(tx, validateCrosswalk(f.value, f.fileName), 'shipped', { contentHash: f.hash, fileName: f.fileName });
    }
    return { catalogues: pending.catalogues.length, crosswalks: pending.crosswalks.length };
  });
}
