// Evidence as the API and other modules see it: rows turned into summaries with their state worked
// out for the instant asked, and people named rather than given as ids.
import type { EvidenceItem, EvidenceSummary, EvidenceVersionView } from '../../contract/evidence.js';
import type { Db } from '../../platform/db/database.js';
import * as accounts from '../accounts/service.js';
import { evidenceState } from './domain/evidence-state.js';
import type { ItemWithCurrent, VersionMeta } from './store.js';

export type { EvidenceItem, EvidenceSummary, EvidenceVersionView } from '../../contract/evidence.js';

/** The names of the people behind these ids; ids nobody holds any more are simply absent. */
export async function namesOf(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  return new Map((await accounts.peopleByIds(db, wanted)).map((p) => [p.id, p.name]));
}

export function summaryOf(row: ItemWithCurrent, names: ReadonlyMap<string, string>, asOf: Date, expiringWithinDays?: number): EvidenceSummary {
  const dates = { validFrom: row.valid_from, expiresOn: row.expires_on, reviewOn: row.review_on };
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as EvidenceSummary['kind'],
    currentVersion: row.current_version,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes === null ? null : Number(row.size_bytes),
    sha256: row.sha256,
    url: row.url,
    ownerId: row.owner_id,
    ownerName: row.owner_id ? (names.get(row.owner_id) ?? null) : null,
    ...dates,
    state: evidenceState(dates, asOf, expiringWithinDays),
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
    version: row.version,
  };
}

export async function summariesOf(db: Db, rows: ItemWithCurrent[], asOf: Date, expiringWithinDays?: number): Promise<EvidenceSummary[]> {
  const names = await namesOf(db, rows.map((r) => r.owner_id));
  return rows.map((row) => summaryOf(row, names, asOf, expiringWithinDays));
}

export function versionView(row: VersionMeta, names: ReadonlyMap<string, string>): EvidenceVersionView {
  return {
    number: row.number,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes === null ? null : Number(row.size_bytes),
    sha256: row.sha256,
    url: row.url,
    noteText: row.note_text,
    createdAt: row.created_at,
    createdByName: row.created_by ? (names.get(row.created_by) ?? null) : null,
  };
}

export async function itemView(db: Db, row: ItemWithCurrent, versions: VersionMeta[], asOf: Date): Promise<EvidenceItem> {
  const names = await namesOf(db, [row.owner_id, ...versions.map((v) => v.created_by)]);
  return {
    ...summaryOf(row, names, asOf),
    description: row.description,
    createdAt: row.created_at,
    versions: versions.map((v) => versionView(v, names)),
  };
}

/** What the audit trail keeps of a piece of evidence: its details and its current file's fingerprint, never its contents. */
export function auditView(row: ItemWithCurrent) {
  return {
    title: row.title,
    kind: row.kind,
    description: row.description,
    ownerId: row.owner_id,
    validFrom: row.valid_from,
    expiresOn: row.expires_on,
    reviewOn: row.review_on,
    currentVersion: row.current_version,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    url: row.url,
    archivedAt: row.archived_at,
  };
}
