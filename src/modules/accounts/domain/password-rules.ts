// Password rules after NCSC password guidance: a minimum length and a deny-list of common and
// guessable passwords, and no composition rules (they push people to predictable patterns).
import { COMMON_PASSWORDS } from './common-passwords.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Returns why a password is not acceptable, or null when it is. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `Password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer`;
  const folded = password.toLowerCase().replace(/[\s_.-]+/g, '');
  const stem = folded.replace(/[\d!?@#$%^&*]+$/, '').replace(/^[\d!?@#$%^&*]+/, '');
  // Digits and symbols alone (dates, phone numbers, PINs) are guessable whatever their length.
  if (stem === '' || COMMON_PASSWORDS.has(folded) || COMMON_PASSWORDS.has(stem) || isRunOrRepeat(folded)) {
    return 'Password is too common or easy to guess: choose something else, such as three random words';
  }
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && folded.includes(local.replace(/[\s_.-]+/g, ''))) {
    return 'Password must not contain your email address';
  }
  const names = (context.name ?? '').toLowerCase().split(/\s+/).filter((n) => n.length >= 4);
  if (names.some((n) => folded.includes(n)) && folded.length - Math.max(...names.map((n) => n.length)) < 8) {
    return 'Password must not be mostly your name';
  }
  return null;
}

/** 'aaaaaaaaaaaa', '123456789012', 'abcdefghijkl', 'abcabcabcabc': one character, a sequence or a short pattern repeated. */
function isRunOrRepeat(s: string): boolean {
  for (let period = 1; period <= 4; period++) {
    if (s.length >= period * 3 && s === s.slice(0, period).repeat(Math.ceil(s.length / period)).slice(0, s.length)) return true;
  }
  const codes = [...s].map((c) => c.codePointAt(0) ?? 0);
  const steps = codes.slice(1).map((c, i) => c - codes[i]!);
  return steps.length > 0 && steps.every((d) => d === steps[0] && Math.abs(d) === 1);
}
