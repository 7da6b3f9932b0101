// An alert as the API answers it at an as-of instant: its details, its response with who did what,
// the clocks worked out from the organisation's deadlines, and the hosts its CVEs or products touch.
import type { CyberAlertSummary, CyberAlertView } from '../../contract/cyber-alerts.js';
import type { Db } from '../../platform/db/database.js';
import type { CyberAlertRow, CyberAlertUpdateRow } from '../../platform/db/schema.js';
import { peopleByIds } from '../accounts/service.js';
import { deadlineSettingsFor, hostsExposedTo, type HostMatch } from '../vulnerabilities/service.js';
import {
  acknowledgeDueAt,
  acknowledgedLate,
  acknowledgementOverdue,
  type AlertTimeline,
  type Applicability,
  type CyberAlertSeverity,
  type CyberAlertState,
  defaultRemediateBy,
  type RemediationDays,
  remediationOverdue,
} from './domain/alert-deadlines.js';
import type { LifecycleFacts } from './domain/alert-lifecycle.js';

const iso = (value: string | Date) => new Date(value).toISOString();
const isoOrNull = (value: string | Date | null) => (value === null ? null : iso(value));
const dateOrNull = (value: string | Date | null) => (value === null ? null : new Date(value));

export function timelineOf(row: CyberAlertRow): AlertTimeline {
  return {
    issuedAt: new Date(row.issued_at),
    applicability: row.applicability as Applicability | null,
    acknowledgedAt: dateOrNull(row.acknowledged_at),
    remediatedAt: dateOrNull(row.remediated_at),
    closedAt: dateOrNull(row.closed_at),
  };
}

export function lifecycleFactsOf(row: CyberAlertRow): LifecycleFacts {
  return { state: row.state as CyberAlertState, applicability: row.applicability as Applicability | null, issuedAt: new Date(row.issued_at) };
}

export function remediateByOf(row: CyberAlertRow, days: RemediationDays): string {
  return row.remediate_by ?? defaultRemediateBy(new Date(row.issued_at), row.severity as CyberAlertSeverity, days);
}

/** The clocks of an alert at the as-of instant. */
export function standingOf(row: CyberAlertRow, days: RemediationDays, asOf: Date) {
  const timeline = timelineOf(row);
  const remediateBy = remediateByOf(row, days);
  return {
    acknowledgeDueAt: acknowledgeDueAt(timeline.issuedAt).toISOString(),
    acknowledgedLate: acknowledgedLate(timeline, asOf),
    acknowledgementOverdue: acknowledgementOverdue(timeline, asOf),
    remediateBy,
    remediationOverdue: remediationOverdue(timeline, remediateBy, asOf),
  };
}

export const cvesOf = (row: CyberAlertRow) => JSON.parse(row.cves) as string[];
export const productsOf = (row: CyberAlertRow) => JSON.parse(row.products) as string[];

/** The hosts an alert's CVEs or products touch at the as-of instant. */
export async function matchesOf(db: Db, row: CyberAlertRow, asOf: Date): Promise<HostMatch[]> {
  return hostsExposedTo(db, row.org_id, { cveIds: cvesOf(row), products: productsOf(row) }, asOf);
}

function computedOf(matches: readonly HostMatch[]) {
  return { likely: matches.length > 0, hosts: matches.length, assets: new Set(matches.flatMap((m) => (m.assetId ? [m.assetId] : []))).size };
}

type PersonOf = (id: string | null) => { id: string; name: string } | null;

async function peopleOf(db: Db, ids: ReadonlyArray<string | null>): Promise<PersonOf> {
  const people = new Map((await peopleByIds(db, ids.filter((id): id is string => id !== null))).map((p) => [p.id, p.name]));
  // Someone since removed from the installation is still named by their id.
  return (id) => (id === null ? null : { id, name: people.get(id) ?? 'A former user' });
}

function summaryWith(row: CyberAlertRow, person: PersonOf, days: RemediationDays, matches: readonly HostMatch[], asOf: Date): CyberAlertSummary {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    severity: row.severity as CyberAlertSeverity,
    issuedAt: iso(row.issued_at),
    cves: cvesOf(row),
    products: productsOf(row),
    summary: row.summary,
    state: row.state as CyberAlertState,
    computed: computedOf(matches),
    applicability: row.applicability === null ? null : { value: row.applicability as Applicability, note: row.applicability_note, by: person(row.applicability_by), at: iso(row.applicability_at!) },
    ...standingOf(row, days, asOf),
    acknowledgedAt: isoOrNull(row.acknowledged_at),
    acknowledgedBy: person(row.acknowledged_by),
    remediatedAt: isoOrNull(row.remediated_at),
    remediatedBy: person(row.remediated_by),
    closedAt: isoOrNull(row.closed_at),
    closedBy: person(row.closed_by),
    closeReason: row.close_reason,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

const peopleNamedBy = (row: CyberAlertRow) => [row.applicability_by, row.acknowledged_by, row.remediated_by, row.closed_by];

/** List rows: each alert with how many hosts and assets it touches, without the hosts themselves. */
export async function alertSummaries(db: Db, orgId: string, rows: readonly CyberAlertRow[], asOf: Date): Promise<CyberAlertSummary[]> {
  const [days, person] = await Promise.all([deadlineSettingsFor(db, orgId), peopleOf(db, rows.flatMap(peopleNamedBy))]);
  const out: CyberAlertSummary[] = [];
  for (const row of rows) out.push(summaryWith(row, person, days, await matchesOf(db, row, asOf), asOf));
  return out;
}

/** One alert whole: its matches and its updates, oldest first. */
export async function alertView(db: Db, row: CyberAlertRow, updates: readonly CyberAlertUpdateRow[], asOf: Date): Promise<CyberAlertView> {
  const [days, person, matches] = await Promise.all([deadlineSettingsFor(db, row.org_id), peopleOf(db, [...peopleNamedBy(row), ...updates.map((u) => u.written_by)]), matchesOf(db, row, asOf)]);
  return {
    ...summaryWith(row, person, days, matches, asOf),
    computed: { ...computedOf(matches), matches },
    updates: updates.map((u) => ({ id: u.id, at: iso(u.written_at), by: person(u.written_by), text: u.text })),
  };
}
