import { describe, expect, it } from 'vitest';
import { failureRunStart, isLocked, lockedUntilAfterFailures, lockWaitSeconds } from '../../src/modules/accounts/domain/lockout.js';
import { sessionState, shouldRecordActivity } from '../../src/modules/accounts/domain/session-expiry.js';

const rules = { threshold: 5, baseMinutes: 1, maxMinutes: 60 };
const now = new Date('2026-11-28T10:00:00Z');
const minutesLater = (m: number) => new Date(now.getTime() + m * 60_000);

describe('progressive lockout', () => {
  it.each([
    [1, null],
    [4, null],
    [5, 1],
    [6, 2],
    [7, 4],
    [10, 32],
    [11, 60],
    [40, 60],
  ])('after %i failures the account waits %s minutes', (failures, minutes) => {
    const until = lockedUntilAfterFailures(failures, now, rules);
    expect(until).toEqual(minutes === null ? null : minutesLater(minutes));
  });

  it.each([
    ['the usual settings: a day', rules, 24 * 60],
    ['a longest lock of two days: two days', { ...rules, maxMinutes: 2 * 24 * 60 }, 2 * 24 * 60],
  ])('a run of failures ends after %s without one', (_, r, minutes) => {
    expect(failureRunStart(now, r)).toEqual(minutesLater(-minutes));
  });

  it.each([
    ['a full minute', 60_000, 60],
    ['59 seconds', 59_000, 60],
    ['a minute and a second', 61_000, 120],
    ['already over', -5_000, 60],
  ])('the wait is told in whole minutes: %s left → %i seconds', (_, left, seconds) => {
    expect(lockWaitSeconds(new Date(now.getTime() + left), now)).toBe(seconds);
  });

  it('a lock ends when its time has passed', () => {
    expect(isLocked(minutesLater(1).toISOString(), now)).toBe(true);
    expect(isLocked(now.toISOString(), now)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });
});

describe('login session expiry', () => {
  const session = { last_seen_at: now.toISOString(), expires_at: minutesLater(720).toISOString() };
  it.each([
    ['just used', 0, 'active'],
    ['idle 29 minutes', 29, 'active'],
    ['idle 30 minutes', 30, 'idle-expired'],
  ])('%s → %s', (_, idle, state) => {
    expect(sessionState(session, minutesLater(idle), 30)).toBe(state);
  });

  it('ends at the absolute limit even when in use', () => {
    const busy = { last_seen_at: minutesLater(719).toISOString(), expires_at: minutesLater(720).toISOString() };
    expect(sessionState(busy, minutesLater(720), 30)).toBe('expired');
  });

  it('records activity at most once a minute', () => {
    expect(shouldRecordActivity(session, new Date(now.getTime() + 59_000))).toBe(false);
    expect(shouldRecordActivity(session, minutesLater(1))).toBe(true);
  });
});
