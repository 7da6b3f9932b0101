// Progressive lockout: after a run of failed sign-ins the account waits, and each further failure
// doubles the wait up to a ceiling. A success clears the count; so does a day without failures (the
// run has ended). Email addresses with no account are counted by the same rules, so that a lock
// never tells anyone whether an account exists.

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

const RUN_HOURS = 24;

/** Failures before this instant belong to an earlier, finished run: a day ago, or the longest lock ago if that is longer. */
export function failureRunStart(now: Date, rules: LockoutRules): Date {
  return new Date(now.getTime() - Math.max(RUN_HOURS * 60, rules.maxMinutes) * 60_000);
}

/** Seconds to tell a locked-out person to wait: whole minutes, as the message says, so every lock of the same length reads the same. */
export function lockWaitSeconds(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000)) * 60;
}
