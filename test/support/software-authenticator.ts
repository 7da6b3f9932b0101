// A passkey authenticator in software, for API tests that need real WebAuthn answers without a
// browser: it makes ES256 key pairs, builds authenticator data and a 'none' attestation in CBOR,
// and signs assertions as a security key or a phone would. It does what it is told, including
// things a real one never should (answer for another origin, repeat an old counter), so tests can
// check that the server refuses them.
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';

// ── a minimal CBOR encoder (RFC 8949): what attestation objects and COSE keys need ──────────

type CborValue = number | string | Uint8Array | CborValue[] | Map<number | string, CborValue> | { [key: string]: CborValue };

function head(majorType: number, length: number): Buffer {
  const major = majorType << 5;
  if (length < 24) return Buffer.from([major | length]);
  if (length < 0x100) return Buffer.from([major | 24, length]);
  if (length < 0x10000) {
    const b = Buffer.alloc(3);
    b[0] = major | 25;
    b.writeUInt16BE(length, 1);
    return b;
  }
  const b = Buffer.alloc(5);
  b[0] = major | 26;
  b.writeUInt32BE(length, 1);
  return b;
}

export function encodeCbor(value: CborValue): Buffer {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error('only integers are supported');
    return value >= 0 ? head(0, value) : head(1, -1 - value);
  }
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), value]);
  if (Array.isArray(value)) return Buffer.concat([head(4, value.length), ...value.map(encodeCbor)]);
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  return Buffer.concat([head(5, entries.length), ...entries.flatMap(([k, v]) => [encodeCbor(k), encodeCbor(v)])]);
}

// ── the authenticator ───────────────────────────────────────────────────────

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED_CREDENTIAL = 0x40;

interface StoredCredential {
  id: Buffer;
  rpId: string;
  userHandle: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  counter: number;
}

export interface RegistrationOptions {
  challenge: string;
  rp: { id?: string; name: string };
  user: { id: string };
}

export interface AuthenticationOptions {
  challenge: string;
  rpId?: string;
  allowCredentials?: { id: string }[];
}

/** Things a test may change about one answer. */
export interface Tamper {
  /** The origin the client claims the ceremony happened on. */
  origin?: string;
  /** Leave out user verification (a security key without a PIN). */
  userVerified?: boolean;
}

export class SoftwareAuthenticator {
  private readonly credentials: StoredCredential[] = [];

  /**
   * @param origin the page the ceremonies happen on, e.g. 'http://localhost'
   * @param counting false for an authenticator that never counts signatures (most synced passkeys)
   */
  constructor(
    readonly origin: string,
    private readonly counting = true,
  ) {}

  /** navigator.credentials.create(): a new key pair for the relying party, with a 'none' attestation. */
  register(options: RegistrationOptions, tamper: Tamper = {}) {
    const rpId = options.rp.id ?? new URL(this.origin).hostname;
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const credential: StoredCredential = { id: randomBytes(32), rpId, userHandle: options.user.id, privateKey, publicKey, counter: 0 };
    this.credentials.push(credential);

    const jwk = publicKey.export({ format: 'jwk' });
    // COSE_Key for ES256: kty EC2 (2), alg ES256 (-7), crv P-256 (1), x, y.
    const coseKey = new Map<number, CborValue>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x!, 'base64url')],
      [-3, Buffer.from(jwk.y!, 'base64url')],
    ]);
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(credential.id.length);
    const attested = Buffer.concat([Buffer.alloc(16), idLength, credential.id, encodeCbor(coseKey)]);
    const authData = Buffer.concat([this.authenticatorData(rpId, FLAG_ATTESTED_CREDENTIAL, tamper, 0), attested]);
    const clientDataJSON = this.clientData('webauthn.create', options.challenge, tamper);
    const attestationObject = encodeCbor(new Map<string, CborValue>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]));
    const id = credential.id.toString('base64url');
    return {
      id,
      rawId: id,
      type: 'public-key' as const,
      response: {
        clientDataJSON: clientDataJSON.toString('base64url'),
        attestationObject: attestationObject.toString('base64url'),
        transports: ['internal'],
      },
      authenticatorAttachment: 'platform' as const,
      clientExtensionResults: {},
    };
  }

  /**
   * navigator.credentials.get(): signs authenticator data and the client data hash with the first
   * credential the options allow (any for the relying party when they list none, as for passkey sign-in).
   */
  authenticate(options: AuthenticationOptions, tamper: Tamper = {}) {
    const rpId = options.rpId ?? new URL(this.origin).hostname;
    const allowed = options.allowCredentials?.map((c) => c.id);
    const credential = this.credentials.find((c) => c.rpId === rpId && (!allowed?.length || allowed.includes(c.id.toString('base64url'))));
    if (!credential) throw new Error('NotAllowedError: no credential for this relying party');
    if (this.counting) credential.counter += 1;

    const authData = this.authenticatorData(rpId, 0, tamper, credential.counter);
    const clientDataJSON = this.clientData('webauthn.get', options.challenge, tamper);
    const signed = Buffer.concat([authData, createHash('sha256').update(clientDataJSON).digest()]);
    const id = credential.id.toString('base64url');
    return {
      id,
      rawId: id,
      type: 'public-key' as const,
      response: {
        clientDataJSON: clientDataJSON.toString('base64url'),
        authenticatorData: authData.toString('base64url'),
        // ES256 signatures in WebAuthn are DER-encoded, which is what node:crypto gives for EC keys.
        signature: sign('sha256', signed, credential.privateKey).toString('base64url'),
        userHandle: credential.userHandle,
      },
      authenticatorAttachment: 'platform' as const,
      clientExtensionResults: {},
    };
  }

  /** A copy holding the same keys and counters: what an attacker who extracted the keys would have. */
  clone(): SoftwareAuthenticator {
    const copy = new SoftwareAuthenticator(this.origin, this.counting);
    copy.credentials.push(...this.credentials.map((c) => ({ ...c })));
    return copy;
  }

  private authenticatorData(rpId: string, extraFlags: number, tamper: Tamper, counter: number): Buffer {
    const flags = FLAG_USER_PRESENT | (tamper.userVerified === false ? 0 : FLAG_USER_VERIFIED) | extraFlags;
    const signCount = Buffer.alloc(4);
    signCount.writeUInt32BE(counter);
    return Buffer.concat([createHash('sha256').update(rpId).digest(), Buffer.from([flags]), signCount]);
  }

  private clientData(type: 'webauthn.create' | 'webauthn.get', challenge: string, tamper: Tamper): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin: tamper.origin ?? this.origin, crossOrigin: false }), 'utf8');
  }
}
