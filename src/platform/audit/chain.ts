// The audit trail's hash chain: each record's hash covers its own fields and the hash before it,
// so editing or deleting a record breaks every link after it. Pure functions, no I/O.
import { createHash } from 'node:crypto';
import type { AuditEventRow } from '../db/schema.js';

export const GENESIS_HASH = '0'.repeat(64);

/** Every stored field of an audit record except its own hash. */
export type ChainedFields = Omit<AuditEventRow, 'hash'>;

export function hashRecord(r: ChainedFields): string {
  // A JSON array fixes the field order and escapes separators, so no two records share a pre-image.
  const preimage = JSON.stringify([
    r.prev_hash,
    r.seq,
    r.id,
    r.occurred_at,
    r.actor_id,
    r.actor_label,
    r.org_id,
    r.action,
    r.entity_type,
    r.entity_id,
    r.before_json,
    r.after_json,
    r.request_id,
  ]);
  return createHash('sha256').update(preimage).digest('hex');
}

export type ChainProblem =
  | { kind: 'gap'; seq: number; expectedSeq: number }
  | { kind: 'broken-link'; seq: number }
  | { kind: 'altered'; seq: number }
  | { kind: 'head-mismatch'; seq: number };

export interface ChainCursor {
  expectedSeq: number;
  prevHash: string;
}

export const chainStart: ChainCursor = { expectedSeq: 1, prevHash: GENESIS_HASH };

/** Checks one record against the chain so far; returns the next cursor or the first problem found. */
export function checkLink(cursor: ChainCursor, r: ChainedFields & { hash: string }): ChainCursor | ChainProblem {
  if (r.seq !== cursor.expectedSeq) return { kind: 'gap', seq: r.seq, expectedSeq: cursor.expectedSeq };
  if (r.prev_hash !== cursor.prevHash) return { kind: 'broken-link', seq: r.seq };
  if (hashRecord(r) !== r.hash) return { kind: 'altered', seq: r.seq };
  return { expectedSeq: r.seq + 1, prevHash: r.hash };
}

export function describeProblem(p: ChainProblem): string {
  switch (p.kind) {
    case 'gap':
      return `record ${p.expectedSeq} is missing (next record found is ${p.seq})`;
    case 'broken-link':
      return `record ${p.seq} does not link to the record before it`;
    case 'altered':
      return `record ${p.seq} has been altered since it was written`;
    case 'head-mismatch':
      return `the chain head says the trail ends at record ${p.seq}, but it does not: records were removed from the end or added outside Bulwark`;
  }
}
