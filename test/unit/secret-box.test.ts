// Sealing secrets at rest: round trip, tamper and transplant detection, key rotation.
import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, generateSecretKey, keyIdOf, parseSecretKey, SecretKeyError } from '../../src/platform/secrets/secret-box.js';

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

  it('refuses a value whose authentication tag is shorter than 16 bytes, even one GCM itself would accept', () => {
    const box = createSecretBox(keyA);
    // A genuine GCM value under the right key and context, but with a 4-byte tag: an attacker needs
    // only about 2^32 tries to forge one, so the box must insist on the full 16 bytes.
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', keyA, iv, { authTagLength: 4 });
    cipher.setAAD(Buffer.from('totp:user-1'));
    const body = Buffer.concat([cipher.update('', 'utf8'), cipher.final(), cipher.getAuthTag()]);
    expect(body).toHaveLength(4);
    const shortTagged = ['v1', keyIdOf(keyA), iv.toString('base64url'), body.toString('base64url')].join(':');
    expect(() => box.open(shortTagged, 'totp:user-1')).toThrow(SecretKeyError);
    expect(() => box.open(shortTagged, 'totp:user-1')).toThrow(/too short to carry its 16-byte authentication tag/);

    // A value the box sealed itself, with its tag cut down to 12 bytes, is refused too.
    const parts = box.seal('', 'totp:user-1').split(':');
    parts[3] = Buffer.from(parts[3]!, 'base64url').subarray(0, 12).toString('base64url');
    expect(() => box.open(parts.join(':'), 'totp:user-1')).toThrow(/too short/);
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

  it('derives a key per purpose from each configured key, named by the key it came from', () => {
    const box = createSecretBox(keyB, [keyA]);
    const audit = box.derivedKeys('bulwark audit trail v1');
    expect(audit.currentKeyId).toBe(keyIdOf(keyB));
    expect([...audit.keys.keys()].sort()).toEqual([keyIdOf(keyA), keyIdOf(keyB)].sort());
    expect(audit.keys.get(keyIdOf(keyB))).toHaveLength(32);
    expect(audit.keys.get(keyIdOf(keyB))!.equals(keyB)).toBe(false);
    // The same key and label always give the same derived key; another label gives another.
    expect(createSecretBox(keyB).derivedKeys('bulwark audit trail v1').keys.get(keyIdOf(keyB))).toEqual(audit.keys.get(keyIdOf(keyB)));
    expect(box.derivedKeys('another purpose').keys.get(keyIdOf(keyB))!.equals(audit.keys.get(keyIdOf(keyB))!)).toBe(false);
  });

  it('accepts keys as base64 or hex, and refuses anything but 32 bytes', () => {
    expect(parseSecretKey('00'.repeat(32), 'k')).toHaveLength(32);
    expect(() => parseSecretKey('too-short', 'BULWARK_SECRET_KEY')).toThrow(/BULWARK_SECRET_KEY must be 32 random bytes/);
  });
});
