// Child processes for benchmarks: servers and the load generator each run in their own process,
// pinned to their own core where the machine allows, and every child is killed when the run ends
// or fails.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

const children = new Set<ChildProcess>();
let interrupted = false;

/** Ctrl-C: kill every child so that the running benchmark fails fast and cleans up after itself. */
export function interrupt(): void {
  interrupted = true;
  killAllChildren();
}

/** Kills every child still running (used on exit, on Ctrl-C and after a failure). */
export function killAllChildren(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  children.clear();
}
process.on('exit', killAllChildren);

let tasksetAvailable: boolean | undefined;

/** The cores servers and the load generator are pinned to, or null when pinning is not possible. */
export function pinning(): { server: number; loadGenerator: number } | null {
  if (tasksetAvailable === undefined) {
    tasksetAvailable = process.platform === 'linux' && spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
  }
  return tasksetAvailable && os.availableParallelism() >= 2 ? { server: 0, loadGenerator: 1 } : null;
}

function pinned(core: number | undefined, command: string, args: string[]): [string, string[]] {
  return core === undefined ? [command, args] : ['taskset', ['-c', String(core), command, ...args]];
}

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function tail(text: string, max = 4000): string {
  return text.length > max ? `…${text.slice(-max)}` : text;
}

export interface ServerProcess<Info> {
  name: string;
  url: string;
  info: Info;
  pid: number;
  /** Asks the server to close (so a CPU profile gets written), then kills it if it has not gone. */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  name: string;
  /** TypeScript file under bench/servers/, run with `node --import tsx`. */
  script: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
  core?: number;
  startTimeoutMs?: number;
}

/**
 * Starts a server script that prints one JSON line with at least `url` once it is listening;
 * resolves with that line.
 */
export function startServer<Info extends { url: string }>(options: StartServerOptions): Promise<ServerProcess<Info>> {
  if (interrupted) return Promise.reject(new Error('interrupted'));
  const [command, args] = pinned(options.core, process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', options.script]);
  const child = track(spawn(command, args, { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] }));
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr = tail(stderr + d)));

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };

  return new Promise((resolve, reject) => {
    let stdout = '';
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${options.name} server ${why}\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`did not start within ${(options.startTimeoutMs ?? 120_000) / 1000} s`), options.startTimeoutMs ?? 120_000);
    child.once('error', (e) => fail(`could not be started: ${e.message}`));
    child.once('exit', (code, signal) => fail(`exited before it was ready (${signal ?? `code ${code}`})`));
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      const newline = stdout.indexOf('\n');
      if (newline < 0 || settled) return;
      const line = stdout.slice(0, newline);
      settled = true;
      clearTimeout(timer);
      try {
        const info = JSON.parse(line) as Info;
        if (typeof info.url !== 'string') throw new Error('no url');
        resolve({ name: options.name, url: info.url, info, pid: child.pid!, stop });
      } catch {
        child.kill('SIGKILL');
        reject(new Error(`${options.name} server printed ${JSON.stringify(line)} instead of its JSON line\n${stderr}`));
      }
    });
  });
}

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  pipelining?: number;
  durationSeconds: number;
  core?: number;
}

export interface LoadResult {
  /** autocannon's requests.average: the mean of its per-second request counts. */
  requestsPerSecond: number;
  requests: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

const AUTOCANNON = path.join(ROOT, 'node_modules/autocannon/autocannon.js');

/** One fixed-length autocannon run in its own process; refuses the run if any response failed. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (interrupted) return Promise.reject(new Error('interrupted'));
  const headerArgs = Object.entries(options.headers ?? {}).flatMap(([k, v]) => ['-H', `${k}:${v}`]);
  const cannonArgs = [AUTOCANNON, '-c', String(options.connections), '-p', String(options.pipelining ?? 1), '-d', String(options.durationSeconds), '-j', ...headerArgs, options.url];
  const [command, args] = pinned(options.core, process.execPath, cannonArgs);
  const child = track(spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr = tail(stderr + d)));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), (options.durationSeconds + 30) * 1000);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`autocannon could not be started: ${e.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (interrupted) return reject(new Error('interrupted'));
      if (code !== 0) return reject(new Error(`autocannon ended with ${signal ?? `code ${code}`}\n${stderr}`));
      let r: AutocannonJson;
      try {
        r = JSON.parse(stdout.trim().split('\n').pop() ?? '') as AutocannonJson;
      } catch {
        return reject(new Error(`autocannon printed no JSON result\n${tail(stdout)}\n${stderr}`));
      }
      const result: LoadResult = {
        requestsPerSecond: r.requests.average,
        requests: r.requests.total,
        latencyP50Ms: r.latency.p50,
        latencyP99Ms: r.latency.p99,
        non2xx: r.non2xx,
        errors: r.errors,
        timeouts: r.timeouts,
      };
      if (result.non2xx || result.errors || result.timeouts || !result.requests) {
        return reject(new Error(`load on ${options.url} had failures: ${result.requests} requests, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`));
      }
      resolve(result);
    });
  });
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
