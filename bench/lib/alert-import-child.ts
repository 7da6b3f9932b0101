// One measured import of an alert file, in its own process so that its peak memory is its own:
// a fresh SQLite database, a Trust, the file through the whole pipeline with the Sentinel mapping,
// then the triage report over the period timed a few times. Prints one line of JSON.
//   tsx bench/lib/alert-import-child.ts <file> <data-dir> <as-of ISO> <report runs>
import fs from 'node:fs';
import path from 'node:path';
import { openApp } from '../../src/app/bootstrap.js';
import { loadConfig } from '../../src/platform/config.js';
import { runImport } from '../../src/platform/imports/run-import.js';
import { alertReport } from '../../src/modules/alerts/service.js';
import { createOrganisation } from '../../src/modules/organisations/service.js';

const [file, dataDir, asOfText, runsText] = process.argv.slice(2);
const asOf = new Date(asOfText!);
fs.rmSync(path.join(dataDir!, 'bulwark.sqlite'), { force: true });
const app = await openApp(loadConfig({ LOG_LEVEL: 'silent', BULWARK_DATA_DIR: dataDir!, BULWARK_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') }));
try {
  const actor = { userId: null, label: 'bench' };
  const trust = await createOrganisation({ db: app.db, actor, now: new Date() }, { name: 'Bench Trust', type: 'nhs-trust', odsCode: null }, null);
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const run = await runImport(
    { db: app.db, actor, now: new Date() },
    { kind: 'alerts', orgId: trust.id, fileName: path.basename(file!), open: () => fs.createReadStream(file!), path: file!, preset: 'sentinel', mode: 'all-or-nothing', asOf },
  );
  const importSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const importCpu = process.cpuUsage(cpuBefore);
  const importCpuSeconds = (importCpu.user + importCpu.system) / 1e6;
  const importRssMb = process.resourceUsage().maxRSS / 1024;
  const reportMs: number[] = [];
  const reportCpuMs: number[] = [];
  let alerts = 0;
  for (let i = 0; i < Number(runsText); i++) {
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    const report = await alertReport(app.db, trust.id, {}, asOf);
    reportMs.push(Number(process.hrtime.bigint() - t) / 1e6);
    const used = process.cpuUsage(c);
    reportCpuMs.push((used.user + used.system) / 1e3);
    alerts = report.totals.alerts;
  }
  process.stdout.write(`${JSON.stringify({ importSeconds, importCpuSeconds, importRssMb, rowsRead: run.rows_read, inserted: run.rows_inserted, updated: run.rows_updated, unchanged: run.rows_unchanged, rejected: run.rows_rejected, status: run.status, reportMs, reportCpuMs, alerts, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
} finally {
  await app.close();
}
