// Encryption at rest for the secrets Bulwark must be able to read back (TOTP seeds, SSO client
// secrets): AES-256-GCM with a key from configuration. Each value names the key that sealed it, so
// old keys can stay configured as "previous" while `bulwark secrets rotate` re-seals everything.
// The context (say 'totp:<user id>') is bound in as associated data: a sealed value copied into
// another row or column does not open there.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

const FORMAT = 'v1';
/** GCM accepts tags as short as 4 bytes unless told otherwise; a short tag is far easier to forge. */
const TAG_BYTES = 16;

export class SecretKeyError extends Error {}

/** Keys derived for one purpose from each configured key, by the id of the key they came from. */
export interface DerivedKeys {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export interface SecretBox {
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
  /** True when the value was sealed with a key other than the current one. */
  isStale(sealed: string): boolean;
  readonly currentKeyId: string;
  /**
   * A key for another purpose (the label names it) from the current key and each previous one, by
   * HKDF-SHA-256: one secret to manage and rotate, and no derived key can be turned back into it.
   */
  derivedKeys(label: string): DerivedKeys;
}

/** Accepts 32 bytes as base64 (44 characters, with or without padding) or as 64 hex digits. */
export function parseSecretKey(text: string, name: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new SecretKeyError(`${name} must be 32 random bytes, as base64 or 64 hex digits (generate one with: openssl rand -base64 32).`);
  }
  return key;
}

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

export function generateSecretKey(): string {
  return randomBytes(32).toString('base64');
}

export function createSecretBox(current: Buffer, previous: readonly Buffer[] = []): SecretBox {
  const keys = new Map<string, Buffer>();
  for (const k of [current, ...previous]) keys.set(keyIdOf(k), k);
  const currentKeyId = keyIdOf(current);

  return {
    currentKeyId,
    seal(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return [FORMAT, currentKeyId, iv.toString('base64url'), body.toString('base64url')].join(':');
    },
    open(sealed, context) {
      const [format, keyId, ivText, bodyText] = sealed.split(':');
      if (format !== FORMAT || !keyId || !ivText || !bodyText) throw new SecretKeyError('A stored secret is not in a format this version can read.');
      const key = keys.get(keyId);
      if (!key) {
        throw new SecretKeyError(`A stored secret was sealed with key ${keyId}, which is not configured. Add it to BULWARK_SECRET_KEY_PREVIOUS.`);
      }
      const body = Buffer.from(bodyText, 'base64url');
      if (body.length < TAG_BYTES) {
        throw new SecretKeyError(`A stored secret is too short to carry its ${TAG_BYTES}-byte authentication tag: it was cut short or altered, so it is refused.`);
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64url'), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretKeyError('A stored secret could not be opened: it was altered, or moved from where it was sealed.');
      }
    },
    isStale(sealed) {
      return sealed.split(':')[1] !== currentKeyId;
    },
    derivedKeys(label) {
      const derived = new Map<string, Buffer>();
      for (const [id, key] of keys) derived.set(id, Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), label, 32)));
      return { currentKeyId, keys: derived };
    },
  };
}
