// The demo trust's alert history: 90 days of a security operations team's Sentinel incidents, up to
// now, written as the portal exports them and brought in through the import pipeline as a Trust's
// own file would be, so the demo shows (and exercises) the real path from export to triage report.
import { Readable } from 'node:stream';
import type { Actor } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import { runImport } from '../../platform/imports/run-import.js';
import * as alerts from '../alerts/service.js';

/** About 20,000 alerts over a quarter: a couple of hundred a day, as a Trust's SOC might see. */
export const DEMO_ALERTS = 20_000;
export const DEMO_ALERT_DAYS = 90;
/** The history generated as of `now`: with a fixed seed, the same (relative to now) every time. */
export function demoAlertHistory(now: Date): alerts.SampleOptions {
  return { alerts: DEMO_ALERTS, end: now, days: DEMO_ALERT_DAYS, seed: 20_261_206 };
}
/** Lines are handed to the pipeline in pieces of about this many bytes, as a file would be read. */
const PIECE_BYTES = 64 * 1024;

/** The demo trust's Sentinel export as of `now`, in pieces of bytes. */
export function* demoAlertExport(now: Date): Generator<Buffer> {
  let piece = '';
  for (const line of alerts.sentinelCsvLines(demoAlertHistory(now))) {
    piece += line;
    if (piece.length >= PIECE_BYTES) {
      yield Buffer.from(piece, 'utf8');
      piece = '';
    }
  }
  if (piece) yield Buffer.from(piece, 'utf8');
}

/**
 * Imports the demo history into the trust once: a trust that already has alerts keeps its own.
 * How many alerts were added.
 */
export async function loadDemoAlerts(ctx: { db: Db; actor: Actor; now: Date }, acute: OrganisationRow): Promise<number> {
  if (await alerts.hasAlerts(ctx.db, acute.id)) return 0;
  const run = await runImport(ctx, {
    kind: 'alerts',
    orgId: acute.id,
    fileName: 'SecurityIncident-demo.csv',
    // Opened twice (hash, then read): each time the same lines, generated afresh rather than held.
    open: () => Readable.from(demoAlertExport(ctx.now)),
    format: 'csv',
    preset: 'sentinel',
    mode: 'all-or-nothing',
    asOf: ctx.now,
  });
  return run.rows_inserted;
}
