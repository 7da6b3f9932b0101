// Two measured imports of Nessus scans, in their own process so that its peak memory is its own: a
// fresh SQLite database, a Trust, the first scan of a scope through the whole pipeline with the
// Nessus mapping (timed), then a later scan of the same scope (timed on its own), with the findings
// held, open and fixed counted after each. Prints one line of JSON.
//   tsx bench/lib/vuln-import-child.ts <first scan> <later scan> <data-dir> <first as-of ISO> <later as-of ISO>
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { openApp } from '../../src/app/bootstrap.js';
import { loadConfig } from '../../src/platform/config.js';
import { runImport } from '../../src/platform/imports/run-import.js';
import { createOrganisation } from '../../src/modules/organisations/service.js';
import '../../src/modules/vulnerabilities/service.js';

const [firstFile, laterFile, dataDir, firstAsOf, laterAsOf] = process.argv.slice(2);
fs.rmSync(path.join(dataDir!, 'bulwark.sqlite'), { force: true });
const app = await openApp(loadConfig({ LOG_LEVEL: 'silent', BULWARK_DATA_DIR: dataDir!, BULWARK_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') }));
try {
  const actor = { userId: null, label: 'bench' };
  const trust = await createOrganisation({ db: app.db, actor, now: new Date() }, { name: 'Bench Trust', type: 'nhs-trust', odsCode: null }, null);
  const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;

  async function timedImport(file: string, asOf: string) {
    const started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    const run = await runImport(
      { db: app.db, actor, now: new Date() },
      { kind: 'vulns', orgId: trust.id, fileName: path.basename(file), open: () => fs.createReadStream(file), path: file, preset: 'nessus', mode: 'all-or-nothing', asOf: new Date(asOf) },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuBefore);
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const states = await sql<{ state: string; n: number }>`select state, count(*) as n from vulnerability_findings where org_id = ${trust.id} group by state`.execute(app.db);
    const held = Object.fromEntries(states.rows.map((r) => [r.state, Number(r.n)]));
    const hosts = await sql<{ n: number }>`select count(*) as n from vulnerability_hosts where org_id = ${trust.id}`.execute(app.db);
    return {
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      rssMb,
      rowsRead: run.rows_read,
      inserted: run.rows_inserted,
      updated: run.rows_updated,
      unchanged: run.rows_unchanged,
      rejected: run.rows_rejected,
      status: run.status,
      open: held.open ?? 0,
      fixed: held.fixed ?? 0,
      hosts: Number(hosts.rows[0]!.n),
    };
  }

  const first = await timedImport(firstFile!, firstAsOf!);
  const later = await timedImport(laterFile!, laterAsOf!);
  process.stdout.write(`${JSON.stringify({ rssBeforeMb, first, later })}\n`);
} finally {
  await app.close();
}
