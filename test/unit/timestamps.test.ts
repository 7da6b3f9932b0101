import { describe, expect, it } from 'vitest';
import { utcTimestampToIso } from '../../src/platform/db/database.js';

describe('PostgreSQL timestamps become the ISO strings SQLite stores', () => {
  it.each([
    ['2026-11-28 16:25:32+00', '2026-11-28T16:25:32.000Z'],
    ['2026-11-28 16:25:32.1+00', '2026-11-28T16:25:32.100Z'],
    ['2026-11-28 16:25:32.123+00', '2026-11-28T16:25:32.123Z'],
    ['2026-11-28 16:25:32.123456+00', '2026-11-28T16:25:32.123Z'],
  ])('%s → %s', (pgText, iso) => {
    expect(utcTimestampToIso(pgText)).toBe(iso);
    expect(utcTimestampToIso(pgText)).toBe(new Date(pgText.replace(' ', 'T').replace('+00', 'Z')).toISOString());
  });
  it('leaves other offsets to the general parser', () => {
    expect(utcTimestampToIso('2026-11-28 16:25:32+01')).toBeNull();
  });
});
