// Runs the Bulwark server: `npm start` (add `-- --demo` to load the demo organisation and people).
import { loadDemo } from './modules/demo/service.js';
import { openApp } from './app/bootstrap.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { describeSmtp } from './platform/email/smtp-settings.js';
import { writeServerPid } from './platform/db/sqlite-backup.js';
import { buildServer } from './app/server.js';
import { startBackgroundWork } from './app/background-work.js';

async function main() {
  const config = loadConfig();
  const app = await openApp(config);
  const server = await buildServer(app);
  server.log.info({ database: app.handle.location, engine: app.engine, migrationsApplied: app.migrationsApplied }, 'database ready');
  server.log.info({ email: describeSmtp(config.email) }, 'email settings');

  if (process.argv.includes('--demo')) {
    const demo = await loadDemo(app);
    printDemo(demo);
  }

  // Lets `bulwark restore` refuse to swap the database file under a running server.
  const forgetPid = app.engine === 'sqlite' ? writeServerPid(config.dataDir) : () => undefined;
  let stopBackgroundWork = async () => {};
  const stop = async (signal: string) => {
    server.log.info({ signal }, 'shutting down');
    forgetPid();
    await stopBackgroundWork();
    await server.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await server.listen({ host: config.host, port: config.port });
  stopBackgroundWork = startBackgroundWork(app, server.log);
}

function printDemo(demo: Awaited<ReturnType<typeof loadDemo>>) {
  const lines = [
    '',
    `Demo data: ${demo.organisations.created} organisations added (${demo.organisations.existing} already there), ${demo.peopleCreated} people added, ${demo.incidentsCreated} incidents added, ${demo.exercisesCreated} exercises added, ${demo.alertsCreated.toLocaleString('en-GB')} alerts imported, ${demo.registerCreated.assets} information assets, ${demo.registerCreated.suppliers} suppliers, ${demo.flowsCreated} data flows and ${demo.dpiasCreated} DPIAs added, ${demo.staffCreated} people in the staff register, ${demo.trainingCreated} training completions, ${demo.directoryAccountsCreated} directory accounts, ${demo.findingsCreated} vulnerability findings and ${demo.cyberAlertsCreated} NHS cyber alerts.`,
    demo.password
      ? `Demo accounts' password: ${demo.password}${demo.passwordGenerated ? '  (generated now; set BULWARK_DEMO_PASSWORD to choose one)' : ''}`
      : 'Demo accounts already existed and keep their password (set BULWARK_DEMO_PASSWORD to reset it).',
    'Sign in as, for example:',
    ...demo.people.slice(0, 4).map((p) => `  ${p.email.padEnd(38)} ${p.roles.join(', ')} — ${p.organisation}`),
    '  (the README lists every demo account)',
    'System administrators, organisation administrators, SIROs and security leads must set up a second',
    'factor (an authenticator app or a passkey) at their first sign-in, as they would in production.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
