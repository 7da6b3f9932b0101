// Runs Bulwark's benchmarks and records their figures in bench/results.json.
//
//   npm run bench                              every benchmark, on SQLite
//   npm run bench -- api.read                  only the benchmarks named
//   npm run bench -- api.read --engine postgres
//   npm run bench -- api.read --profile        CPU profile of the subject; figures not recorded
//   npm run bench -- --list
//
// Each benchmark is a file in bench/benchmarks/ whose default export is a Benchmark. Results of
// benchmarks not run this time are kept. See docs/benchmarks.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { interrupt, killAllChildren, pinning, ROOT } from './lib/processes.js';
import { formatSummary, summariseProfile } from './lib/profile.js';
import type { Benchmark, Engine, Result, RunOptions } from './lib/types.js';

const RESULTS_FILE = path.join(ROOT, 'bench/results.json');
const BENCHMARKS_DIR = path.join(ROOT, 'bench/benchmarks');
const PROFILES_DIR = path.join(ROOT, 'bench/tmp/profiles');

const USAGE = `Usage: npm run bench -- [name ...] [options]

  name                 benchmarks to run (default: all); see --list
  --engine ENGINE      sqlite (default) or postgres; BENCH_DATABASE_URL also selects postgres
  --rounds N           measured rounds, each running subject and baseline once (default 5)
  --duration S         seconds of load per measurement (default 5)
  --warmup S           seconds of unrecorded load on each server first (default 2)
  --connections N      load generator connections (default 50)
  --profile            write a CPU profile of the subject to bench/tmp/profiles and summarise it;
                       the figures are not recorded, as profiling slows the subject
  --list               list the benchmarks
  --help`;

interface Stored extends Result {
  name: string;
  description: string;
  node: string;
  cpus: string;
  date: string;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) fail(`${flag} needs a whole number above 0, not ${JSON.stringify(value)}`);
  return n;
}

async function loadBenchmarks(): Promise<Benchmark[]> {
  const files = fs.readdirSync(BENCHMARKS_DIR).filter((f) => f.endsWith('.ts')).sort();
  const found: Benchmark[] = [];
  for (const file of files) {
    const mod = (await import(path.join(BENCHMARKS_DIR, file))) as { default?: Benchmark };
    const b = mod.default;
    if (!b || typeof b.name !== 'string' || typeof b.run !== 'function') throw new Error(`bench/benchmarks/${file} has no default export { name, description, run }`);
    if (`${b.name}.ts` !== file) throw new Error(`bench/benchmarks/${file} exports a benchmark named ${b.name}; the file must be ${b.name}.ts`);
    found.push(b);
  }
  return found;
}

/** The key in results.json: the name, with @engine for runs not on the default engine. */
function keyOf(b: Benchmark, engine: Engine): string {
  return b.engines && engine !== 'sqlite' ? `${b.name}@${engine}` : b.name;
}

function readResults(): Record<string, Stored> {
  if (!fs.existsSync(RESULTS_FILE)) return {};
  return JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as Record<string, Stored>;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-GB') : n.toLocaleString('en-GB', { maximumSignificantDigits: 4 });
}

function printTable(rows: Array<[string, Stored]>) {
  const head = ['benchmark', 'engine', 'value', 'baseline', 'ratio', 'unit', 'runs', 'date'];
  const body = rows.map(([key, r]) => [
    key,
    typeof r.engine === 'string' ? r.engine : '-',
    formatNumber(r.value),
    formatNumber(r.baseline),
    r.ratio.toFixed(3),
    r.unit,
    typeof r.runs === 'number' ? String(r.runs) : '-',
    r.date.slice(0, 10),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(['', line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n'));
  for (const [key, r] of rows) console.log(`  ${key}: ${r.value} ${r.unit} against ${r.baselineName}`);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      engine: { type: 'string' },
      rounds: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      profile: { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);

  const all = await loadBenchmarks();
  if (values.list) {
    for (const b of all) console.log(`${b.name.padEnd(16)} ${b.description}`);
    return;
  }
  const unknown = positionals.filter((n) => !all.some((b) => b.name === n));
  if (unknown.length) fail(`No benchmark named ${unknown.join(', ')}. There are: ${all.map((b) => b.name).join(', ')}`);
  const selected = positionals.length ? all.filter((b) => positionals.includes(b.name)) : all;

  const engineFlag = values.engine ?? (process.env.BENCH_DATABASE_URL ? 'postgres' : 'sqlite');
  if (engineFlag !== 'sqlite' && engineFlag !== 'postgres') fail(`--engine is sqlite or postgres, not ${engineFlag}`);
  const engine: Engine = engineFlag;

  const profileDir = values.profile ? path.join(PROFILES_DIR, new Date().toISOString().replace(/[:.]/g, '-')) : null;
  if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
  const options: RunOptions = {
    engine,
    rounds: positiveInteger('--rounds', values.rounds, 5),
    durationSeconds: positiveInteger('--duration', values.duration, 5),
    warmupSeconds: positiveInteger('--warmup', values.warmup, 2),
    connections: positiveInteger('--connections', values.connections, 50),
    profileDir,
    log: (line) => console.log(`  ${line}`),
  };

  const cores = pinning();
  const cpus = `${os.availableParallelism()} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}`;
  console.log(`Node ${process.version}, ${cpus}; ${cores ? `servers on core ${cores.server}, load generator on core ${cores.loadGenerator}` : 'no CPU pinning (needs taskset and 2 cores)'}`);

  const stored = readResults();
  const ran: Array<[string, Stored]> = [];
  let failures = 0;
  for (const b of selected) {
    if (stopping) break;
    if (b.engines && !b.engines.includes(engine)) {
      console.log(`\n${b.name}: skipped, it does not run on ${engine}`);
      continue;
    }
    const key = keyOf(b, engine);
    console.log(`\n${key}: ${b.description}`);
    const started = Date.now();
    const loadBefore = os.loadavg()[0]!;
    try {
      const result = await b.run(options);
      // The machine's 1-minute load average around the run: other work on the cores shows here.
      const loadAverage = { before: Math.round(loadBefore * 100) / 100, after: Math.round(os.loadavg()[0]! * 100) / 100 };
      const { extra, ...main } = result;
      const entry: Stored = { ...main, name: b.name, description: b.description, node: process.version, cpus, loadAverage, date: new Date().toISOString() };
      ran.push([key, entry]);
      // A benchmark may measure more than one figure in its run (an import's memory beside its speed).
      for (const [name, figure] of Object.entries(extra ?? {})) {
        ran.push([name, { description: b.description, ...figure, name, node: process.version, cpus, loadAverage, date: entry.date }]);
      }
      console.log(`  done in ${Math.round((Date.now() - started) / 1000)} s`);
    } catch (error) {
      failures++;
      console.error(stopping ? '  stopped' : `  FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  if (profileDir) {
    for (const file of fs.readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'))) {
      const summary = formatSummary(summariseProfile(path.join(profileDir, file)));
      fs.writeFileSync(path.join(profileDir, `${file}.txt`), `${summary}\n`);
      console.log(`\n${summary}`);
    }
    console.log(`\nProfiled run: figures below are slowed by the profiler and were not written to bench/results.json.`);
  } else if (ran.length) {
    const merged: Record<string, Stored> = { ...stored, ...Object.fromEntries(ran) };
    const sorted = Object.fromEntries(Object.keys(merged).sort().map((k) => [k, merged[k]!]));
    // Arrays of numbers (samples) on one line each, so the file stays readable.
    const text = JSON.stringify(sorted, null, 2).replace(/\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/g, (_m, list: string) => `[${list.split(/,\s+/).join(', ')}]`);
    fs.writeFileSync(RESULTS_FILE, `${text}\n`);
    console.log(`\nWrote ${path.relative(ROOT, RESULTS_FILE)} (${ran.length} updated, ${Object.keys(sorted).length - ran.length} kept from earlier runs).`);
  }
  if (ran.length) printTable(ran);
  if (failures && !stopping) process.exitCode = 1;
}

// Ctrl-C: kill the children, let the running benchmark clean up (drop its database), then stop.
// A second Ctrl-C (not the copy tsx relays at the same moment) stops at once.
let stopping = false;
let stoppedAt = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) {
      if (Date.now() - stoppedAt > 2000) process.exit(130);
      return;
    }
    stopping = true;
    stoppedAt = Date.now();
    console.error(`\n${signal}: stopping`);
    interrupt();
    process.exitCode = 130;
    setTimeout(() => process.exit(130), 20_000).unref();
  });
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(killAllChildren);
