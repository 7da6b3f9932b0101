// Statements for imports that write a million rows in batches: written out as text once for each
// engine, name and size, rather than built with Kysely for every batch (building and compiling cost a
// third of SQLite's time and let the importing process's heap grow by over 100 MB; decision 66).
// Lists are padded to a multiple of STEP by repeating their last value, which changes no answer, so a
// few dozen texts serve every batch and each is prepared once.
import { type Db, engineOf } from './database.js';

export const STEP = 25;
const statements = new Map<string, string>();

/** The statement `name` for `rows` rows (or keys), written once for each engine and size; names are global, so prefix them with the table. */
export function statement(db: Db, name: string, rows: number, write: (mark: () => string, rows: number) => string): string {
  const engine = engineOf(db);
  const key = `${engine} ${name} ${rows}`;
  let text = statements.get(key);
  if (!text) {
    let n = 0;
    text = write(() => (engine === 'postgres' ? `$${++n}` : '?'), rows);
    statements.set(key, text);
  }
  return text;
}

export const paddedLength = (rows: number) => Math.ceil(rows / STEP) * STEP;

/** `rows` items joined by commas: the placeholders of a list or of a multi-row insert. */
export const list = (rows: number, item: () => string) => Array.from({ length: rows }, item).join(', ');

/** The values repeated at the end to a multiple of STEP. */
export function padded<T>(values: readonly T[]): T[] {
  const out = [...values];
  while (out.length % STEP) out.push(values.at(-1)!);
  return out;
}
