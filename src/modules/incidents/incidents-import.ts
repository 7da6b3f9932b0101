// Bringing an incident history from a spreadsheet through the import pipeline: one row per incident,
// its milestones as date-and-time columns (their format given in the mapping), the notification grid,
// the ICO and senior-management notifications, and the root cause. The reference is the natural key:
// importing the same file again changes nothing, and a later file brings each incident up to date.
import {
  CIA,
  type CiaCategory,
  DETECTION_SOURCE_LABELS,
  DETECTION_SOURCES,
  INCIDENT_KIND_LABELS,
  INCIDENT_KINDS,
  type IncidentKind,
  MILESTONE_LABELS,
  MILESTONES,
  type Milestone,
  ROOT_CAUSE_LABELS,
  ROOT_CAUSES,
  SEVERITIES,
  type Severity,
} from '../../contract/incidents.js';
import type { Db } from '../../platform/db/database.js';
import { type ApplyContext, type BatchOutcome, type CheckedRow, declareImportKind } from '../../platform/imports/import-kinds.js';
import type { ColumnSpec, FieldValue, RowProblem } from '../../platform/imports/types.js';
import { wordLookup } from '../../platform/imports/word-lookup.js';
import { membersByEmail } from '../accounts/service.js';
import { orderProblems } from './domain/milestones.js';
import { type IncidentHistoryRecord, writeIncidentHistory } from './incident-history.js';
import { FUTURE_GRACE_MS } from './incident-rules.js';

/** A checked row: the history record, with the owner still an email until the database is asked. */
export type IncidentImportRow = Omit<IncidentHistoryRecord, 'ownerId'> & { ownerEmail: string | null };

const MILESTONE_COLUMNS: ColumnSpec[] = MILESTONES.map((m) => ({ field: m, label: MILESTONE_LABELS[m], type: { kind: 'datetime' }, required: false }));

export const INCIDENT_COLUMNS: readonly ColumnSpec[] = [
  { field: 'reference', label: 'Reference', type: { kind: 'text', maxLength: 64 }, required: true },
  { field: 'title', label: 'Title', type: { kind: 'text', maxLength: 500 }, required: true },
  { field: 'kind', label: 'Kind', type: { kind: 'text', maxLength: 100 }, required: true },
  { field: 'severity', label: 'Severity', type: { kind: 'text', maxLength: 20 }, required: true },
  { field: 'description', label: 'Description', type: { kind: 'text', maxLength: 20_000 }, required: false },
  { field: 'cia', label: 'CIA', type: { kind: 'text', maxLength: 100 }, required: false },
  { field: 'nis', label: 'NIS', type: { kind: 'boolean' }, required: false },
  { field: 'detectionSource', label: 'Detected by', type: { kind: 'text', maxLength: 100 }, required: false },
  { field: 'ownerEmail', label: 'Owner email', type: { kind: 'email' }, required: false },
  ...MILESTONE_COLUMNS,
  { field: 'occurredEstimated', label: 'Occurred is an estimate', type: { kind: 'boolean' }, required: false },
  { field: 'likelihood', label: 'Likelihood', type: { kind: 'integer', min: 1, max: 5 }, required: false },
  { field: 'harm', label: 'Severity of harm', type: { kind: 'integer', min: 1, max: 5 }, required: false },
  { field: 'subjectsCount', label: 'People affected', type: { kind: 'integer', min: 0 }, required: false },
  { field: 'recordsCount', label: 'Records affected', type: { kind: 'integer', min: 0 }, required: false },
  { field: 'dataSubjects', label: 'Data subjects', type: { kind: 'text', maxLength: 1000 }, required: false },
  { field: 'affectedAssets', label: 'Affected assets', type: { kind: 'text', maxLength: 5000 }, required: false },
  { field: 'icoNotified', label: 'ICO notified', type: { kind: 'datetime' }, required: false },
  { field: 'icoReference', label: 'ICO reference', type: { kind: 'text', maxLength: 300 }, required: false },
  { field: 'seniorNotified', label: 'Senior management told', type: { kind: 'datetime' }, required: false },
  { field: 'rootCause', label: 'Root cause', type: { kind: 'text', maxLength: 100 }, required: false },
];

const kindOf = wordLookup(INCIDENT_KINDS, INCIDENT_KIND_LABELS, { 'data breach': 'data-breach', breach: 'data-breach', dspt: 'data-breach', 'ig incident': 'data-breach', cyber: 'cyber', 'cyber security': 'cyber' });
const severityOf = wordLookup(SEVERITIES, { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' }, { p1: 'critical', p2: 'high', p3: 'medium', p4: 'low', moderate: 'medium' });
const sourceOf = wordLookup(DETECTION_SOURCES, DETECTION_SOURCE_LABELS, { internal: 'internal-monitoring', monitoring: 'internal-monitoring', soc: 'internal-monitoring', siem: 'internal-monitoring', staff: 'user-report', user: 'user-report', 'third party': 'external-party', external: 'external-party', ncsc: 'external-party', police: 'external-party' });
const causeOf = wordLookup(ROOT_CAUSES, ROOT_CAUSE_LABELS);
const CIA_LETTERS: Record<string, CiaCategory> = { c: 'confidentiality', i: 'integrity', a: 'availability' };

const listOf = (text: string) => text.split(/[;|\n]/).map((s) => s.trim()).filter(Boolean);

export function checkIncidentRow(values: Record<string, FieldValue>, row: number, columnOf: (field: string) => string): { ok: true; value: IncidentImportRow } | { ok: false; problems: RowProblem[] } {
  const text = (field: string) => (values[field] === null || values[field] === undefined ? '' : String(values[field]).trim());
  const num = (field: string) => (typeof values[field] === 'number' ? (values[field]) : null);
  const problems: RowProblem[] = [];
  const problem = (field: string, reason: string) => problems.push({ row, column: columnOf(field), value: text(field), reason });

  const kind = kindOf(text('kind'));
  if (!kind) problem('kind', 'is not a kind of incident: cyber, data breach (data security and protection breach) or near miss');
  const severity = severityOf(text('severity'));
  if (!severity) problem('severity', 'is not a severity: critical, high, medium or low (P1 to P4)');
  const detectionSource = text('detectionSource') ? sourceOf(text('detectionSource')) : null;
  if (text('detectionSource') && !detectionSource) problem('detectionSource', 'is not a way of detecting: internal monitoring, user report, supplier or external party');
  const rootCause = text('rootCause') ? causeOf(text('rootCause')) : null;
  if (text('rootCause') && !rootCause) problem('rootCause', `is not a root cause we know: ${ROOT_CAUSES.join(', ')}`);

  const cia: CiaCategory[] = [];
  for (const part of text('cia').split(/[\s,;/|+]+/).filter(Boolean)) {
    const word = part.toLowerCase();
    const category = CIA_LETTERS[word] ?? (CIA as readonly string[]).find((c) => c === word);
    if (!category) {
      problem('cia', 'lists something other than confidentiality, integrity and availability (or C, I, A)');
      break;
    }
    if (!cia.includes(category as CiaCategory)) cia.push(category as CiaCategory);
  }

  const milestones: Partial<Record<Milestone, string>> = {};
  for (const m of MILESTONES) if (text(m)) milestones[m] = text(m);
  const times = Object.fromEntries(Object.entries(milestones).map(([m, at]) => [m, Date.parse(at)])) as Partial<Record<Milestone, number>>;
  for (const p of orderProblems(times)) problem(p.milestone, p.message);
  // A case reference alone cannot become a notification, and dropping it would lose what the file says.
  if (text('icoReference') && !text('icoNotified')) problem('icoReference', `is an ICO case reference, but the row does not say when the ICO was told: give the date and time in ${columnOf('icoNotified')}`);

  if (problems.length) return { ok: false, problems };
  const notifications: IncidentHistoryRecord['notifications'] = [];
  if (text('icoNotified')) notifications.push({ recipient: 'ico', sentAt: text('icoNotified'), reference: text('icoReference') || null });
  if (text('seniorNotified')) notifications.push({ recipient: 'senior-management', sentAt: text('seniorNotified'), reference: null });
  return {
    ok: true,
    value: {
      reference: text('reference'),
      title: text('title'),
      description: text('description') || null,
      kind: kind as IncidentKind,
      severity: severity as Severity,
      cia,
      nis: values.nis === true,
      detectionSource: detectionSource,
      ownerEmail: text('ownerEmail') || null,
      affectedAssets: listOf(text('affectedAssets')),
      dataSubjects: listOf(text('dataSubjects')),
      subjectsCount: num('subjectsCount'),
      recordsCount: num('recordsCount'),
      breachLikelihood: num('likelihood'),
      breachHarm: num('harm'),
      milestones,
      occurredEstimated: values.occurredEstimated === true,
      notifications,
      review: rootCause ? { heldOn: null, rootCause: rootCause, summary: null, wentWell: null, toImprove: null } : null,
      actions: [],
    },
  };
}

/** The first time in the row later than now allows, with its field: refused here as it is when recorded by hand. */
function futureTime(value: IncidentImportRow, latest: number): { field: string; at: string } | null {
  for (const m of MILESTONES) {
    const at = value.milestones[m];
    if (at && Date.parse(at) > latest) return { field: m, at };
  }
  const notice = value.notifications.find((n) => Date.parse(n.sentAt) > latest);
  return notice ? { field: notice.recipient === 'ico' ? 'icoNotified' : 'seniorNotified', at: notice.sentAt } : null;
}

export async function applyIncidentBatch(tx: Db, batch: Array<CheckedRow<IncidentImportRow>>, context: ApplyContext): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, refused: [] };
  const owners = await membersByEmail(tx, context.orgId, batch.flatMap((b) => (b.value.ownerEmail ? [b.value.ownerEmail] : [])));
  const records: IncidentHistoryRecord[] = [];
  const rowOf: number[] = [];
  for (const { row, value } of batch) {
    const future = futureTime(value, context.now.getTime() + FUTURE_GRACE_MS);
    if (future) {
      outcome.refused.push({ row, problems: [{ row, column: context.columnOf(future.field), value: future.at, reason: 'is in the future: record what has happened, when it happened' }] });
      continue;
    }
    const { ownerEmail, ...rest } = value;
    if (ownerEmail && !owners.get(ownerEmail)) {
      outcome.refused.push({ row, problems: [{ row, column: context.columnOf('ownerEmail'), value: ownerEmail, reason: 'is not someone with a role in this organisation' }] });
      continue;
    }
    records.push({ ...rest, ownerId: ownerEmail ? owners.get(ownerEmail)! : null });
    rowOf.push(row);
  }
  const written = await writeIncidentHistory(tx, context, context.orgId, records, (index, milestone, reason) => {
    const row = rowOf[index]!;
    outcome.refused.push({ row, problems: [{ row, column: context.columnOf(milestone), value: records[index]!.milestones[milestone] ?? '', reason }] });
  });
  return { ...outcome, inserted: written.inserted, updated: written.updated, unchanged: written.unchanged };
}

export const incidentsImport = declareImportKind<IncidentImportRow>({
  id: 'incidents',
  label: 'incidents',
  columns: INCIDENT_COLUMNS,
  action: 'incident.manage',
  keyFields: ['reference'],
  keyOf: (row) => row.reference,
  check: checkIncidentRow,
  apply: applyIncidentBatch,
});
