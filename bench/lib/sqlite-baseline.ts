// Shared by the import benchmarks: writing a generated file line by line, and timing the sqlite3
// command's .import of a CSV into a bare table of text columns, the baseline they compare with.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Writes lines in pieces, waiting when the stream is full; answers the file's size. */
export async function writeLines(file: string, lines: Iterable<string>): Promise<number> {
  const out = fs.createWriteStream(file);
  const drain = () => new Promise<void>((resolve) => out.once('drain', () => resolve()));
  let pending: string[] = [];
  for (const line of lines) {
    pending.push(line);
    if (pending.length >= 5000) {
      if (!out.write(pending.join(''))) await drain();
      pending = [];
    }
  }
  out.end(pending.join(''));
  await new Promise<void>((resolve, reject) => out.on('finish', resolve).on('error', reject));
  return fs.statSync(file).size;
}

/** Seconds the sqlite3 command takes to .import the file (heading skipped) into a fresh bare table; checks the rows arrived. */
export function timeSqliteImport(file: string, dataDir: string, rows: number, columns: number): number {
  const db = path.join(dataDir, 'baseline.db');
  fs.rmSync(db, { force: true });
  execFileSync('sqlite3', [db, `create table bare (${Array.from({ length: columns }, (_, i) => `c${i + 1} text`).join(', ')})`]);
  const started = process.hrtime.bigint();
  execFileSync('sqlite3', [db, `.import --csv --skip 1 ${file} bare`]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const count = Number(execFileSync('sqlite3', [db, 'select count(*) from bare']).toString().trim());
  if (count !== rows) throw new Error(`sqlite3 .import loaded ${count} rows, not ${rows}`);
  fs.rmSync(db, { force: true });
  return seconds;
}
