// Password hashing (argon2id, OWASP's minimum settings) and session tokens. Tokens are random and
// opaque; only their SHA-256 is stored, so a copy of the database cannot be used to sign in.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// algorithm 2 is Argon2id (the package's const enum cannot be imported under isolated modules).
const ARGON2 = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the email is unknown keeps the response time the same as for a wrong password.
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<void> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await decoy, password);
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The key failed sign-ins for an email address without an account are counted under: never the address itself. */
export function signInNameHash(normalisedEmail: string): string {
  return createHash('sha256').update(`sign-in-name:${normalisedEmail}`).digest('hex');
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
