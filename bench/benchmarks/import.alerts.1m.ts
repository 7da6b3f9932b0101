// import.alerts.1m: a million alerts in a Microsoft Sentinel incident export (a row per update, so
// about 1.4 million rows and 600 MB: BOM, CRLF, the owner as quoted JSON, seven-digit fractions)
// through the whole import pipeline into SQLite, against the sqlite3 command's .import of the same
// file into a bare table. Higher is better: the ratio is the pipeline's rows a second over sqlite3's.
// The import runs in its own process, so its peak memory is its own; the triage report over the
// million alerts is then timed in that process (analytics.alerts.1m).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sentinelCsvLines } from '../../src/modules/alerts/sample-export.js';
import { ROOT } from '../lib/processes.js';
import { timeSqliteImport, writeLines } from '../lib/sqlite-baseline.js';
import { median, round, spread } from '../lib/stats.js';
import type { Benchmark, Result, RunOptions } from '../lib/types.js';

const ALERTS = 1_000_000;
const END = new Date('2026-11-30T00:00:00Z');
const DAYS = 90;
const REPORT_RUNS = 5;

async function generate(file: string): Promise<{ rows: number; bytes: number }> {
  let rows = -1; // the heading is not a row
  function* counted() {
    for (const line of sentinelCsvLines({ alerts: ALERTS, end: END, days: DAYS })) {
      rows++;
      yield line;
    }
  }
  const bytes = await writeLines(file, counted());
  return { rows, bytes };
}

interface ChildResult {
  importSeconds: number;
  importRssMb: number;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  status: string;
  reportMs: number[];
  alerts: number;
  peakRssMb: number;
}

function runChild(file: string, dataDir: string): ChildResult {
  // Node itself with the TypeScript loader, as bin/bulwark.js runs the command (not the tsx command,
  // which adds a process of its own).
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/lib/alert-import-child.ts'), file, dataDir, END.toISOString(), String(REPORT_RUNS)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`the import process failed: ${child.stderr.slice(-3000)}`);
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ChildResult;
  if (result.status !== 'applied' || result.inserted !== ALERTS) throw new Error(`the import ended ${result.status} with ${result.inserted} alerts added, not ${ALERTS}`);
  return result;
}

const benchmark: Benchmark = {
  name: 'import.alerts.1m',
  description: `Importing ${ALERTS.toLocaleString('en-GB')} alerts from a Sentinel incident export through the whole pipeline into SQLite, against sqlite3 .import of the same file into a bare table (rows a second; higher is better); with the import's peak memory and the triage report's time over the million alerts.`,
  engines: ['sqlite'],
  async run(options: RunOptions): Promise<Result> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-bench-alerts-'));
    try {
      const file = path.join(dataDir, 'sentinel-incidents.csv');
      const { rows, bytes } = await generate(file);
      options.log(`${ALERTS.toLocaleString('en-GB')} alerts in ${rows.toLocaleString('en-GB')} rows, ${(bytes / 1024 / 1024).toFixed(0)} MiB`);
      const rounds = Math.min(options.rounds, 3);
      const subject: ChildResult[] = [];
      const baseline: number[] = [];
      for (let round_ = 0; round_ < rounds; round_++) {
        subject.push(runChild(file, dataDir));
        baseline.push(timeSqliteImport(file, dataDir, rows, 15));
        const s = subject.at(-1)!;
        options.log(`round ${round_ + 1}: pipeline ${s.importSeconds.toFixed(2)} s (peak ${s.importRssMb.toFixed(0)} MB), sqlite3 .import ${baseline.at(-1)!.toFixed(2)} s, report ${median(s.reportMs).toFixed(0)} ms`);
      }
      const seconds = median(subject.map((s) => s.importSeconds));
      const baseSeconds = median(baseline);
      const rss = Math.max(...subject.map((s) => s.importRssMb));
      const reportMs = median(subject.flatMap((s) => s.reportMs));
      const common = { engine: options.engine, alerts: ALERTS, rows, bytes, runs: rounds };
      return {
        value: Math.round(rows / seconds),
        unit: 'rows/s',
        baseline: Math.round(rows / baseSeconds),
        baselineName: 'the sqlite3 command’s .import of the same file into a bare table of 15 text columns',
        ratio: round(baseSeconds / seconds, 3),
        higherIsBetter: true,
        ...common,
        seconds: round(seconds, 2),
        baselineSeconds: round(baseSeconds, 2),
        samples: subject.map((s) => round(s.importSeconds, 2)),
        baselineSamples: baseline.map((s) => round(s, 2)),
        spread: round(spread(subject.map((s) => s.importSeconds)), 3),
        counts: { inserted: subject[0]!.inserted, updated: subject[0]!.updated, duplicates: subject[0]!.unchanged, rejected: subject[0]!.rejected },
        extra: {
          'import.alerts.1m.rss_mb': {
            value: round(rss, 0),
            unit: 'MB',
            baseline: 300,
            baselineName: 'the goal: at most 300 MB peak resident memory for the importing process',
            ratio: round(rss / 300, 2),
            higherIsBetter: false,
            ...common,
            samples: subject.map((s) => round(s.importRssMb, 0)),
            description: 'Peak resident memory (maxRSS) of the process that imported the million-alert file, from start to the end of the import.',
          },
          'analytics.alerts.1m': {
            value: round(reportMs, 0),
            unit: 'ms',
            baseline: 1000,
            baselineName: 'the goal: the triage report over a million alerts within 1 second',
            ratio: round(reportMs / 1000, 2),
            higherIsBetter: false,
            ...common,
            alertsInReport: subject[0]!.alerts,
            samples: subject.flatMap((s) => s.reportMs.map((ms) => round(ms, 0))),
            description: 'The triage report (per rule, Pareto, backlog, analysts, breaches, findings, SOC figures) over the 90 days holding the million alerts, on SQLite; median of the runs after the import.',
          },
        },
      };
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

export default benchmark;
