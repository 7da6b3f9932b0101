// Reading the evidence library: the list with states as of a day, one item with its versions, a
// version's file, and the summaries other modules (assessments) ask for.
import type { EvidenceItem, EvidenceList, EvidenceSummary } from '../../contract/evidence.js';
import type { Db } from '../../platform/db/database.js';
import { NotFound } from '../../platform/errors.js';
import type { EvidenceState } from './domain/evidence-state.js';
import * as store from './store.js';
import { itemView, summariesOf } from './evidence-views.js';

export const NOT_FOUND_MESSAGE = 'There is no evidence with that id in this organisation.';

export interface EvidenceCriteria {
  state?: EvidenceState | undefined;
  ownerId?: string | undefined;
  text?: string | undefined;
  includeArchived?: boolean;
}

export async function listEvidence(db: Db, orgId: string, criteria: EvidenceCriteria, asOf: Date): Promise<EvidenceList> {
  const rows = await store.listItems(db, orgId, { ownerId: criteria.ownerId, text: criteria.text?.trim() || undefined, includeArchived: criteria.includeArchived ?? false });
  const items = await summariesOf(db, rows, asOf);
  return { asOf: asOf.toISOString(), items: criteria.state ? items.filter((i) => i.state === criteria.state) : items };
}

export async function getEvidence(db: Db, orgId: string, id: string, asOf: Date): Promise<EvidenceItem> {
  const row = await store.findItem(db, orgId, id);
  if (!row) throw new NotFound(NOT_FOUND_MESSAGE);
  return itemView(db, row, await store.versionsOf(db, id), asOf);
}

export interface EvidenceFile {
  fileName: string;
  mediaType: string;
  sha256: string;
  content: Buffer;
}

/** One version's file, for a download; a link or a note has none. */
export async function evidenceFile(db: Db, orgId: string, id: string, number: number): Promise<EvidenceFile> {
  const item = await store.findItem(db, orgId, id);
  if (!item) throw new NotFound(NOT_FOUND_MESSAGE);
  const version = await store.versionWithContent(db, id, number);
  if (!version) throw new NotFound(`This evidence has no version ${number}.`);
  if (version.content === null || !version.file_name || !version.media_type || !version.sha256) throw new NotFound(`Version ${number} of this evidence is not a file.`);
  return { fileName: version.file_name, mediaType: version.media_type, sha256: version.sha256, content: Buffer.from(version.content) };
}

/** The organisation's evidence with these ids; ids of other organisations' evidence, or of none, are simply absent. */
export async function evidenceInOrg(db: Db, orgId: string, ids: string[], asOf: Date): Promise<EvidenceSummary[]> {
  return summariesOf(db, await store.itemsAmong(db, orgId, [...new Set(ids)]), asOf);
}

/** Evidence in use that has expired or expires within the window, soonest expiry first. */
export async function expiringEvidence(db: Db, orgId: string, asOf: Date, withinDays = 30): Promise<EvidenceSummary[]> {
  const items = await summariesOf(db, await store.itemsWithExpiry(db, orgId), asOf, withinDays);
  return items.filter((i) => i.state === 'expired' || i.state === 'expiring');
}
