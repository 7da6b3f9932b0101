// One measured import of an e-learning export, in its own process so that its peak memory is its own:
// a fresh SQLite database, a Trust, its staff register imported first (not timed), then the export
// through the whole pipeline with the OLM mapping (timed). Prints one line of JSON.
//   tsx bench/lib/training-import-child.ts <training file> <staff file> <data-dir> <as-of ISO>
import fs from 'node:fs';
import path from 'node:path';
import { openApp } from '../../src/app/bootstrap.js';
import { loadConfig } from '../../src/platform/config.js';
import { runImport } from '../../src/platform/imports/run-import.js';
import { createOrganisation } from '../../src/modules/organisations/service.js';
import { countCompletions } from '../../src/modules/training/service.js';
import '../../src/modules/workforce/service.js';

const [file, staffFile, dataDir, asOfText] = process.argv.slice(2);
const asOf = new Date(asOfText!);
fs.rmSync(path.join(dataDir!, 'bulwark.sqlite'), { force: true });
const app = await openApp(loadConfig({ LOG_LEVEL: 'silent', BULWARK_DATA_DIR: dataDir!, BULWARK_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') }));
try {
  const actor = { userId: null, label: 'bench' };
  const trust = await createOrganisation({ db: app.db, actor, now: new Date() }, { name: 'Bench Trust', type: 'nhs-trust', odsCode: null }, null);
  const staff = await runImport(
    { db: app.db, actor, now: new Date() },
    { kind: 'staff', orgId: trust.id, fileName: path.basename(staffFile!), open: () => fs.createReadStream(staffFile!), path: staffFile!, preset: 'esr', mode: 'all-or-nothing', asOf },
  );
  const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const run = await runImport(
    { db: app.db, actor, now: new Date() },
    { kind: 'training', orgId: trust.id, fileName: path.basename(file!), open: () => fs.createReadStream(file!), path: file!, preset: 'olm', mode: 'all-or-nothing', asOf },
  );
  const importSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const importCpu = process.cpuUsage(cpuBefore);
  const importCpuSeconds = (importCpu.user + importCpu.system) / 1e6;
  const importRssMb = process.resourceUsage().maxRSS / 1024;
  const held = await countCompletions(app.db, trust.id);
  process.stdout.write(
    `${JSON.stringify({ staff: staff.rows_inserted, importSeconds, importCpuSeconds, importRssMb, rssBeforeMb, rowsRead: run.rows_read, inserted: run.rows_inserted, updated: run.rows_updated, unchanged: run.rows_unchanged, rejected: run.rows_rejected, status: run.status, held })}\n`,
  );
} finally {
  await app.close();
}
