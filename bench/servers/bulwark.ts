// The real Bulwark server for benchmarks, standalone in its own process: its own database (a
// temporary SQLite file, or the PostgreSQL database at BENCH_DATABASE_URL), the demo data and
// national-scale generated data, and one signed-in session. BENCH_SUBJECT chooses what is measured:
//   organisation (default)  GET /api/v1/orgs/:orgId, as the Trust's organisation administrator
//   assessment-workspace    GET /api/v1/orgs/:orgId/assessments/:id, a fully answered DSPT 2025-26
//                           assessment (bench/lib/assessment-workspace.ts), as the head of cyber
//   incident-metrics        GET /api/v1/orgs/:orgId/incident-metrics over a generated two-year
//                           incident history (bench/lib/incident-history.ts), as the head of cyber
//   register-flags          GET /api/v1/orgs/:orgId/asset-flags over a generated large register
//                           (bench/lib/register-history.ts) in place of the demo's, as the IG lead
//   ropa                    GET /api/v1/orgs/:orgId/ropa, the record of processing of the same
//                           register, as the DPO
// Prints one JSON line for the harness:
//   { "url": "...", "cookie": "bulwark_session=...", "engine": ..., ... }
// With BENCH_PROFILE_FILE set, it records a CPU profile from the moment it is ready (start-up and
// module loading left out) until it is stopped, and writes it to that file.
// Run: node --import tsx bench/servers/bulwark.ts
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { loadDemo } from '../../src/modules/demo/service.js';
import { openApp } from '../../src/app/bootstrap.js';
import { loadConfig } from '../../src/platform/config.js';
import { buildServer } from '../../src/app/server.js';
import { prepareAssessmentWorkspace } from '../lib/assessment-workspace.js';
import { prepareIncidentMetrics } from '../lib/incident-history.js';
import { prepareRegister } from '../lib/register-history.js';
import { generateNationalData } from '../lib/national-data.js';
import { signIn } from '../lib/sign-in.js';

const PASSWORD = 'bench-demo-password-not-secret';
const SUBJECTS = ['organisation', 'assessment-workspace', 'incident-metrics', 'register-flags', 'ropa'];
const SUBJECT = process.env.BENCH_SUBJECT || 'organisation';
if (!SUBJECTS.includes(SUBJECT)) throw new Error(`BENCH_SUBJECT is one of ${SUBJECTS.join(', ')}, not ${SUBJECT}`);
const ODS_CODE = 'RZZ';

// The harness passes a directory it removes itself, so a killed server leaves nothing behind.
const ownDataDir = !process.env.BENCH_DATA_DIR;
const dataDir = process.env.BENCH_DATA_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-bench-'));
const databaseUrl = process.env.BENCH_DATABASE_URL;
const config = loadConfig({ LOG_LEVEL: 'silent', BULWARK_DEMO_PASSWORD: PASSWORD, BULWARK_DATA_DIR: dataDir });
const app = databaseUrl ? await openApp(config, { engine: 'postgres', url: databaseUrl }) : await openApp(config);
// The organisations and people only: each benchmark puts in its own assessments (and no incidents).
// The register's benchmarks write a large register of their own in place of the demo's.
const registerSubject = SUBJECT === 'register-flags' || SUBJECT === 'ropa';
await loadDemo(app, new Date(), { assessments: false, incidents: false, register: !registerSubject });
const generated = await generateNationalData(app.db);
const server = await buildServer(app, { logger: false });
await server.listen({ host: '127.0.0.1', port: 0 });

let closing = false;
async function close(code: number) {
  if (closing) return;
  closing = true;
  setTimeout(() => process.exit(code || 1), 10_000).unref();
  try {
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      fs.writeFileSync(profileFile!, JSON.stringify(profile));
    }
    await server.close();
    await app.close();
  } finally {
    if (ownDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(code);
  }
}
let profiler: Session | undefined;
const profileFile = process.env.BENCH_PROFILE_FILE;
process.on('SIGTERM', () => void close(0));
process.on('SIGINT', () => void close(0));
// Should the harness die without stopping us, do not linger.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && void close(0), 1000).unref();

try {
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');

  const org = await app.db.selectFrom('organisations').select('id').where('ods_code', '=', ODS_CODE).executeTakeFirstOrThrow();
  // Privileged people enrol a second factor at their first sign-in, so the measured session is a complete one.
  let route = `/api/v1/orgs/${org.id}`;
  let cookie: string;
  let scenario: object | undefined;
  if (SUBJECT === 'assessment-workspace') {
    const lead = await signIn(server, 'seclead@northshire-acute.example', PASSWORD);
    const workspace = await prepareAssessmentWorkspace(server, org.id, lead);
    route = workspace.route;
    cookie = lead.cookie;
    scenario = workspace.dataset;
  } else if (SUBJECT === 'incident-metrics') {
    const email = 'seclead@northshire-acute.example';
    const lead = await signIn(server, email, PASSWORD);
    const metrics = await prepareIncidentMetrics(app.db, org.id, lead, email);
    route = metrics.route;
    cookie = lead.cookie;
    scenario = metrics.dataset;
  } else if (registerSubject) {
    const reader = await signIn(server, SUBJECT === 'ropa' ? 'dpo@northshire-acute.example' : 'iglead@northshire-acute.example', PASSWORD);
    const written = await prepareRegister(app.db, org.id, SUBJECT === 'ropa' ? 'ropa' : 'asset-flags');
    route = written.route;
    cookie = reader.cookie;
    scenario = written.dataset;
  } else {
    cookie = (await signIn(server, 'orgadmin@northshire-acute.example', PASSWORD)).cookie;
  }
  const check = await server.inject({ method: 'GET', url: route, headers: { cookie } });
  if (check.statusCode !== 200) throw new Error(`GET ${route} answered ${check.statusCode}: ${check.body}`);

  const count = async (table: 'organisations' | 'users' | 'memberships') =>
    Number((await app.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  const info = {
    url: `http://127.0.0.1:${address.port}${route}`,
    cookie,
    engine: app.engine,
    dataset: {
      source: 'demo data (src/modules/demo) plus national-scale generated data (bench/lib/national-data.ts, fixed seed)',
      organisations: await count('organisations'),
      users: await count('users'),
      memberships: await count('memberships'),
      openSessions: generated.sessions + 1,
      ...(scenario ? { [SUBJECT]: scenario } : {}),
    },
    responseBytes: Buffer.byteLength(check.body),
  };
  if (profileFile) {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.setSamplingInterval', { interval: 1000 });
    await profiler.post('Profiler.start');
  }
  process.stdout.write(`${JSON.stringify(info)}\n`);
} catch (error) {
  console.error(error);
  await close(1);
}
