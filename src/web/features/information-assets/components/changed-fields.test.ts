// A change form over a colleague's save: what is sent, and what the form shows after their save.
import { describe, expect, it } from 'vitest';
import { changedFields, rebased } from './changed-fields';

const read = { name: 'PACS', hosting: '', owner: { kind: 'none', id: '', name: '' }, holds: ['personal'] };

describe('the fields a change sends', () => {
  it('are those that differ from what was read, nested values compared whole', () => {
    const edited = { ...read, hosting: 'cloud', owner: { kind: 'name', id: '', name: 'Dr A Jones' } };
    expect(changedFields(read, edited)).toEqual({ hosting: 'cloud', owner: { kind: 'name', id: '', name: 'Dr A Jones' } });
  });

  it('are none when nothing was touched', () => expect(changedFields(read, { ...read, holds: ['personal'] })).toEqual({}));
});

describe('the form after a colleague saved first', () => {
  it('takes their value where this person changed nothing, and keeps this person’s where they did, even on the same field', () => {
    const mine = { ...read, name: 'PACS (radiology)', holds: ['personal', 'patient'] };
    const theirs = { ...read, name: 'Picture archive', hosting: 'cloud' };
    expect(rebased(read, mine, theirs)).toEqual({ name: 'PACS (radiology)', hosting: 'cloud', owner: read.owner, holds: ['personal', 'patient'] });
  });
});
