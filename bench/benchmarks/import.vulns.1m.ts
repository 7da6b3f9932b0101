// import.vulns.1m: a Nessus CSV export of a million finding rows (about 20,000 hosts, 3,000 plugins,
// a row per port, several CVEs in one quoted cell or a row each, hosts given only by address, CRLF)
// through the whole import pipeline into a fresh SQLite database, against the sqlite3 command's
// .import of the same file into a bare table; then a later scan of the same scope (about 5 % of the
// findings gone, 2 % new), the everyday case, timed on its own against .import of that file. Higher
// is better: each ratio is the pipeline's rows a second over sqlite3's. Both imports run in one
// process of their own, so its peak memory is theirs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../lib/processes.js';
import { type LaterScanCounts, type ScanCounts, writeNessusScans } from '../lib/scanner-export.js';
import { timeSqliteImport } from '../lib/sqlite-baseline.js';
import { median, round, spread } from '../lib/stats.js';
import type { Benchmark, Result, RunOptions } from '../lib/types.js';

const ROWS = 1_000_000;
/** Nessus's CSV columns, for the bare table. */
const COLUMNS = 13;
const RSS_GOAL_MB = 300;
const FIRST_AS_OF = '2026-11-23T02:00:00.000Z';
const LATER_AS_OF = '2026-11-30T02:00:00.000Z';

interface ImportFigures {
  seconds: number;
  cpuSeconds: number;
  rssMb: number;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  status: string;
  open: number;
  fixed: number;
  hosts: number;
}

interface ChildResult {
  rssBeforeMb: number;
  first: ImportFigures;
  later: ImportFigures;
}

/** The figures each import must give, known from the files' making. */
function wanted(first: ScanCounts, later: LaterScanCounts) {
  return {
    first: { status: 'applied', rowsRead: first.rows, inserted: first.rowsAdding, updated: 0, unchanged: first.rowsRepeating, rejected: 0, open: first.findings, fixed: 0, hosts: first.hosts },
    later: { status: 'applied', rowsRead: later.rows, inserted: later.rowsAdding, updated: 0, unchanged: later.rowsRepeating, rejected: 0, open: later.findings, fixed: later.gone, hosts: later.hosts },
  };
}

function runChild(firstFile: string, laterFile: string, dataDir: string, expected: ReturnType<typeof wanted>): ChildResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/lib/vuln-import-child.ts'), firstFile, laterFile, dataDir, FIRST_AS_OF, LATER_AS_OF], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`the import process failed: ${child.stderr.slice(-3000)}`);
  const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ChildResult;
  const pick = (f: ImportFigures) => ({ status: f.status, rowsRead: f.rowsRead, inserted: f.inserted, updated: f.updated, unchanged: f.unchanged, rejected: f.rejected, open: f.open, fixed: f.fixed, hosts: f.hosts });
  const got = { first: pick(r.first), later: pick(r.later) };
  if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`the imports gave ${JSON.stringify(got)}, not ${JSON.stringify(expected)}`);
  return r;
}

const benchmark: Benchmark = {
  name: 'import.vulns.1m',
  description: `Importing a Nessus export of ${ROWS.toLocaleString('en-GB')} finding rows through the whole pipeline into SQLite, then a later scan of the same scope, each against sqlite3 .import of the same file into a bare table (rows a second; higher is better); with the importing process's peak memory.`,
  engines: ['sqlite'],
  async run(options: RunOptions): Promise<Result> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-bench-vulns-'));
    try {
      const firstFile = path.join(dataDir, 'nessus-first.csv');
      const laterFile = path.join(dataDir, 'nessus-later.csv');
      const made = await writeNessusScans(firstFile, laterFile, ROWS);
      const expected = wanted(made.first, made.later);
      const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
      options.log(`first scan: ${made.first.rows.toLocaleString('en-GB')} rows, ${made.first.findings.toLocaleString('en-GB')} findings on ${made.first.hosts.toLocaleString('en-GB')} hosts (${made.first.hostsByAddress.toLocaleString('en-GB')} by address only), ${made.first.rowsWithCveLists.toLocaleString('en-GB')} rows with several CVEs in a cell, ${mib(made.first.bytes)} MiB`);
      options.log(`later scan: ${made.later.rows.toLocaleString('en-GB')} rows, ${made.later.findings.toLocaleString('en-GB')} findings, ${made.later.gone.toLocaleString('en-GB')} gone, ${made.later.fresh.toLocaleString('en-GB')} new, ${mib(made.later.bytes)} MiB`);
      const rounds = Math.min(options.rounds, 3);
      const subject: ChildResult[] = [];
      const baseline: number[] = [];
      const laterBaseline: number[] = [];
      for (let round_ = 0; round_ < rounds; round_++) {
        subject.push(runChild(firstFile, laterFile, dataDir, expected));
        baseline.push(timeSqliteImport(firstFile, dataDir, made.first.rows, COLUMNS));
        laterBaseline.push(timeSqliteImport(laterFile, dataDir, made.later.rows, COLUMNS));
        const s = subject.at(-1)!;
        options.log(
          `round ${round_ + 1}: first ${s.first.seconds.toFixed(2)} s (${s.first.cpuSeconds.toFixed(1)} s of processor time), later ${s.later.seconds.toFixed(2)} s (${s.later.cpuSeconds.toFixed(1)} s), peak ${s.later.rssMb.toFixed(0)} MB (${s.first.rssMb.toFixed(0)} MB after the first); sqlite3 .import ${baseline.at(-1)!.toFixed(2)} s and ${laterBaseline.at(-1)!.toFixed(2)} s`,
        );
      }
      const seconds = median(subject.map((s) => s.first.seconds));
      const baseSeconds = median(baseline);
      const laterSeconds = median(subject.map((s) => s.later.seconds));
      const laterBaseSeconds = median(laterBaseline);
      const rss = Math.max(...subject.map((s) => s.later.rssMb));
      const common = { engine: options.engine, rows: made.first.rows, findings: made.first.findings, hosts: made.first.hosts, bytes: made.first.bytes, runs: rounds };
      const baselineName = `the sqlite3 command’s .import of the same file into a bare table of ${COLUMNS} text columns`;
      return {
        value: Math.round(made.first.rows / seconds),
        unit: 'rows/s',
        baseline: Math.round(made.first.rows / baseSeconds),
        baselineName,
        ratio: round(baseSeconds / seconds, 3),
        higherIsBetter: true,
        ...common,
        seconds: round(seconds, 2),
        baselineSeconds: round(baseSeconds, 2),
        samples: subject.map((s) => round(s.first.seconds, 2)),
        baselineSamples: baseline.map((s) => round(s, 2)),
        cpuSeconds: subject.map((s) => round(s.first.cpuSeconds, 1)),
        spread: round(spread(subject.map((s) => s.first.seconds)), 3),
        counts: { inserted: subject[0]!.first.inserted, updated: subject[0]!.first.updated, unchanged: subject[0]!.first.unchanged, rejected: subject[0]!.first.rejected, rowsWithCveLists: made.first.rowsWithCveLists, hostsByAddress: made.first.hostsByAddress },
        extra: {
          'import.vulns.1m.later': {
            value: Math.round(made.later.rows / laterSeconds),
            unit: 'rows/s',
            baseline: Math.round(made.later.rows / laterBaseSeconds),
            baselineName,
            ratio: round(laterBaseSeconds / laterSeconds, 3),
            higherIsBetter: true,
            ...common,
            rows: made.later.rows,
            findings: made.later.findings,
            bytes: made.later.bytes,
            seconds: round(laterSeconds, 2),
            baselineSeconds: round(laterBaseSeconds, 2),
            samples: subject.map((s) => round(s.later.seconds, 2)),
            baselineSamples: laterBaseline.map((s) => round(s, 2)),
            cpuSeconds: subject.map((s) => round(s.later.cpuSeconds, 1)),
            spread: round(spread(subject.map((s) => s.later.seconds)), 3),
            counts: { inserted: subject[0]!.later.inserted, updated: subject[0]!.later.updated, unchanged: subject[0]!.later.unchanged, rejected: subject[0]!.later.rejected, gone: made.later.gone, fresh: made.later.fresh },
            description: 'A later scan of the same scope into the database the first import left: about 5 % of the findings gone (fixed by the import) and 2 % new, the rest seen again; against sqlite3 .import of that file.',
          },
          'import.vulns.1m.rss_mb': {
            value: round(rss, 0),
            unit: 'MB',
            baseline: RSS_GOAL_MB,
            baselineName: `the goal: at most ${RSS_GOAL_MB} MB peak resident memory for the importing process`,
            ratio: round(rss / RSS_GOAL_MB, 2),
            higherIsBetter: false,
            ...common,
            samples: subject.map((s) => round(s.later.rssMb, 0)),
            afterFirst: subject.map((s) => round(s.first.rssMb, 0)),
            description: 'Peak resident memory (maxRSS) of the process that imported the first scan and then the later one, from start to the end of the second import.',
          },
        },
      };
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

export default benchmark;
