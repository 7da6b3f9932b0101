import { describe, expect, it } from 'vitest';
import { type ChainedFields, chainStart, checkLink, GENESIS_HASH, hashRecord } from '../../src/platform/audit/chain.js';

function chain(n: number) {
  const records: Array<ChainedFields & { hash: string }> = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields: ChainedFields = {
      seq,
      id: `id-${seq}`,
      occurred_at: `2026-11-28T10:00:0${seq}.000Z`,
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
    };
    const hash = hashRecord(fields);
    records.push({ ...fields, hash });
    prev = hash;
  }
  return records;
}

function walk(records: Array<ChainedFields & { hash: string }>) {
  let cursor = chainStart;
  for (const r of records) {
    const next = checkLink(cursor, r);
    if ('kind' in next) return next;
    cursor = next;
  }
  return cursor;
}

describe('audit hash chain', () => {
  it('an untouched chain checks out', () => {
    expect(walk(chain(3))).toMatchObject({ expectedSeq: 4 });
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
  it('a record re-hashed after editing breaks the next link', () => {
    const records = chain(3);
    records[0]!.actor_label = 'someone-else';
    records[0]!.hash = hashRecord(records[0]!);
    expect(walk(records)).toEqual({ kind: 'broken-link', seq: 2 });
  });
  it('moving a value between fields changes the hash', () => {
    const [r] = chain(1);
    expect(hashRecord({ ...r!, actor_label: 'a', org_id: 'b' })).not.toBe(hashRecord({ ...r!, actor_label: 'ab', org_id: '' }));
  });
});
