// The audit chain's rules, record by record: keyed MACs, the unkeyed records from before the trail was
// keyed, several keys after a rotation, and the head's seal.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type AuditKeyring,
  type ChainCursor,
  type ChainedFields,
  type ChainProblem,
  chainStart,
  checkEnd,
  checkLink,
  GENESIS_HASH,
  headMac,
  recordMac,
  unkeyedHash,
} from '../../src/platform/audit/chain.js';

type Row = ChainedFields & { hash: string };

const keyA = randomBytes(32);
const keyB = randomBytes(32);
const both: AuditKeyring = { currentKeyId: 'bbbbbbbb', keys: new Map([['aaaaaaaa', keyA], ['bbbbbbbb', keyB]]) };

/** n records sealed with key A, after `unkeyed` records with plain hashes (as before the trail was keyed). */
function chain(n: number, unkeyed = 0, keyId: string | null = 'aaaaaaaa'): Row[] {
  const records: Row[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const sealedWith = seq <= unkeyed ? null : keyId;
    const fields: ChainedFields = {
      seq,
      id: `id-${seq}`,
      occurred_at: `2026-11-28T10:00:0${seq % 10}.000Z`,
      actor_id: 'u1',
      actor_label: 'a@example.nhs.uk',
      org_id: 'o1',
      action: 'member.roles',
      entity_type: 'user',
      entity_id: 'u2',
      before_json: '{"roles":["staff"]}',
      after_json: '{"roles":["auditor"]}',
      request_id: null,
      prev_hash: prev,
      key_id: sealedWith,
    };
    const hash = sealedWith === null ? unkeyedHash(fields) : recordMac(sealedWith === 'aaaaaaaa' ? keyA : keyB, fields);
    records.push({ ...fields, hash });
    prev = hash;
  }
  return records;
}

function walk(records: Row[], keyring: AuditKeyring = both): ChainCursor | ChainProblem {
  let cursor = chainStart;
  for (const r of records) {
    const next = checkLink(cursor, r, keyring);
    if ('kind' in next) return next;
    cursor = next;
  }
  return cursor;
}

/** Walks the records and checks the end against the head a writer holding `key` would have left. */
function verify(records: Row[], head = honestHead(records), keyring: AuditKeyring = both): ChainProblem | null {
  const cursor = walk(records, keyring);
  return 'kind' in cursor ? cursor : checkEnd(cursor, head, keyring);
}

function honestHead(records: Row[], key = keyA) {
  const last = records[records.length - 1]!;
  return { last_seq: last.seq, last_hash: last.hash, head_mac: last.key_id === null ? null : headMac(key, last.seq, last.hash) };
}

describe('the keyed audit chain', () => {
  it('an untouched chain, and its head, check out', () => {
    expect(verify(chain(3))).toBeNull();
  });

  it('an edited value is found at its record', () => {
    const records = chain(3);
    records[1]!.after_json = '{"roles":["system-admin"]}';
    expect(walk(records)).toEqual({ kind: 'altered', seq: 2 });
  });

  it('a deleted record leaves a gap', () => {
    const records = chain(3);
    records.splice(1, 1);
    expect(walk(records)).toEqual({ kind: 'gap', seq: 3, expectedSeq: 2 });
  });

  it('a record re-hashed with plain SHA-256 after editing is found, however many records after it are re-hashed too', () => {
    const records = chain(4);
    records[0]!.actor_label = 'someone-else';
    // Someone with database access but not the key recomputes every hash the old way.
    let prev = GENESIS_HASH;
    for (const r of records) {
      r.prev_hash = prev;
      r.hash = unkeyedHash(r);
      prev = r.hash;
    }
    expect(verify(records, { last_seq: 4, last_hash: prev, head_mac: null })).toEqual({ kind: 'altered', seq: 1 });
    // And relabelled as records from before the trail was keyed: nothing seals them, which is what a rewrite looks like.
    for (const r of records) r.key_id = null;
    prev = GENESIS_HASH;
    for (const r of records) {
      r.prev_hash = prev;
      r.hash = unkeyedHash(r);
      prev = r.hash;
    }
    expect(verify(records, { last_seq: 4, last_hash: prev, head_mac: null })).toEqual({ kind: 'unkeyed-end', seq: 4 });
  });

  it('a record sealed with a key that is not configured is named with the key, not passed over', () => {
    const records = chain(3);
    expect(walk(records, { currentKeyId: 'bbbbbbbb', keys: new Map([['bbbbbbbb', keyB]]) })).toEqual({ kind: 'unknown-key', seq: 1, keyId: 'aaaaaaaa' });
  });

  it('a record cannot be passed off as sealed by another configured key', () => {
    const records = chain(2);
    records[1]!.key_id = 'bbbbbbbb';
    expect(walk(records)).toEqual({ kind: 'altered', seq: 2 });
  });

  it('moving a value between fields changes the MAC', () => {
    const [r] = chain(1);
    expect(recordMac(keyA, { ...r!, actor_label: 'a', org_id: 'b' })).not.toBe(recordMac(keyA, { ...r!, actor_label: 'ab', org_id: '' }));
  });
});

describe('records from before the trail was keyed', () => {
  it('are accepted as the start of the trail when a keyed record follows them', () => {
    const records = chain(5, 3);
    expect(walk(records)).toMatchObject({ firstKeyedSeq: 4 });
    expect(verify(records)).toBeNull();
  });

  it('rewriting one and re-hashing all of them breaks the link to the first keyed record', () => {
    const records = chain(5, 3);
    records[1]!.after_json = '{"roles":["system-admin"]}';
    let prev = GENESIS_HASH;
    for (const r of records.slice(0, 3)) {
      r.prev_hash = prev;
      r.hash = unkeyedHash(r);
      prev = r.hash;
    }
    expect(walk(records)).toEqual({ kind: 'broken-link', seq: 4 });
  });

  it('after a keyed record, a plain-hashed one is refused', () => {
    const records = chain(4, 2);
    records[3]!.key_id = null;
    records[3]!.hash = unkeyedHash(records[3]!);
    expect(walk(records)).toEqual({ kind: 'unkeyed-after-keyed', seq: 4 });
  });

  it('an unkeyed trail with nothing sealing it is refused', () => {
    const records = chain(3, 3);
    expect(verify(records)).toEqual({ kind: 'unkeyed-end', seq: 3 });
  });
});

describe('several keys, after a rotation', () => {
  it('records sealed with the previous key and then the current one check out together', () => {
    const old = chain(2);
    const records = [...old];
    let prev = old[1]!.hash;
    for (const seq of [3, 4]) {
      const fields: ChainedFields = { ...old[0]!, seq, id: `id-${seq}`, prev_hash: prev, key_id: 'bbbbbbbb' };
      const hash = recordMac(keyB, fields);
      records.push({ ...fields, hash });
      prev = hash;
    }
    expect(verify(records, honestHead(records, keyB))).toBeNull();
  });
});

describe('the head', () => {
  it('records cut from the end, with the head moved back, are found by the head’s seal', () => {
    const records = chain(4);
    const cut = records.slice(0, 2);
    // The head moved back as far as anyone without the key can: position and hash, but not the seal.
    const movedBack = { last_seq: 2, last_hash: cut[1]!.hash, head_mac: honestHead(records).head_mac };
    expect(verify(cut, movedBack)).toEqual({ kind: 'head-unsealed', seq: 2 });
    expect(verify(cut, { ...movedBack, head_mac: null })).toEqual({ kind: 'head-unsealed', seq: 2 });
  });

  it('a head that does not match the last record is found', () => {
    const records = chain(3);
    expect(verify(records.slice(0, 2), honestHead(records))).toEqual({ kind: 'head-mismatch', seq: 3 });
  });
});
