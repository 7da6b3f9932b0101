// import.rows: the import pipeline bringing a CSV of organisations into a fresh database (hash, stream,
// map, type and check every row, apply in batches in one transaction, run record and audit), against
// the engine's own bulk loader on the same file: the sqlite3 command's .import into a bare table on
// SQLite, COPY … FROM STDIN on PostgreSQL. Median seconds of alternating rounds; lower is better.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openApp } from '../../src/app/bootstrap.js';
import { loadConfig } from '../../src/platform/config.js';
import { runImport } from '../../src/platform/imports/run-import.js';
import { createOrganisation } from '../../src/modules/organisations/service.js';
import { benchDatabase } from '../lib/database.js';
import { median, round, spread } from '../lib/stats.js';
import type { Benchmark, Result, RunOptions } from '../lib/types.js';

/** Rows in the generated file: the departments and sites of a large Trust many times over. */
const ROWS = 50_000;

/** A CSV as an estates register exports it: a BOM, CRLF, quoted names with commas. */
function generateCsv(file: string): number {
  const lines = ['\uFEFFODS code,Name,Type,Parent ODS code,DSPT category'];
  for (let i = 0; i < ROWS; i++) {
    const code = `D${i.toString(36).toUpperCase().padStart(6, '0')}`;
    lines.push(`${code},"Department ${i}, Block ${i % 40}",department,,`);
  }
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return fs.statSync(file).size;
}

async function timeBulwark(engine: RunOptions['engine'], env: Record<string, string>, file: string, dataDir: string): Promise<number> {
  const config = loadConfig({ LOG_LEVEL: 'silent', BULWARK_DATA_DIR: dataDir, BULWARK_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'), ...(engine === 'postgres' ? { DATABASE_URL: env.BENCH_DATABASE_URL! } : {}) });
  fs.rmSync(path.join(dataDir, 'bulwark.db'), { force: true });
  const app = await openApp(config);
  try {
    const actor = { userId: null, label: 'bench' };
    const trust = await createOrganisation({ db: app.db, actor, now: new Date() }, { name: `Bench Trust ${Date.now()}`, type: 'nhs-trust', odsCode: null }, null);
    const started = process.hrtime.bigint();
    const run = await runImport(
      { db: app.db, actor, now: new Date() },
      { kind: 'organisations', orgId: trust.id, fileName: 'estates.csv', open: () => fs.createReadStream(file), mode: 'all-or-nothing', asOf: new Date() },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (run.rows_inserted !== ROWS) throw new Error(`the import added ${run.rows_inserted} rows, not ${ROWS}`);
    // The next round imports the same codes: clear them so it adds them again.
    await app.db.deleteFrom('organisations').where('parent_id', '=', trust.id).execute();
    return seconds;
  } finally {
    await app.close();
  }
}

function timeSqliteImport(file: string, dataDir: string): number {
  const db = path.join(dataDir, 'baseline.db');
  fs.rmSync(db, { force: true });
  execFileSync('sqlite3', [db, 'create table organisations (ods_code text, name text, type text, parent_ods_code text, dspt_category text)']);
  const started = process.hrtime.bigint();
  execFileSync('sqlite3', [db, '.import --csv --skip 1 ' + file + ' organisations']);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const count = Number(execFileSync('sqlite3', [db, 'select count(*) from organisations']).toString().trim());
  if (count !== ROWS) throw new Error(`sqlite3 .import loaded ${count} rows, not ${ROWS}`);
  return seconds;
}

async function timeCopy(url: string, file: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('drop table if exists baseline_organisations');
    await client.query('create table baseline_organisations (ods_code text, name text, type text, parent_ods_code text, dspt_category text)');
    const started = process.hrtime.bigint();
    // COPY does not skip a BOM; strip it as the only preparation the baseline gets.
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    await pipeline(Readable.from([text]), client.query(copyFrom('copy baseline_organisations from stdin with (format csv, header true)')));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const { rows } = await client.query<{ n: string }>('select count(*) as n from baseline_organisations');
    if (Number(rows[0]!.n) !== ROWS) throw new Error(`COPY loaded ${rows[0]!.n} rows, not ${ROWS}`);
    await client.query('drop table baseline_organisations');
    return seconds;
  } finally {
    await client.end();
  }
}

const benchmark: Benchmark = {
  name: 'import.rows',
  description: `Importing ${ROWS.toLocaleString('en-GB')} organisations from a CSV through the whole pipeline, against sqlite3 .import (SQLite) or COPY (PostgreSQL) of the same file into a bare table; median seconds of alternating rounds.`,
  engines: ['sqlite', 'postgres'],
  async run(options: RunOptions): Promise<Result> {
    const database = await benchDatabase(options.engine);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-bench-import-'));
    try {
      const file = path.join(dataDir, 'estates.csv');
      const bytes = generateCsv(file);
      options.log(`${ROWS.toLocaleString('en-GB')} rows, ${(bytes / (1024 * 1024)).toFixed(1)} MiB`);
      const subject: number[] = [];
      const baseline: number[] = [];
      for (let round_ = 0; round_ < options.rounds; round_++) {
        subject.push(await timeBulwark(options.engine, database.env, file, dataDir));
        baseline.push(options.engine === 'sqlite' ? timeSqliteImport(file, dataDir) : await timeCopy(database.env.BENCH_DATABASE_URL!, file));
        options.log(`round ${round_ + 1}: pipeline ${subject.at(-1)!.toFixed(2)} s, baseline ${baseline.at(-1)!.toFixed(2)} s`);
      }
      const value = median(subject);
      const base = median(baseline);
      return {
        value: round(value, 3),
        unit: 's',
        baseline: round(base, 3),
        baselineName: options.engine === 'sqlite' ? 'the sqlite3 command’s .import of the same file into a bare table' : 'PostgreSQL COPY of the same file into a bare table',
        ratio: round(value / base, 2),
        higherIsBetter: false,
        engine: options.engine,
        rows: ROWS,
        bytes,
        rowsPerSecond: Math.round(ROWS / value),
        runs: options.rounds,
        samples: subject.map((s) => round(s, 3)),
        baselineSamples: baseline.map((s) => round(s, 3)),
        spread: round(spread(subject), 3),
      };
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
      await database.drop();
    }
  },
};

export default benchmark;
