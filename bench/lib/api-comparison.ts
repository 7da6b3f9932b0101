// An authenticated API read on the full Bulwark server against bare Fastify answering the subject's
// own response body as a constant on the same route shape: both servers up for the whole run, taking
// turns under load (the order swapping each round), autocannon in its own process, pinned where the
// machine allows. api.read, api.assessment.read, api.incident.metrics, api.register.flags and api.ropa
// differ only in what the subject serves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDatabase } from './database.js';
import { type LoadResult, pinning, runLoad, type ServerProcess, startServer } from './processes.js';
import { median, round, spread } from './stats.js';
import type { Result, RunOptions } from './types.js';

interface BulwarkInfo {
  url: string;
  cookie: string;
  engine: string;
  dataset: Record<string, unknown> & { organisations: number; users: number };
  responseBytes: number;
}
interface BaselineInfo {
  url: string;
  fastify: string;
}

export interface ApiComparison {
  /** The benchmark's name, for the CPU profile's file name. */
  name: string;
  /** What bench/servers/bulwark.ts serves and measures (BENCH_SUBJECT). */
  subject: 'organisation' | 'assessment-workspace' | 'incident-metrics' | 'register-flags' | 'ropa';
  /** The subject's route shape, which the baseline declares too. */
  route: string;
}

export async function compareWithBareFastify(options: RunOptions, comparison: ApiComparison): Promise<Result> {
  const cores = pinning();
  const database = await benchDatabase(options.engine);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-bench-'));
  const profileName = `${comparison.name}-${options.engine}.cpuprofile`;
  const servers: Array<ServerProcess<unknown>> = [];
  try {
    const subject = await startServer<BulwarkInfo>({
      name: 'bulwark',
      script: 'bench/servers/bulwark.ts',
      env: {
        ...database.env,
        BENCH_DATA_DIR: dataDir,
        BENCH_SUBJECT: comparison.subject,
        ...(options.profileDir ? { BENCH_PROFILE_FILE: path.join(options.profileDir, profileName) } : {}),
      },
      ...(cores ? { core: cores.server } : {}),
      startTimeoutMs: 300_000,
    });
    servers.push(subject);
    const { cookie } = subject.info;
    options.log(`bulwark server pid ${subject.pid} on ${options.engine}: ${subject.info.dataset.organisations} organisations, ${subject.info.dataset.users} users`);

    // The baseline answers with the subject's own response body, parsed once at start-up.
    const res = await fetch(subject.url, { headers: { cookie } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`subject answered ${res.status}: ${body}`);
    const bodyFile = path.join(dataDir, 'baseline-body.json');
    fs.writeFileSync(bodyFile, body);
    const baseline = await startServer<BaselineInfo>({
      name: 'bare fastify',
      script: 'bench/servers/bare-fastify.ts',
      // The same path and query string, so that both get byte-identical requests.
      env: { BENCH_BODY_FILE: bodyFile, BENCH_PATH: `${new URL(subject.url).pathname}${new URL(subject.url).search}`, BENCH_ROUTE: comparison.route },
      ...(cores ? { core: cores.server } : {}),
    });
    servers.push(baseline);
    const check = await fetch(baseline.url, { headers: { cookie } });
    const baselineBody = await check.text();
    if (check.status !== 200 || baselineBody !== body) throw new Error('the baseline does not answer with the subject’s body');

    // Both get identical requests, session cookie included. Requests still in progress when the load
    // stops keep running on the server's core; one more answered request, queued behind them, lets them
    // finish before the other server's turn (it matters only for a subject that is slow per request).
    const load = async (server: ServerProcess<unknown>, durationSeconds: number) => {
      const result = await runLoad({ url: server.url, headers: { cookie }, connections: options.connections, pipelining: 1, durationSeconds, ...(cores ? { core: cores.loadGenerator } : {}) });
      const settle = await fetch(server.url, { headers: { cookie } });
      await settle.arrayBuffer();
      if (settle.status !== 200) throw new Error(`${server.name} answered ${settle.status} after the load`);
      return result;
    };

    options.log(`warm-up: ${options.warmupSeconds} s on each server`);
    await load(subject, options.warmupSeconds);
    await load(baseline, options.warmupSeconds);

    const samples: { subject: LoadResult[]; baseline: LoadResult[] } = { subject: [], baseline: [] };
    for (let i = 0; i < options.rounds; i++) {
      // Alternate which goes first, so a drift in the machine's speed does not favour one side.
      const order = i % 2 === 0 ? (['subject', 'baseline'] as const) : (['baseline', 'subject'] as const);
      for (const side of order) samples[side].push(await load(side === 'subject' ? subject : baseline, options.durationSeconds));
      options.log(
        `round ${i + 1}/${options.rounds}: bulwark ${round(samples.subject.at(-1)!.requestsPerSecond, 1)} req/s, bare fastify ${Math.round(samples.baseline.at(-1)!.requestsPerSecond)} req/s`,
      );
    }

    // One decimal and three significant figures: a subject serving a few requests a second keeps its precision.
    const rps = (side: LoadResult[]) => side.map((s) => round(s.requestsPerSecond, 1));
    const ratioOf = (subject: number, baseline: number) => Number((subject / baseline).toPrecision(3));
    const value = median(rps(samples.subject));
    const base = median(rps(samples.baseline));
    return {
      value,
      unit: 'req/s',
      baseline: base,
      baselineName: `bare Fastify ${baseline.info.fastify}, no plugins, same route shape, the same JSON body as a constant`,
      ratio: ratioOf(value, base),
      higherIsBetter: true,
      engine: subject.info.engine,
      dataset: subject.info.dataset,
      responseBytes: Buffer.byteLength(body),
      runs: options.rounds,
      durationSeconds: options.durationSeconds,
      warmupSeconds: options.warmupSeconds,
      connections: options.connections,
      pipelining: 1,
      samples: { subject: rps(samples.subject), baseline: rps(samples.baseline) },
      // Each round's subject/baseline: paired measurements a few seconds apart, less exposed to slow drift.
      roundRatios: samples.subject.map((s, i) => ratioOf(s.requestsPerSecond, samples.baseline[i]!.requestsPerSecond)),
      spread: { subject: round(spread(rps(samples.subject)), 3), baseline: round(spread(rps(samples.baseline)), 3) },
      latencyP50Ms: { subject: median(samples.subject.map((s) => s.latencyP50Ms)), baseline: median(samples.baseline.map((s) => s.latencyP50Ms)) },
      latencyP99Ms: { subject: median(samples.subject.map((s) => s.latencyP99Ms)), baseline: median(samples.baseline.map((s) => s.latencyP99Ms)) },
      requests: { subject: samples.subject.reduce((n, s) => n + s.requests, 0), baseline: samples.baseline.reduce((n, s) => n + s.requests, 0) },
      pinning: cores ? { servers: `taskset -c ${cores.server}`, loadGenerator: `taskset -c ${cores.loadGenerator}`, postgres: options.engine === 'postgres' ? 'not pinned' : undefined } : 'none',
      loadGenerator: 'autocannon 9 (own process)',
    };
  } finally {
    // Stop the servers (the subject writes its CPU profile as it exits), then drop the database.
    await Promise.allSettled(servers.map((s) => s.stop()));
    fs.rmSync(dataDir, { recursive: true, force: true });
    await database.drop();
    if (options.profileDir && !fs.existsSync(path.join(options.profileDir, profileName))) options.log('no profile was written');
  }
}
