// Sealing secrets at rest: round trip, tamper and transplant detection, key rotation.
import { describe, expect, it } from 'vitest';
import { createSecretBox, generateSecretKey, parseSecretKey, SecretKeyError } from '../../src/platform/secrets/secret-box.js';

const keyA = parseSecretKey(generateSecretKey(), 'A');
const keyB = parseSecretKey(generateSecretKey(), 'B');

describe('secret box', () => {
  it('opens what it sealed, and never contains the plaintext', () => {
    const box = createSecretBox(keyA);
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'totp:user-1');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'totp:user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(box.seal('same', 'c')).not.toBe(box.seal('same', 'c'));
  });

  it('refuses a value moved to another context or altered', () => {
    const box = createSecretBox(keyA);
    const sealed = box.seal('secret', 'totp:user-1');
    expect(() => box.open(sealed, 'totp:user-2')).toThrow(SecretKeyError);
    const parts = sealed.split(':');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => box.open(parts.join(':'), 'totp:user-1')).toThrow(/altered/);
  });

  it('reads values sealed with a previous key and reports them stale until re-sealed', () => {
    const old = createSecretBox(keyA);
    const sealed = old.seal('secret', 'ctx');
    const rotated = createSecretBox(keyB, [keyA]);
    expect(rotated.open(sealed, 'ctx')).toBe('secret');
    expect(rotated.isStale(sealed)).toBe(true);
    expect(rotated.isStale(rotated.seal('secret', 'ctx'))).toBe(false);
    expect(() => createSecretBox(keyB).open(sealed, 'ctx')).toThrow(/BULWARK_SECRET_KEY_PREVIOUS/);
  });

  it('accepts keys as base64 or hex, and refuses anything but 32 bytes', () => {
    expect(parseSecretKey('00'.repeat(32), 'k')).toHaveLength(32);
    expect(() => parseSecretKey('too-short', 'BULWARK_SECRET_KEY')).toThrow(/BULWARK_SECRET_KEY must be 32 random bytes/);
  });
});
