// The shapes shared by the benchmark runner and the benchmarks it finds in bench/benchmarks/.

export type Engine = 'sqlite' | 'postgres';

export interface RunOptions {
  /** Database engine for benchmarks that use one. */
  engine: Engine;
  /** Measured rounds; each round runs the subject and the baseline once, alternating. */
  rounds: number;
  /** Seconds of load per measurement. */
  durationSeconds: number;
  /** Seconds of unrecorded load on each server before the first round. */
  warmupSeconds: number;
  /** Concurrent connections of the load generator. */
  connections: number;
  /** When set, the subject server writes a CPU profile (<name>-<engine>.cpuprofile) into this folder; figures are then not recorded. */
  profileDir: string | null;
  /** Progress lines for the person running the benchmark. */
  log(line: string): void;
}

/** What a benchmark reports; run.ts stores it in bench/results.json under the benchmark's key. */
export interface Result {
  /** The subject's figure (the median of the rounds). */
  value: number;
  unit: string;
  /** The baseline's figure, measured in the same run. */
  baseline: number;
  /** What the baseline is, in words. */
  baselineName: string;
  /** value / baseline. */
  ratio: number;
  /** Whether a larger value is better (req/s) or worse (seconds). */
  higherIsBetter: boolean;
  /** Further figures measured in the same run, stored under their own keys in results.json. */
  extra?: Record<string, Result>;
  /** Anything else that helps read the figure: rounds, samples, engine, data set size, machine. */
  [context: string]: unknown;
}

export interface Benchmark {
  /** Dotted name, also the file name in bench/benchmarks/ (api.read → api.read.ts). */
  name: string;
  /** One sentence: what is measured against what. */
  description: string;
  /** Engines it can run on; omitted when it uses no Bulwark database. */
  engines?: Engine[];
  run(options: RunOptions): Promise<Result>;
}
