// Bringing a security operations team's alert history through the import pipeline: Microsoft
// Sentinel (and Defender, through Sentinel) incident exports, Splunk ES notable events, or any CSV or
// NDJSON through a saved mapping. Exports repeat an alert each time it changes, so a key seen again
// is a later (or earlier) state: each alert is kept in its latest state, by its last-modified time,
// and the same file again adds nothing.
import type { Db } from '../../platform/db/database.js';
import { engineOf } from '../../platform/db/database.js';
import { type ApplyContext, type BatchOutcome, type CheckedRow, declareImportKind, type ImportPreset } from '../../platform/imports/import-kinds.js';
import type { ColumnMapping, ColumnSpec, FieldValue, RowProblem, SourceFormat } from '../../platform/imports/types.js';
import { readClassification, readOwner, readSeverity, readStatus, remembering } from './alert-values.js';
import * as store from './store.js';

export interface AlertImportRow {
  alertId: string;
  rule: string;
  owner: string | null;
  severity: number;
  status: number;
  classification: number | null;
  createdMs: number;
  triagedMs: number | null;
  closedMs: number | null;
  modifiedMs: number;
}

export const ALERT_COLUMNS: readonly ColumnSpec[] = [
  { field: 'alertId', label: 'Alert ID', type: { kind: 'text', maxLength: 200 }, required: true },
  { field: 'rule', label: 'Rule', type: { kind: 'text', maxLength: 500 }, required: true },
  { field: 'severity', label: 'Severity', type: { kind: 'text', maxLength: 40 }, required: true },
  { field: 'status', label: 'Status', type: { kind: 'text', maxLength: 40 }, required: false },
  { field: 'classification', label: 'Classification', type: { kind: 'text', maxLength: 200 }, required: false },
  { field: 'owner', label: 'Owner', type: { kind: 'text', maxLength: 2000 }, required: false },
  { field: 'created', label: 'Created', type: { kind: 'datetime', epochMs: true }, required: true },
  { field: 'triaged', label: 'Triaged', type: { kind: 'datetime', epochMs: true }, required: false },
  { field: 'closed', label: 'Closed', type: { kind: 'datetime', epochMs: true }, required: false },
  { field: 'modified', label: 'Last modified', type: { kind: 'datetime', epochMs: true }, required: false },
];

/** ISO 8601 with fractions of a second and an offset: Sentinel writes `…:05.1230000Z`, Splunk `…:05.000+00:00`. */
export const ISO_INSTANT = 'YYYY-MM-DDTHH:mm:ss.SSSZ';

const at = (column: string): { column: string; format: string } => ({ column, format: ISO_INSTANT });

/**
 * Sentinel's SecurityIncident table. The portal's CSV export marks times with " [UTC]"; a JSON export
 * (or the Log Analytics API) names them plainly. FirstModifiedTime, when an analyst (or an automation
 * rule) first changed the incident, is when triage began.
 */
const sentinel: ImportPreset = {
  label: 'Microsoft Sentinel or Defender incidents (SecurityIncident)',
  mapping(format: SourceFormat): ColumnMapping {
    const time = (name: string) => at(format === 'ndjson' ? name : `${name} [UTC]`);
    return {
      alertId: { column: 'IncidentNumber' },
      rule: { column: 'Title' },
      severity: { column: 'Severity' },
      status: { column: 'Status' },
      classification: { column: 'Classification' },
      owner: { column: 'Owner' },
      created: time('CreatedTime'),
      triaged: time('FirstModifiedTime'),
      closed: time('ClosedTime'),
      modified: time('LastModifiedTime'),
    };
  },
};

/** Splunk ES notable events, as the search in docs/alerts.md writes them. */
const splunk: ImportPreset = {
  label: 'Splunk Enterprise Security notable events',
  mapping(): ColumnMapping {
    return {
      alertId: { column: 'event_id' },
      rule: { column: 'rule_name' },
      severity: { column: 'urgency' },
      status: { column: 'status_label' },
      classification: { column: 'disposition_label' },
      owner: { column: 'owner' },
      created: at('_time'),
      triaged: at('first_review_time'),
      closed: at('closed_time'),
      modified: at('last_review_time'),
    };
  },
};

/** How far ahead of the as-of instant a time may be (clocks differ a little). */
const FUTURE_GRACE_MS = 5 * 60_000;

const CLOSED = 2;
const ACTIVE = 1;
const NEW = 0;

const textOf = (value: FieldValue | undefined): string => (value === null || value === undefined ? '' : String(value));
const msOf = (value: FieldValue | undefined): number | null => (typeof value === 'number' ? value : null);
const shown = (ms: number) => new Date(ms).toISOString();

/** Adds a problem with a field of the row, its value shown as read (a time as an instant). */
function noted(problems: RowProblem[] | null, values: Record<string, FieldValue>, row: number, columnOf: (field: string) => string, field: string, reason: string): RowProblem[] {
  const list = problems ?? [];
  const value = values[field];
  list.push({ row, column: columnOf(field), value: field.endsWith('ed') && typeof value === 'number' ? shown(value) : textOf(value), reason });
  return list;
}

const severityOf = remembering(readSeverity);
const statusOf = remembering(readStatus);
const classificationOf = remembering(readClassification);
const ownerOf = remembering(readOwner);

// Called for every row of files of millions: no function is made per row.
function checkAlert(values: Record<string, FieldValue>, row: number, columnOf: (field: string) => string): { ok: true; value: AlertImportRow } | { ok: false; problems: RowProblem[] } {
  let problems: RowProblem[] | null = null;
  const severity = severityOf(textOf(values.severity));
  if (!severity.ok) problems = noted(problems, values, row, columnOf, 'severity', severity.reason);
  const classification = classificationOf(textOf(values.classification));
  if (!classification.ok) problems = noted(problems, values, row, columnOf, 'classification', classification.reason);
  const createdMs = msOf(values.created)!;
  const triagedMs = msOf(values.triaged);
  const closedMs = msOf(values.closed);
  if (triagedMs !== null && triagedMs < createdMs) problems = noted(problems, values, row, columnOf, 'triaged', `is before the alert was created (${shown(createdMs)})`);
  if (closedMs !== null && closedMs < createdMs) problems = noted(problems, values, row, columnOf, 'closed', `closed before it was created (${shown(createdMs)})`);
  let status = closedMs !== null ? CLOSED : triagedMs !== null ? ACTIVE : NEW;
  const statusText = textOf(values.status);
  if (statusText !== '') {
    const read = statusOf(statusText);
    if (!read.ok) problems = noted(problems, values, row, columnOf, 'status', read.reason);
    else status = read.value;
  }
  const modifiedMs = msOf(values.modified) ?? Math.max(createdMs, triagedMs ?? 0, closedMs ?? 0);
  if (modifiedMs < createdMs) problems = noted(problems, values, row, columnOf, 'modified', `is before the alert was created (${shown(createdMs)})`);
  if (problems || !severity.ok || !classification.ok) return { ok: false, problems: problems ?? [] };
  return {
    ok: true,
    value: {
      alertId: textOf(values.alertId),
      rule: textOf(values.rule),
      owner: ownerOf(textOf(values.owner)),
      severity: severity.value,
      status,
      classification: classification.value,
      createdMs,
      triagedMs,
      closedMs,
      modifiedMs,
    },
  };
}

/**
 * What a run holds from its first batch to its last (ApplyContext.runState): the organisation's number and
 * the run's, and the names numbered so far (loaded at the first batch, added to as it goes).
 */
interface RunState {
  orgKey: number;
  run: number;
  names: { rule: Map<string, number>; owner: Map<string, number> };
}

/** Rules and analysts are numbered in 12 and 10 bits for the analytics (see store.packedFacts). */
const MAX_RULES = 4095;
const MAX_OWNERS = 1022;

async function runStateFor(tx: Db, context: ApplyContext): Promise<RunState> {
  return context.runState(async () => {
    const numbered = async (kind: store.NameKind) => new Map((await store.namesById(tx, context.orgId, kind)).flatMap((name, id) => (name === undefined ? [] : [[name, id] as const])));
    const { orgKey, run } = await store.startRun(tx, context.orgId);
    return { orgKey, run, names: { rule: await numbered('rule'), owner: await numbered('owner') } };
  });
}

async function applyAlerts(tx: Db, batch: Array<CheckedRow<AlertImportRow>>, context: ApplyContext): Promise<BatchOutcome> {
  const source = store.sourceCode(context.preset ?? 'file');
  const refused: BatchOutcome['refused'] = [];
  const latestMs = context.asOf.getTime() + FUTURE_GRACE_MS;
  // The latest state of each alert in the batch; a row it supersedes is a repeat, not an error.
  const latest = new Map<string, CheckedRow<AlertImportRow>>();
  let superseded = 0;
  for (const row of batch) {
    const v = row.value;
    const future = v.createdMs > latestMs ? 'created' : v.triagedMs !== null && v.triagedMs > latestMs ? 'triaged' : v.closedMs !== null && v.closedMs > latestMs ? 'closed' : null;
    if (future) {
      const ms = future === 'created' ? v.createdMs : future === 'triaged' ? v.triagedMs! : v.closedMs!;
      refused.push({ row: row.row, problems: [{ row: row.row, column: context.columnOf(future), value: new Date(ms).toISOString(), reason: `is after the time the import is as of (${context.asOf.toISOString()})` }] });
      continue;
    }
    const held = latest.get(v.alertId);
    if (held && held.value.modifiedMs > v.modifiedMs) {
      superseded++;
      continue;
    }
    if (held) superseded++;
    latest.set(v.alertId, row);
  }

  const state = await runStateFor(tx, context);
  const names = state.names;
  const writes: store.AlertWrite[] = [];
  const newNames: Record<'rule' | 'owner', Array<[string, number]>> = { rule: [], owner: [] };
  const idOf = (kind: 'rule' | 'owner', name: string, row: number): number | null => {
    const known = names[kind].get(name);
    if (known !== undefined) return known;
    const next = names[kind].size;
    if (next > (kind === 'rule' ? MAX_RULES : MAX_OWNERS)) {
      refused.push({ row, problems: [{ row, column: context.columnOf(kind), value: name, reason: `is one ${kind === 'rule' ? 'rule' : 'analyst'} too many: an organisation's alerts may name at most ${kind === 'rule' ? MAX_RULES + 1 : MAX_OWNERS + 1}` }] });
      return null;
    }
    names[kind].set(name, next);
    newNames[kind].push([name, next]);
    return next;
  };
  for (const [alertId, row] of latest) {
    const v = row.value;
    const ruleId = idOf('rule', v.rule, row.row);
    const ownerId = v.owner === null ? null : idOf('owner', v.owner, row.row);
    if (ruleId === null || (v.owner !== null && ownerId === null)) continue;
    writes.push({ alertId, ruleId, ownerId, severity: v.severity, status: v.status, classification: v.classification, createdMs: v.createdMs, triagedMs: v.triagedMs, closedMs: v.closedMs, modifiedMs: v.modifiedMs });
  }
  await store.insertNames(tx, context.orgId, 'rule', newNames.rule);
  await store.insertNames(tx, context.orgId, 'owner', newNames.owner);
  const replaced = await store.upsertAlerts(tx, engineOf(tx), state.orgKey, source, state.run, writes);
  // Not written: the state held was as late. A state replacing one an earlier batch of this file
  // brought is a repeat within the file, counted as one within a batch is: the counts do not
  // depend on where the batches fall.
  let inserted = 0;
  let updated = 0;
  let unchanged = superseded + writes.length - replaced.length;
  for (const run of replaced) {
    if (run === null) inserted++;
    else if (run === state.run) unchanged++;
    else updated++;
  }
  return { inserted, updated, unchanged, refused };
}

export const alertsImport = declareImportKind<AlertImportRow>({
  id: 'alerts',
  label: 'alerts',
  columns: ALERT_COLUMNS,
  action: 'alert.import',
  keyFields: ['alertId'],
  keyOf: (row) => row.alertId,
  check: checkAlert,
  presets: { sentinel, splunk },
  repeatsAreUpdates: true,
  apply: applyAlerts,
});
