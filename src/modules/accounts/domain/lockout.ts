// Progressive lockout: after a run of failed sign-ins the account waits, and each further failure
// doubles the wait up to a ceiling. A success clears the count.

export interface LockoutRules {
  threshold: number;
  baseMinutes: number;
  maxMinutes: number;
}

/** When the account should be locked until after this many consecutive failures, or null if not locked. */
export function lockedUntilAfterFailures(failures: number, now: Date, rules: LockoutRules): Date | null {
  if (failures < rules.threshold) return null;
  const doublings = failures - rules.threshold;
  const minutes = Math.min(rules.baseMinutes * 2 ** Math.min(doublings, 30), rules.maxMinutes);
  return new Date(now.getTime() + minutes * 60_000);
}

export function isLocked(lockedUntil: string | null, now: Date): boolean {
  return lockedUntil !== null && new Date(lockedUntil).getTime() > now.getTime();
}
