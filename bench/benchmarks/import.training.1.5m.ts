// import.training.1.5m: a Trust's e-learning export of 1.5 million completions (ESR OLM's competence
// report: BOM, CRLF, day-first dates, quoted commas, agency rows without an employee number, exact
// repeats, courses not configured) through the whole import pipeline into SQLite, against the sqlite3
// command's .import of the same file into a bare table. Higher is better: the ratio is the pipeline's
// rows a second over sqlite3's. The staff register (10,000 people) is imported first, outside the
// timing; the import runs in its own process, so its peak memory is its own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../lib/processes.js';
import { timeSqliteImport } from '../lib/sqlite-baseline.js';
import { median, round, spread } from '../lib/stats.js';
import { TRAINING_EXPORT_END, type TrainingExportCounts, writeStaffRegister, writeTrainingExport } from '../lib/training-export.js';
import type { Benchmark, Result, RunOptions } from '../lib/types.js';

const ROWS = 1_500_000;
const STAFF = 10_000;
const AGENCY = 300;
/** The export's columns, for the bare table. */
const COLUMNS = 8;
const RSS_GOAL_MB = 300;

interface ChildResult {
  staff: number;
  importSeconds: number;
  importCpuSeconds: number;
  importRssMb: number;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  status: string;
  held: number;
}

function runChild(file: string, staffFile: string, dataDir: string, expected: TrainingExportCounts): ChildResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/lib/training-import-child.ts'), file, staffFile, dataDir, TRAINING_EXPORT_END.toISOString()], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`the import process failed: ${child.stderr.slice(-3000)}`);
  const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ChildResult;
  // The file's figures are known from its making: every completion added once, every repeat collapsed.
  const wanted = { staff: STAFF, status: 'applied', rowsRead: expected.rows, inserted: expected.completions, updated: 0, unchanged: expected.repeats, rejected: 0, held: expected.completions };
  const got = { staff: r.staff, status: r.status, rowsRead: r.rowsRead, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected, held: r.held };
  if (JSON.stringify(got) !== JSON.stringify(wanted)) throw new Error(`the import gave ${JSON.stringify(got)}, not ${JSON.stringify(wanted)}`);
  return r;
}

const benchmark: Benchmark = {
  name: 'import.training.1.5m',
  description: `Importing ${ROWS.toLocaleString('en-GB')} training completions from an e-learning export through the whole pipeline into SQLite (the staff register of ${STAFF.toLocaleString('en-GB')} imported first, untimed), against sqlite3 .import of the same file into a bare table (rows a second; higher is better); with the import's peak memory.`,
  engines: ['sqlite'],
  async run(options: RunOptions): Promise<Result> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-bench-training-'));
    try {
      const staffFile = path.join(dataDir, 'esr-staff.csv');
      const file = path.join(dataDir, 'olm-competences.csv');
      await writeStaffRegister(staffFile, STAFF);
      const expected = await writeTrainingExport(file, { rows: ROWS, staff: STAFF, agency: AGENCY });
      options.log(`${expected.rows.toLocaleString('en-GB')} rows (${expected.completions.toLocaleString('en-GB')} completions, ${expected.repeats.toLocaleString('en-GB')} exact repeats, ${expected.agencyRows.toLocaleString('en-GB')} agency rows), ${(expected.bytes / 1024 / 1024).toFixed(0)} MiB`);
      const rounds = Math.min(options.rounds, 3);
      const subject: ChildResult[] = [];
      const baseline: number[] = [];
      for (let round_ = 0; round_ < rounds; round_++) {
        subject.push(runChild(file, staffFile, dataDir, expected));
        baseline.push(timeSqliteImport(file, dataDir, expected.rows, COLUMNS));
        const s = subject.at(-1)!;
        options.log(`round ${round_ + 1}: pipeline ${s.importSeconds.toFixed(2)} s (${s.importCpuSeconds.toFixed(1)} s of processor time, peak ${s.importRssMb.toFixed(0)} MB), sqlite3 .import ${baseline.at(-1)!.toFixed(2)} s`);
      }
      const seconds = median(subject.map((s) => s.importSeconds));
      const baseSeconds = median(baseline);
      const rss = Math.max(...subject.map((s) => s.importRssMb));
      const common = { engine: options.engine, rows: expected.rows, completions: expected.completions, staff: STAFF, bytes: expected.bytes, runs: rounds };
      return {
        value: Math.round(expected.rows / seconds),
        unit: 'rows/s',
        baseline: Math.round(expected.rows / baseSeconds),
        baselineName: `the sqlite3 command’s .import of the same file into a bare table of ${COLUMNS} text columns`,
        ratio: round(baseSeconds / seconds, 3),
        higherIsBetter: true,
        ...common,
        seconds: round(seconds, 2),
        baselineSeconds: round(baseSeconds, 2),
        samples: subject.map((s) => round(s.importSeconds, 2)),
        baselineSamples: baseline.map((s) => round(s, 2)),
        cpuSeconds: subject.map((s) => round(s.importCpuSeconds, 1)),
        spread: round(spread(subject.map((s) => s.importSeconds)), 3),
        counts: { inserted: subject[0]!.inserted, updated: subject[0]!.updated, duplicates: subject[0]!.unchanged, rejected: subject[0]!.rejected, agencyRows: expected.agencyRows },
        extra: {
          'import.training.1.5m.rss_mb': {
            value: round(rss, 0),
            unit: 'MB',
            baseline: RSS_GOAL_MB,
            baselineName: `the goal: at most ${RSS_GOAL_MB} MB peak resident memory for the importing process`,
            ratio: round(rss / RSS_GOAL_MB, 2),
            higherIsBetter: false,
            ...common,
            samples: subject.map((s) => round(s.importRssMb, 0)),
            description: 'Peak resident memory (maxRSS) of the process that imported the staff register and then the 1.5-million-row training export, from start to the end of the import.',
          },
        },
      };
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

export default benchmark;
