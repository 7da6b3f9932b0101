// TOTP checks (clock-skew window, replay), recovery code format, and who must use MFA.
import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, newRecoveryCode } from '../../src/modules/mfa/domain/recovery-codes.js';
import { mfaRequired } from '../../src/modules/mfa/domain/requirement.js';
import { checkTotp, newTotpSecret, stepAt, totpCodeAt } from '../../src/modules/mfa/domain/totp.js';

const secret = newTotpSecret();
const now = new Date('2026-11-28T12:00:10Z');

describe('TOTP', () => {
  it('accepts the current code and one step either side, not two', () => {
    for (const offset of [-1, 0, 1]) {
      expect(checkTotp(secret, totpCodeAt(secret, new Date(now.getTime() + offset * 30_000)), now, 0)).toEqual({ ok: true, step: stepAt(now) + offset });
    }
    for (const offset of [-2, 2]) {
      const code = totpCodeAt(secret, new Date(now.getTime() + offset * 30_000));
      if (code === totpCodeAt(secret, now)) continue; // a rare collision says nothing about the window
      expect(checkTotp(secret, code, now, 0).ok).toBe(false);
    }
  });

  it('refuses a code from a step already used', () => {
    const code = totpCodeAt(secret, now);
    const first = checkTotp(secret, code, now, 0);
    expect(first.ok).toBe(true);
    expect(checkTotp(secret, code, now, stepAt(now))).toEqual({ ok: false, reason: 'replayed' });
  });

  it('refuses malformed codes without trying them', () => {
    expect(checkTotp(secret, '12345', now, 0)).toEqual({ ok: false, reason: 'wrong' });
    expect(checkTotp(secret, 'abcdef', now, 0)).toEqual({ ok: false, reason: 'wrong' });
    expect(checkTotp(secret, totpCodeAt(secret, now).replace(/(\d{3})/, '$1 '), now, 0).ok).toBe(true);
  });
});

describe('recovery codes', () => {
  it('are 12 characters in three groups, and match however they are typed back', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(hashRecoveryCode(code.toLowerCase().replaceAll('-', ' '))).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(newRecoveryCode())).not.toBe(hashRecoveryCode(code));
  });
});

describe('who must use a second factor', () => {
  it('privileged roles always; everyone where the organisation says so', () => {
    expect(mfaRequired([{ role: 'staff', policy: 'privileged' }])).toBe(false);
    for (const role of ['system-admin', 'org-admin', 'siro', 'security-lead']) expect(mfaRequired([{ role, policy: 'privileged' }])).toBe(true);
    expect(mfaRequired([{ role: 'staff', policy: 'everyone' }])).toBe(true);
    expect(mfaRequired([])).toBe(false);
  });
});
