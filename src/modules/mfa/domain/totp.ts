// Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps, as every authenticator
// app supports). A code is accepted one step either side of now, for clocks that drift, and each
// step can be used once: the caller stores the last accepted step and passes it back.
import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;
/** Steps either side of the current one that are still accepted. */
const WINDOW = 1;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secret: string, label = 'Bulwark'): TOTP {
  return new TOTP({ issuer: 'Bulwark', label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountLabel: string): string {
  return totpFor(secret, accountLabel).toString();
}

export function stepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'wrong' | 'replayed' };

/** Checks a code; a code from a step at or before lastStep has been used (or superseded) already. */
export function checkTotp(secret: string, code: string, now: Date, lastStep: number): TotpCheck {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: 'wrong' };
  const delta = totpFor(secret).validate({ token, timestamp: now.getTime(), window: WINDOW });
  if (delta === null) return { ok: false, reason: 'wrong' };
  const step = stepAt(now) + delta;
  if (step <= lastStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step };
}

/** The code for a moment: for tests and for showing the format, never sent anywhere. */
export function totpCodeAt(secret: string, at: Date): string {
  return totpFor(secret).generate({ timestamp: at.getTime() });
}
