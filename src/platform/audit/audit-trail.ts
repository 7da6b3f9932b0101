// Writing, reading and verifying the audit trail. Every change to data calls recordAudit() inside the
// transaction that makes the change, so the record and the change commit or fail together. Records are
// sealed with the current audit key (see audit-keys.ts and chain.ts).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditEventRow, Database } from '../db/schema.js';
import { containsText, startsWithText } from '../db/text-match.js';
import { inTransaction } from '../db/transaction.js';
import { atOrBelow } from '../db/tree-path.js';
import { ValidationFailed } from '../errors.js';
import { auditKeyringFor } from './audit-keys.js';
import { type AuditKeyring, type ChainCursor, type ChainProblem, chainStart, checkEnd, checkLink, describeProblem, headMac, recordMac } from './chain.js';

type Db = Kysely<Database>;

export interface Actor {
  userId: string | null;
  /** Who it was, in words that survive the account being deleted: email, or 'cli:<os user>'. */
  label: string;
  requestId?: string | null;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  orgId?: string | null;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(tx: Db, actor: Actor, entry: AuditEntry, now: Date = new Date()): Promise<void> {
  const keyring = auditKeyringFor(tx);
  const key = keyring.keys.get(keyring.currentKeyId)!;
  // Moving the head first takes its row lock (PostgreSQL) so concurrent writers queue, and
  // hands back the previous record's hash to link to.
  const head = await tx
    .updateTable('audit_head')
    .set((eb) => ({ last_seq: eb('last_seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['last_seq', 'last_hash'])
    .executeTakeFirstOrThrow();
  const fields = {
    seq: Number(head.last_seq),
    id: randomUUID(),
    occurred_at: now.toISOString(),
    actor_id: actor.userId,
    actor_label: actor.label,
    org_id: entry.orgId ?? null,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId ?? null,
    before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
    after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    request_id: actor.requestId ?? null,
    prev_hash: head.last_hash,
    key_id: keyring.currentKeyId,
  };
  const hash = recordMac(key, fields);
  await tx.insertInto('audit_events').values({ ...fields, hash }).execute();
  await tx.updateTable('audit_head').set({ last_hash: hash, head_mac: headMac(key, fields.seq, hash) }).where('id', '=', 1).execute();
}

/**
 * Right after the upgrade that keys the trail, one keyed record that links to the last unkeyed one and
 * so seals every record before it: rewriting any of them would break its link.
 */
export async function sealUnkeyedTrail(db: Db, now: Date = new Date()): Promise<number> {
  return inTransaction(db, async (tx) => {
    const head = await tx.selectFrom('audit_head').select('last_seq').where('id', '=', 1).executeTakeFirstOrThrow();
    const unkeyed = Number(head.last_seq);
    if (unkeyed > 0) {
      const keyId = auditKeyringFor(tx).currentKeyId;
      await recordAudit(tx, { userId: null, label: 'bulwark:upgrade' }, { action: 'audit.keyed', entityType: 'audit-trail', after: { unkeyedRecords: unkeyed, keyId } }, now);
    }
    return unkeyed;
  });
}

/** A head kept from an earlier `bulwark audit verify`: its MAC, optionally with its record number. */
export interface KeptHead {
  seq: number | null;
  mac: string;
}

/** '1234:9f86d0…' or '9f86d0…' → the kept head; anything else is refused, saying what is expected. */
export function parseKeptHead(text: string): KeptHead {
  const match = /^(?:(\d+):)?([0-9a-f]{64})$/i.exec(text.trim());
  if (!match) throw new ValidationFailed(`The head must be the MAC printed by bulwark audit verify (64 hex digits), optionally after its record number and a colon, like 1234:9f86d0…; "${text.slice(0, 80)}" is not.`);
  return { seq: match[1] === undefined ? null : Number(match[1]), mac: match[2]!.toLowerCase() };
}

export interface VerifyOptions {
  /** The keys to check with; by default those the app gave this database handle. */
  keyring?: AuditKeyring;
  /** A head printed earlier and kept elsewhere: the trail must still contain it. */
  keptHead?: KeptHead;
}

export type VerifyResult =
  | {
      ok: true;
      records: number;
      /** The last record's MAC, and which record it is. */
      headHash: string;
      headSeq: number;
      headId: string | null;
      /** How many records, from the first, were written before the trail was keyed. */
      unkeyedRecords: number;
      /** The keys the records were sealed with, oldest first. */
      keyIds: string[];
      /** Where the kept head is, when one was given. */
      keptHead?: { seq: number; recordsAfter: number };
    }
  | { ok: false; records: number; problem: ChainProblem; message: string };

/** Walks the whole chain in order; stops at the first bad record. */
export async function verifyAuditTrail(db: Db, options: VerifyOptions = {}, pageSize = 2000): Promise<VerifyResult> {
  const keyring = options.keyring ?? auditKeyringFor(db);
  let cursor: ChainCursor = chainStart;
  let checked = 0;
  let headId: string | null = null;
  let keptAt: number | null = null;
  const keyIds: string[] = [];
  for (;;) {
    const page = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', cursor.expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of page) {
      const seq = Number(row.seq);
      const next = checkLink(cursor, { ...row, seq }, keyring);
      if ('kind' in next) return { ok: false, records: checked, problem: next, message: describeProblem(next) };
      cursor = next;
      checked++;
      headId = row.id;
      if (row.key_id !== null && !keyIds.includes(row.key_id)) keyIds.push(row.key_id);
      if (options.keptHead && row.hash === options.keptHead.mac && (options.keptHead.seq === null || options.keptHead.seq === seq)) keptAt = seq;
    }
    if (page.length < pageSize) break;
  }
  const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  const problem = checkEnd(cursor, { last_seq: Number(head.last_seq), last_hash: head.last_hash, head_mac: head.head_mac }, keyring);
  if (problem) return { ok: false, records: checked, problem, message: describeProblem(problem) };
  if (options.keptHead && keptAt === null) {
    const missing: ChainProblem = { kind: 'kept-head-missing', head: `${options.keptHead.seq === null ? '' : `${options.keptHead.seq}:`}${options.keptHead.mac}` };
    return { ok: false, records: checked, problem: missing, message: describeProblem(missing) };
  }
  return {
    ok: true,
    records: checked,
    headHash: cursor.prevHash,
    headSeq: checked,
    headId,
    unkeyedRecords: cursor.firstKeyedSeq === null ? checked : cursor.firstKeyedSeq - 1,
    keyIds,
    ...(keptAt === null ? {} : { keptHead: { seq: keptAt, recordsAfter: checked - keptAt } }),
  };
}

export interface AuditQuery {
  /** The organisation whose trail to read; records of organisations below it are included. */
  orgPath: string;
  action?: string;
  actor?: string;
  entityType?: string;
  from?: string;
  to?: string;
  /** Return records older than this position (for the next page). */
  beforeSeq?: number;
  limit: number;
}

export interface AuditEventView {
  seq: number;
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorLabel: string;
  orgId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

function eventView(r: AuditEventRow): AuditEventView {
  return {
    seq: Number(r.seq),
    id: r.id,
    occurredAt: r.occurred_at,
    actorId: r.actor_id,
    actorLabel: r.actor_label,
    orgId: r.org_id,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
    requestId: r.request_id,
  };
}

export async function listAuditEvents(db: Db, q: AuditQuery): Promise<{ events: AuditEventView[]; nextBeforeSeq: number | null }> {
  let query = db
    .selectFrom('audit_events')
    .selectAll()
    .where('org_id', 'in', db.selectFrom('organisations').select('id').where((eb) => atOrBelow(eb, q.orgPath)))
    .orderBy('seq', 'desc')
    .limit(q.limit + 1);
  if (q.action) query = query.where((eb) => startsWithText(eb.ref('action'), q.action!));
  if (q.actor) query = query.where((eb) => containsText(eb.ref('actor_label'), q.actor!));
  if (q.entityType) query = query.where('entity_type', '=', q.entityType);
  if (q.from) query = query.where('occurred_at', '>=', q.from);
  if (q.to) query = query.where('occurred_at', '<', q.to);
  if (q.beforeSeq !== undefined) query = query.where('seq', '<', q.beforeSeq);
  const rows = await query.execute();
  const page = rows.slice(0, q.limit);
  return {
    events: page.map(eventView),
    nextBeforeSeq: rows.length > q.limit ? Number(page[page.length - 1]!.seq) : null,
  };
}

/**
 * A person's own identity events (sign-ins, failures, second factors, password changes): these
 * belong to no organisation, so they are listed by person instead.
 */
export async function identityEventsOf(db: Db, userId: string, limit: number): Promise<AuditEventView[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('entity_type', '=', 'user')
    .where('entity_id', '=', userId)
    .where('org_id', 'is', null)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map(eventView);
}

/**
 * Everything about a person's own account, for them to see: their sign-ins and failures, changes to
 * their credentials and second factors (by them or by an administrator, in any organisation), their
 * roles, and the personal API tokens they made or revoked. Only their own: events about anyone else
 * never appear, even ones they caused.
 */
export async function ownActivityOf(db: Db, userId: string, limit: number): Promise<AuditEventView[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('entity_type', '=', 'user'), eb('entity_id', '=', userId)]),
        // Personal tokens belong to no organisation, and only their owner can make or revoke them.
        eb.and([eb('entity_type', '=', 'api-token'), eb('org_id', 'is', null), eb('actor_id', '=', userId)]),
      ]),
    )
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map(eventView);
}
