// Work the server does on its own while it runs: watching incidents' notification clocks and the NHS
// cyber alerts' deadlines every few minutes. Several servers may run it at once; each notice is given
// once (see notifications/service.ts).
import * as cyberAlerts from '../modules/cyber-alerts/service.js';
import * as incidents from '../modules/incidents/service.js';
import type { AppContext } from '../platform/context.js';

export const INCIDENT_WATCH_EVERY_MS = 5 * 60_000;

interface Log {
  error(details: object, message: string): void;
  info(details: object, message: string): void;
}

/** Starts the watch; the function returned stops it and waits for a run in progress. */
export function startBackgroundWork(app: Pick<AppContext, 'db' | 'email' | 'config' | 'identity'>, log: Log): () => Promise<void> {
  let running: Promise<void> | null = null;
  const run = () => {
    running ??= incidents
      .watchIncidentClocks(app, new Date())
      .then((result) => {
        if (result.created) log.info({ notices: result.created, emailed: result.emailed }, 'incident clocks: people told');
      })
      .catch((error: unknown) => log.error({ err: error }, 'incident clocks could not be checked'))
      .then(() => cyberAlerts.remindCyberAlerts(app, new Date()))
      .then((result) => {
        if (result.created) log.info({ notices: result.created, emailed: result.emailed }, 'cyber alerts: heads of cyber security reminded');
      })
      .catch((error: unknown) => log.error({ err: error }, 'cyber alert deadlines could not be checked'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, INCIDENT_WATCH_EVERY_MS);
  timer.unref();
  run();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
