// Ids for hosts and findings that sort in the order they were made, so a scan's rows go at the end of
// the key indexes rather than all over them.
import { describe, expect, it } from 'vitest';
import { timeOrderedId } from '../../src/modules/vulnerabilities/time-ordered-id.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/;

describe('time-ordered ids', () => {
  it('are version 7 UUIDs with the millisecond they were made in the first 48 bits', () => {
    const id = timeOrderedId(Date.UTC(2026, 11, 7, 1, 2, 3, 456));
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(Date.UTC(2026, 11, 7, 1, 2, 3, 456));
  });

  it('sort as text in the order they were made, many in one millisecond and across milliseconds', () => {
    const at = Date.UTC(2026, 11, 8);
    const made = [...Array.from({ length: 5000 }, () => timeOrderedId(at)), ...Array.from({ length: 5000 }, () => timeOrderedId(at + 1))];
    expect(new Set(made).size).toBe(10_000);
    expect([...made].sort()).toEqual(made);
  });

  it('keep their order when the clock steps back', () => {
    const at = Date.UTC(2026, 11, 9);
    const before = timeOrderedId(at);
    const after = timeOrderedId(at - 60_000);
    expect(after > before).toBe(true);
    expect(after.slice(0, 13)).toBe(before.slice(0, 13));
  });
});
