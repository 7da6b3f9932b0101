// Whether evidence can be relied on, as of an instant: UK calendar dates, expiring at the end of the day.
import { describe, expect, it } from 'vitest';
import { evidenceState } from '../../src/modules/evidence/domain/evidence-state.js';
import { ukDateOf as ukDate } from '../../src/platform/as-of.js';

const dates = (d: Partial<{ validFrom: string; expiresOn: string; reviewOn: string }>) => ({ validFrom: null, expiresOn: null, reviewOn: null, ...d });
// 12:00 UTC on a winter day (GMT) unless said otherwise.
const at = (iso: string) => new Date(iso.includes('T') ? iso : `${iso}T12:00:00Z`);

describe('evidence state', () => {
  it.each([
    ['no dates at all', dates({}), at('2026-06-01'), 'current'],
    ['expiry far off', dates({ expiresOn: '2027-06-01' }), at('2026-06-01'), 'current'],
    ['expiry 31 days away', dates({ expiresOn: '2026-07-02' }), at('2026-06-01'), 'current'],
    ['expiry 30 days away (the window’s edge)', dates({ expiresOn: '2026-07-01' }), at('2026-06-01'), 'expiring'],
    ['expiring on the day itself', dates({ expiresOn: '2026-06-01' }), at('2026-06-01'), 'expiring'],
    ['the last minute of its expiry day, London summer time', dates({ expiresOn: '2026-06-01' }), at('2026-06-01T22:59:00Z'), 'expiring'],
    ['midnight after its expiry day, London summer time (23:00 UTC)', dates({ expiresOn: '2026-06-01' }), at('2026-06-01T23:00:00Z'), 'expired'],
    ['the last minute of its expiry day in winter (GMT)', dates({ expiresOn: '2026-01-15' }), at('2026-01-15T23:59:00Z'), 'expiring'],
    ['the first minute after it in winter', dates({ expiresOn: '2026-01-15' }), at('2026-01-16T00:00:00Z'), 'expired'],
    ['expired a year ago', dates({ expiresOn: '2025-06-01' }), at('2026-06-01'), 'expired'],
    ['valid from tomorrow', dates({ validFrom: '2026-06-02' }), at('2026-06-01'), 'not-yet-valid'],
    ['valid from today', dates({ validFrom: '2026-06-01' }), at('2026-06-01'), 'current'],
    ['valid from today, early in the UK morning (still the previous day in UTC)', dates({ validFrom: '2026-06-01' }), at('2026-05-31T23:30:00Z'), 'current'],
    ['not yet valid outranks expiring soon', dates({ validFrom: '2026-06-10', expiresOn: '2026-06-20' }), at('2026-06-01'), 'not-yet-valid'],
    ['review date tomorrow', dates({ reviewOn: '2026-06-02' }), at('2026-06-01'), 'current'],
    ['review date today', dates({ reviewOn: '2026-06-01' }), at('2026-06-01'), 'review-due'],
    ['review date passed', dates({ reviewOn: '2026-01-01' }), at('2026-06-01'), 'review-due'],
    ['expiring outranks a review due', dates({ reviewOn: '2026-01-01', expiresOn: '2026-06-10' }), at('2026-06-01'), 'expiring'],
    ['expired outranks everything', dates({ validFrom: '2027-01-01', reviewOn: '2026-01-01', expiresOn: '2026-05-01' }), at('2026-06-01'), 'expired'],
  ])('%s → %s', (_, item, asOf, state) => {
    expect(evidenceState(item, asOf)).toBe(state);
  });

  it.each([
    ['a window of 7 days: 8 days away is current', '2026-06-09', 7, 'current'],
    ['a window of 7 days: 7 days away is expiring', '2026-06-08', 7, 'expiring'],
    ['a window of 0 days: only the day itself', '2026-06-01', 0, 'expiring'],
    ['a window of 0 days: tomorrow is current', '2026-06-02', 0, 'current'],
  ])('%s', (_, expiresOn, within, state) => {
    expect(evidenceState(dates({ expiresOn }), at('2026-06-01'), within)).toBe(state);
  });

  it.each([
    ['midday in winter', '2026-01-15T12:00:00Z', '2026-01-15'],
    ['23:30 UTC in summer is the next day in London', '2026-07-15T23:30:00Z', '2026-07-16'],
    ['the night the clocks go forward, just before they do', '2026-03-29T00:59:00Z', '2026-03-29'],
    ['23:59 UTC in winter is the same day', '2026-12-31T23:59:00Z', '2026-12-31'],
  ])('the UK date at %s', (_, iso, day) => {
    expect(ukDate(new Date(iso))).toBe(day);
  });
});
