// Writing, reading and verifying the audit trail. Every change to data calls recordAudit() inside the
// transaction that makes the change, so the record and the change commit or fail together.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditEventRow, Database } from '../db/schema.js';
import { containsText, startsWithText } from '../db/text-match.js';
import { atOrBelow } from '../db/tree-path.js';
import { type ChainCursor, type ChainProblem, chainStart, checkLink, describeProblem, hashRecord } from './chain.js';

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
  };
  const hash = hashRecord(fields);
  await tx.insertInto('audit_events').values({ ...fields, hash }).execute();
  await tx.updateTable('audit_head').set({ last_hash: hash }).where('id', '=', 1).execute();
}

export type VerifyResult =
  | { ok: true; records: number; headHash: string }
  | { ok: false; records: number; problem: ChainProblem; message: string };

/** Walks the whole chain in order; stops at the first bad record. */
export async function verifyAuditTrail(db: Db, pageSize = 2000): Promise<VerifyResult> {
  let cursor: ChainCursor = chainStart;
  let checked = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', cursor.expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of page) {
      const next = checkLink(cursor, { ...row, seq: Number(row.seq) });
      if ('kind' in next) return { ok: false, records: checked, problem: next, message: describeProblem(next) };
      cursor = next;
      checked++;
    }
    if (page.length < pageSize) break;
  }
  const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  if (Number(head.last_seq) !== checked || head.last_hash !== cursor.prevHash) {
    const problem: ChainProblem = { kind: 'head-mismatch', seq: Number(head.last_seq) };
    return { ok: false, records: checked, problem, message: describeProblem(problem) };
  }
  return { ok: true, records: checked, headHash: cursor.prevHash };
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
