// The audit trail's chain: each record's MAC covers its own fields and the MAC before it, so editing,
// deleting or inserting a record breaks every link after it. The MAC is HMAC-SHA-256 under a key held
// outside the database, so someone who can write to the database cannot recompute it; records written
// before the trail was keyed keep the plain SHA-256 they were written with (decision 30). Pure functions.
import { createHash, createHmac } from 'node:crypto';
import type { AuditEventRow } from '../db/schema.js';

export const GENESIS_HASH = '0'.repeat(64);

/** Every stored field of an audit record except its own hash. */
export type ChainedFields = Omit<AuditEventRow, 'hash'>;

/** The audit keys, by the id of the configured key each was derived from. */
export interface AuditKeyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** The record's fields in a fixed order; a JSON array escapes separators, so no two records share one. */
function fieldList(r: ChainedFields): unknown[] {
  return [r.prev_hash, r.seq, r.id, r.occurred_at, r.actor_id, r.actor_label, r.org_id, r.action, r.entity_type, r.entity_id, r.before_json, r.after_json, r.request_id];
}

/** The plain SHA-256 of records written before the trail was keyed (its pre-image must never change). */
export function unkeyedHash(r: ChainedFields): string {
  return createHash('sha256').update(JSON.stringify(fieldList(r))).digest('hex');
}

/** A record's MAC: the key id is covered too, so a record cannot be re-labelled as sealed by another key. */
export function recordMac(key: Buffer, r: ChainedFields): string {
  return createHmac('sha256', key)
    .update(JSON.stringify(['audit-record', r.key_id, ...fieldList(r)]))
    .digest('hex');
}

/** The head's MAC: where the trail ends (position and last MAC), so a shorter trail cannot claim to be whole. */
export function headMac(key: Buffer, lastSeq: number, lastHash: string): string {
  return createHmac('sha256', key)
    .update(JSON.stringify(['audit-head', lastSeq, lastHash]))
    .digest('hex');
}

export type ChainProblem =
  | { kind: 'gap'; seq: number; expectedSeq: number }
  | { kind: 'broken-link'; seq: number }
  | { kind: 'altered'; seq: number }
  | { kind: 'unknown-key'; seq: number; keyId: string }
  | { kind: 'unkeyed-after-keyed'; seq: number }
  | { kind: 'unkeyed-end'; seq: number }
  | { kind: 'head-mismatch'; seq: number }
  | { kind: 'head-unsealed'; seq: number }
  | { kind: 'kept-head-missing'; head: string };

export interface ChainCursor {
  expectedSeq: number;
  prevHash: string;
  /** The first record sealed with a key; every record from it on must be keyed. */
  firstKeyedSeq: number | null;
  /** The key of the last record checked, which also seals the head. */
  lastKeyId: string | null;
}

export const chainStart: ChainCursor = { expectedSeq: 1, prevHash: GENESIS_HASH, firstKeyedSeq: null, lastKeyId: null };

/** Checks one record against the chain so far; returns the next cursor or the first problem found. */
export function checkLink(cursor: ChainCursor, r: ChainedFields & { hash: string }, keyring: AuditKeyring): ChainCursor | ChainProblem {
  if (r.seq !== cursor.expectedSeq) return { kind: 'gap', seq: r.seq, expectedSeq: cursor.expectedSeq };
  if (r.prev_hash !== cursor.prevHash) return { kind: 'broken-link', seq: r.seq };
  if (r.key_id === null) {
    // Unkeyed records are only the ones from before the upgrade: once keyed, always keyed.
    if (cursor.firstKeyedSeq !== null) return { kind: 'unkeyed-after-keyed', seq: r.seq };
    if (unkeyedHash(r) !== r.hash) return { kind: 'altered', seq: r.seq };
  } else {
    const key = keyring.keys.get(r.key_id);
    if (!key) return { kind: 'unknown-key', seq: r.seq, keyId: r.key_id };
    if (recordMac(key, r) !== r.hash) return { kind: 'altered', seq: r.seq };
  }
  return { expectedSeq: r.seq + 1, prevHash: r.hash, firstKeyedSeq: cursor.firstKeyedSeq ?? (r.key_id === null ? null : r.seq), lastKeyId: r.key_id };
}

/**
 * Checks the end of the trail against its head. Unkeyed records must be followed by a keyed one: a
 * trail of nothing but plain hashes is exactly what a rewrite by someone without the key looks like.
 */
export function checkEnd(cursor: ChainCursor, head: { last_seq: number; last_hash: string; head_mac: string | null }, keyring: AuditKeyring): ChainProblem | null {
  const lastSeq = cursor.expectedSeq - 1;
  if (head.last_seq !== lastSeq || head.last_hash !== cursor.prevHash) return { kind: 'head-mismatch', seq: head.last_seq };
  if (lastSeq === 0) return null;
  if (cursor.firstKeyedSeq === null) return { kind: 'unkeyed-end', seq: lastSeq };
  const key = keyring.keys.get(cursor.lastKeyId!);
  if (!key || head.head_mac !== headMac(key, lastSeq, cursor.prevHash)) return { kind: 'head-unsealed', seq: lastSeq };
  return null;
}

export function describeProblem(p: ChainProblem): string {
  switch (p.kind) {
    case 'gap':
      return `record ${p.expectedSeq} is missing (next record found is ${p.seq})`;
    case 'broken-link':
      return `record ${p.seq} does not link to the record before it`;
    case 'altered':
      return `record ${p.seq} has been altered since it was written`;
    case 'unknown-key':
      return `record ${p.seq} was sealed with key ${p.keyId}, which is not configured: add that key to BULWARK_SECRET_KEY_PREVIOUS to check it`;
    case 'unkeyed-after-keyed':
      return `record ${p.seq} has a plain hash although the records before it are keyed: it was rewritten outside Bulwark`;
    case 'unkeyed-end':
      return `records 1 to ${p.seq} all carry plain hashes and no keyed record seals them, so they cannot be told apart from a rewritten trail (if Bulwark was upgraded just now, the next recorded change seals them)`;
    case 'head-mismatch':
      return `the chain head says the trail ends at record ${p.seq}, but it does not: records were removed from the end or added outside Bulwark`;
    case 'head-unsealed':
      return `the chain head's seal does not match its last record, ${p.seq}: records were removed from the end, or the head was changed outside Bulwark`;
    case 'kept-head-missing':
      return `the head you kept (${p.head}) is not in the trail: records were removed from the end, or the trail was rewritten`;
  }
}
