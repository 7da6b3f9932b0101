// The catalogues and crosswalks Bulwark ships, read once per process from content/ with a hash of each
// file, so that start-up can tell in one query whether the database already holds this content.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

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
