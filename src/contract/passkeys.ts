// The API contract for passkeys and security keys (WebAuthn). Options and responses follow the
// WebAuthn Level 3 JSON forms (binary values as base64url strings), which the browser library
// produces and consumes; the server checks their shape here and their content cryptographically.
import { z } from 'zod';

const base64url = (max: number) => z.string().max(max).regex(/^[A-Za-z0-9_-]*={0,2}$/, 'must be base64url');
const credentialId = base64url(1400);
const transports = z.array(z.string().max(32)).max(10);

const credentialDescriptor = z.object({ id: credentialId, type: z.string().describe("'public-key'"), transports: transports.optional() });

/** Extensions the browser ran; kept as sent (the server asks for none it relies on). */
const clientExtensionResults = z.looseObject({});

export const registrationResponse = z.object({
  id: credentialId,
  rawId: credentialId,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url(8192),
    attestationObject: base64url(65536),
    authenticatorData: base64url(65536).optional(),
    transports: transports.optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url(8192).optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults,
});
export type RegistrationResponse = z.infer<typeof registrationResponse>;

export const authenticationResponse = z.object({
  id: credentialId,
  rawId: credentialId,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url(8192),
    authenticatorData: base64url(65536),
    signature: base64url(8192),
    userHandle: base64url(1024).optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults,
});
export type AuthenticationResponse = z.infer<typeof authenticationResponse>;

const userVerification = z.enum(['required', 'preferred', 'discouraged']);

/** What the browser passes to navigator.credentials.create(). */
export const registrationOptions = z.object({
  challenge: z.string(),
  rp: z.object({ id: z.string().optional(), name: z.string() }),
  user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
  pubKeyCredParams: z.array(z.object({ type: z.literal('public-key'), alg: z.number() })),
  timeout: z.number().optional(),
  excludeCredentials: z.array(credentialDescriptor).optional(),
  authenticatorSelection: z
    .object({
      authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
      residentKey: z.enum(['discouraged', 'preferred', 'required']).optional(),
      requireResidentKey: z.boolean().optional(),
      userVerification: userVerification.optional(),
    })
    .optional(),
  attestation: z.enum(['none', 'indirect', 'direct', 'enterprise']).optional(),
  hints: z.array(z.string()).optional(),
  /** credProps: the browser reports whether the passkey is discoverable. */
  extensions: z.object({ credProps: z.boolean().optional() }).optional(),
});

/** What the browser passes to navigator.credentials.get(). */
export const authenticationOptions = z.object({
  challenge: z.string(),
  rpId: z.string().optional(),
  timeout: z.number().optional(),
  allowCredentials: z.array(credentialDescriptor).optional(),
  userVerification: userVerification.optional(),
  hints: z.array(z.string()).optional(),
});

export const passkey = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  /** 'multiDevice' for a passkey that syncs between devices (a password manager's); 'singleDevice' for one bound to its device or key. */
  deviceType: z.enum(['singleDevice', 'multiDevice']).nullable(),
  /** Whether the passkey is currently backed up (synced) by its provider. */
  backedUp: z.boolean(),
  /** How the browser can reach the authenticator: 'internal', 'usb', 'nfc', 'hybrid' (a phone)… */
  transports: z.array(z.string()),
});
export type Passkey = z.infer<typeof passkey>;

export const passkeyList = z.object({ passkeys: z.array(passkey) });
export type PasskeyList = z.infer<typeof passkeyList>;

export const newPasskeyBody = z.object({ name: z.string().max(200), response: registrationResponse });
export type NewPasskeyBody = z.infer<typeof newPasskeyBody>;

export const passkeyAdded = z.object({
  passkey,
  /** The person's first second factor comes with ten recovery codes, shown this once; otherwise null. */
  recoveryCodes: z.array(z.string()).nullable(),
  /** The CSRF token to use from now on: adding the first passkey while enrolling renews the session. */
  csrfToken: z.string(),
});
export type PasskeyAdded = z.infer<typeof passkeyAdded>;

export const renamePasskeyBody = z.object({ name: z.string().max(200) });
export type RenamePasskeyBody = z.infer<typeof renamePasskeyBody>;

export const removePasskeyBody = z.object({ currentPassword: z.string().max(1024) });
export type RemovePasskeyBody = z.infer<typeof removePasskeyBody>;

export const passkeyAssertionBody = z.object({ response: authenticationResponse });
export type PasskeyAssertionBody = z.infer<typeof passkeyAssertionBody>;
