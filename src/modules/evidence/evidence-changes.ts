// Changing the evidence library: adding a link, a note or a file, a new version of a file, changing
// the details, archiving. Each change is checked, stored and recorded in the audit trail together;
// a file's bytes are checked before anything is stored, so a refused file leaves no trace.
import { randomUUID } from 'node:crypto';
import type { EvidenceChangeBody, EvidenceItem, NewEvidenceBody } from '../../contract/evidence.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { NewEvidenceVersionRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, type FieldProblem, NotFound, ValidationFailed } from '../../platform/errors.js';
import * as accounts from '../accounts/service.js';
import { safeFileName } from './domain/download-name.js';
import { detailProblems, type EvidenceDetails, noteProblem, urlProblem } from './domain/evidence-rules.js';
import { sniffMediaType } from './domain/media-type.js';
import { auditView, itemView } from './evidence-views.js';
import { NOT_FOUND_MESSAGE } from './evidence-reading.js';
import type { ReceivedFile } from './file-upload.js';
import * as store from './store.js';

/** The details of a new piece of evidence, as given (blank text counts as not given). */
export interface NewEvidenceDetails {
  title?: string | null | undefined;
  description?: string | null | undefined;
  ownerId?: string | null | undefined;
  validFrom?: string | null | undefined;
  expiresOn?: string | null | undefined;
  reviewOn?: string | null | undefined;
}

const NEEDS_CORRECTING = 'The evidence’s details need correcting.';

function given(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function detailsOf(input: NewEvidenceDetails, fallbackTitle = ''): EvidenceDetails {
  return {
    title: given(input.title) ?? fallbackTitle,
    description: given(input.description),
    validFrom: given(input.validFrom),
    expiresOn: given(input.expiresOn),
    reviewOn: given(input.reviewOn),
  };
}

/** The owner must hold a role in the organisation: evidence is not handed to outsiders to keep. */
async function ownerProblem(db: Db, orgId: string, ownerId: string | null): Promise<FieldProblem | null> {
  if (ownerId === null || (await accounts.isMember(db, orgId, ownerId))) return null;
  return { field: 'ownerId', message: 'Choose someone with a role in this organisation as the owner' };
}

async function check(db: Db, orgId: string, details: EvidenceDetails, ownerId: string | null, more: (FieldProblem | null)[] = []): Promise<void> {
  const problems = [...detailProblems(details), await ownerProblem(db, orgId, ownerId), ...more].filter((p): p is FieldProblem => p !== null);
  if (problems.length) throw new ValidationFailed(NEEDS_CORRECTING, problems);
}

/** A file's bytes checked and described, or refused with the reason in words. */
function acceptedFile(fileName: string, file: ReceivedFile) {
  const name = safeFileName(fileName);
  const sniffed = sniffMediaType(name, file.bytes);
  if (!sniffed.ok) throw new ValidationFailed(sniffed.reason, [{ field: '(file)', message: sniffed.reason }]);
  return { file_name: sniffed.fileName, media_type: sniffed.type.mediaType, size_bytes: file.bytes.length, sha256: file.sha256, content: file.bytes };
}

async function created(ctx: RequestContext, orgId: string, kind: string, details: EvidenceDetails, ownerId: string | null, first: Omit<NewEvidenceVersionRow, 'item_id' | 'number' | 'created_at' | 'created_by'>): Promise<EvidenceItem> {
  return inTransaction(ctx.db, async (tx) => {
    const id = randomUUID();
    const at = ctx.now.toISOString();
    const by = ctx.actor.userId;
    await store.insertItem(tx, {
      id,
      org_id: orgId,
      title: details.title,
      kind,
      description: details.description,
      owner_id: ownerId,
      valid_from: details.validFrom,
      expires_on: details.expiresOn,
      review_on: details.reviewOn,
      current_version: 1,
      created_at: at,
      created_by: by,
      updated_at: at,
      updated_by: by,
      archived_at: null,
    });
    await store.insertVersion(tx, { ...first, item_id: id, number: 1, created_at: at, created_by: by });
    const row = (await store.findItem(tx, orgId, id))!;
    await recordAudit(tx, ctx.actor, { action: 'evidence.add', entityType: 'evidence', entityId: id, orgId, after: auditView(row) }, ctx.now);
    return itemView(tx, row, await store.versionsOf(tx, id), ctx.now);
  });
}

/** Adds a link or a note. */
export async function addEvidence(ctx: RequestContext, orgId: string, input: NewEvidenceBody): Promise<EvidenceItem> {
  const details = detailsOf(input);
  const ownerId = given(input.ownerId);
  if (input.kind === 'link') {
    await check(ctx.db, orgId, details, ownerId, [urlProblem(input.url)]);
    return created(ctx, orgId, 'link', details, ownerId, { url: input.url.trim() });
  }
  await check(ctx.db, orgId, details, ownerId, [noteProblem(input.noteText)]);
  return created(ctx, orgId, 'note', details, ownerId, { note_text: input.noteText });
}

/** Adds a file as a new piece of evidence; its title is the file's name unless one is given. */
export async function addFileEvidence(ctx: RequestContext, orgId: string, fileName: string, input: NewEvidenceDetails, file: ReceivedFile): Promise<EvidenceItem> {
  const accepted = acceptedFile(fileName, file);
  const details = detailsOf(input, accepted.file_name.replace(/\.[A-Za-z0-9]{1,10}$/, ''));
  const ownerId = given(input.ownerId);
  await check(ctx.db, orgId, details, ownerId);
  return created(ctx, orgId, 'file', details, ownerId, accepted);
}

/** Adds a new version of a file; the earlier ones are kept. */
export async function addFileVersion(ctx: RequestContext, orgId: string, id: string, fileName: string, file: ReceivedFile): Promise<EvidenceItem> {
  const accepted = acceptedFile(fileName, file);
  return inTransaction(ctx.db, async (tx) => {
    const before = await itemToChange(tx, orgId, id);
    if (before.kind !== 'file') throw new ValidationFailed('Only file evidence has file versions.', [{ field: '(file)', message: 'This evidence is a link or a note: add the file as evidence of its own.' }]);
    const number = before.current_version + 1;
    const at = ctx.now.toISOString();
    // Moving the item's version on first makes two uploads at once queue, not collide on the number.
    await store.updateItem(tx, id, before.version, { current_version: number, updated_at: at, updated_by: ctx.actor.userId });
    await store.insertVersion(tx, { ...accepted, item_id: id, number, created_at: at, created_by: ctx.actor.userId });
    const after = (await store.findItem(tx, orgId, id))!;
    await recordAudit(tx, ctx.actor, { action: 'evidence.version', entityType: 'evidence', entityId: id, orgId, before: auditView(before), after: auditView(after) }, ctx.now);
    return itemView(tx, after, await store.versionsOf(tx, id), ctx.now);
  });
}

/** Changes the title, description, owner or dates, if nobody else changed the evidence since it was read. */
export async function updateEvidence(ctx: RequestContext, orgId: string, id: string, change: EvidenceChangeBody): Promise<EvidenceItem> {
  return inTransaction(ctx.db, async (tx) => {
    const before = await itemToChange(tx, orgId, id);
    const pick = (value: string | null | undefined, old: string | null) => (value === undefined ? old : given(value));
    const details: EvidenceDetails = {
      title: change.title === undefined ? before.title : change.title.trim(),
      description: pick(change.description, before.description),
      validFrom: pick(change.validFrom, before.valid_from),
      expiresOn: pick(change.expiresOn, before.expires_on),
      reviewOn: pick(change.reviewOn, before.review_on),
    };
    const ownerId = pick(change.ownerId, before.owner_id);
    await check(tx, orgId, details, ownerId === before.owner_id ? null : ownerId);
    if (change.version !== before.version) throw new Conflict(store.STALE_MESSAGE);
    await store.updateItem(tx, id, before.version, {
      title: details.title,
      description: details.description,
      owner_id: ownerId,
      valid_from: details.validFrom,
      expires_on: details.expiresOn,
      review_on: details.reviewOn,
      updated_at: ctx.now.toISOString(),
      updated_by: ctx.actor.userId,
    });
    const after = (await store.findItem(tx, orgId, id))!;
    await recordAudit(tx, ctx.actor, { action: 'evidence.update', entityType: 'evidence', entityId: id, orgId, before: auditView(before), after: auditView(after) }, ctx.now);
    return itemView(tx, after, await store.versionsOf(tx, id), ctx.now);
  });
}

/**
 * Takes evidence out of use: it leaves the library's list and the expiry reminders, but is kept, with
 * every version, for the record of what was relied on when.
 */
export async function archiveEvidence(ctx: RequestContext, orgId: string, id: string, version?: number): Promise<EvidenceItem> {
  return inTransaction(ctx.db, async (tx) => {
    const before = await itemToChange(tx, orgId, id);
    if (version !== undefined && version !== before.version) throw new Conflict(store.STALE_MESSAGE);
    const at = ctx.now.toISOString();
    await store.updateItem(tx, id, before.version, { archived_at: at, updated_at: at, updated_by: ctx.actor.userId });
    const after = (await store.findItem(tx, orgId, id))!;
    await recordAudit(tx, ctx.actor, { action: 'evidence.archive', entityType: 'evidence', entityId: id, orgId, before: auditView(before), after: auditView(after) }, ctx.now);
    return itemView(tx, after, await store.versionsOf(tx, id), ctx.now);
  });
}

async function itemToChange(db: Db, orgId: string, id: string) {
  const row = await store.findItem(db, orgId, id);
  if (!row) throw new NotFound(NOT_FOUND_MESSAGE);
  if (row.archived_at !== null) throw new Conflict('This evidence has been archived, so it cannot be changed.');
  return row;
}
