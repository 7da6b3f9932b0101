// Talking OpenID Connect to an organisation's identity provider through openid-client: discovery,
// the authorisation request (code flow with PKCE S256, state and nonce) and the code exchange, which
// checks the ID token's signature, issuer, audience, expiry and nonce. Every request goes through
// provider-fetch.ts, which reaches public addresses only (unless BULWARK_SSO_ALLOW_PRIVATE_ISSUERS).
// Plain http is allowed only for an issuer on this machine, which is where test identity providers run.
import * as oidc from 'openid-client';
import { ValidationFailed } from '../../platform/errors.js';
import { isLoopback } from './domain/connection-settings.js';
import { providerFetch, type ProviderFetchOptions } from './provider-fetch.js';

export interface ClientSettings {
  /** Identifies the settings in the cache: a new version means new settings. */
  cacheKey: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  /** BULWARK_SSO_ALLOW_PRIVATE_ISSUERS: may the provider be at a loopback or private address? */
  allowPrivateAddresses: boolean;
}

/**
 * What a person setting up a connection is told for every failure to fetch the discovery document:
 * refused address, closed port, timeout or something that is not a discovery document alike, so the
 * issuer field cannot be used to map which addresses and ports answer inside the network.
 */
export const UNREACHABLE_ISSUER =
  'Bulwark could not fetch the identity provider’s discovery document from that address. Check the issuer, and that it is a public https:// address this server can reach';

const DISCOVERY_TIMEOUT_SECONDS = 10;
/** Discovery documents change rarely; signing in should not fetch one every time. */
const CACHE_MS = 15 * 60_000;
const cache = new Map<string, { configuration: oidc.Configuration; until: number }>();

function discover(settings: ClientSettings, fetchOptions: Partial<ProviderFetchOptions> = {}): Promise<oidc.Configuration> {
  const issuer = new URL(settings.issuer);
  // No secret means a public client that proves itself with PKCE alone.
  const auth = settings.clientSecret ? oidc.ClientSecretPost(settings.clientSecret) : oidc.None();
  // The ID token comes straight from the token endpoint over TLS, where checking its signature is
  // optional; it is checked anyway against the provider's published keys.
  const execute = [oidc.enableNonRepudiationChecks];
  // Plain http only for an issuer on this machine (test identity providers).
  if (issuer.protocol === 'http:' && isLoopback(issuer)) execute.push(oidc.allowInsecureRequests);
  const fetch = providerFetch({ ...fetchOptions, allowPrivateAddresses: settings.allowPrivateAddresses });
  return oidc.discovery(issuer, settings.clientId, undefined, auth, { timeout: DISCOVERY_TIMEOUT_SECONDS, execute, [oidc.customFetch]: fetch });
}

/** The provider's configuration for these settings, from the cache when it is fresh. */
export async function configurationFor(settings: ClientSettings, now = Date.now()): Promise<oidc.Configuration> {
  const cached = cache.get(settings.cacheKey);
  if (cached && cached.until > now) return cached.configuration;
  const configuration = await discover(settings);
  cache.set(settings.cacheKey, { configuration, until: now + CACHE_MS });
  return configuration;
}

/**
 * Fetches the issuer's discovery document, as a check before settings are saved. A document that
 * names another issuer gets advice (it was fetched from an allowed address, so saying so reveals
 * nothing about the network); every other failure gets the same words, with the detail kept for the
 * log. `fetchOptions` lets tests resolve names and judge addresses their own way.
 */
export async function checkIssuer(settings: Omit<ClientSettings, 'cacheKey'>, fetchOptions: Partial<ProviderFetchOptions> = {}): Promise<void> {
  let configuration: oidc.Configuration;
  try {
    configuration = await discover({ ...settings, cacheKey: '' }, fetchOptions);
  } catch (error) {
    const mismatch = issuerMismatch(settings.issuer, error);
    const problem = new ValidationFailed('Bulwark could not use that issuer.', [{ field: 'issuer', message: mismatch ?? UNREACHABLE_ISSUER }]);
    problem.cause = failureDetail(error);
    throw problem;
  }
  const metadata = configuration.serverMetadata();
  if (!metadata.authorization_endpoint || !metadata.token_endpoint) {
    throw new ValidationFailed('Bulwark could not use that issuer.', [
      { field: 'issuer', message: 'The issuer’s discovery document has no authorisation or token endpoint, so it cannot sign people in with OpenID Connect' },
    ]);
  }
}

/** Advice when the discovery document was fetched but names a different issuer; null for any other failure. */
function issuerMismatch(issuer: string, error: unknown): string | null {
  if ((error as { code?: unknown }).code !== 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED') return null;
  const where = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const named = (error as { cause?: { body?: { issuer?: unknown } } }).cause?.body?.issuer;
  const hint = typeof named === 'string' && named.length < 300 ? ` (${named})` : '';
  return `The discovery document at ${where} names a different issuer${hint}: enter the issuer exactly as it appears there. For Microsoft Entra ID use the tenant id, not a domain name or “common”`;
}

/** The failure and what caused it, a few levels down, for the log (the problem handler writes it at debug level). */
function failureDetail(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    parts.push(exchangeFailure(e));
  }
  return parts.join(' ← ');
}

export interface AuthorisationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function authorisationRequest(configuration: oidc.Configuration, redirectUri: string): Promise<AuthorisationRequest> {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url, state, nonce, codeVerifier };
}

/**
 * Exchanges the code the provider sent back for tokens and returns the ID token's claims. The
 * callback URL must be the registered redirect URI plus the provider's query parameters.
 */
export async function exchangeCode(
  configuration: oidc.Configuration,
  callbackUrl: URL,
  expected: { state: string; nonce: string; codeVerifier: string },
): Promise<Record<string, unknown>> {
  const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
    expectedState: expected.state,
    expectedNonce: expected.nonce,
    pkceCodeVerifier: expected.codeVerifier,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('The token response had no ID token');
  return claims;
}

/** A short, token-free description of why the exchange failed, for the log and the audit trail. */
export function exchangeFailure(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message.slice(0, 200) : '';
  return [name, typeof code === 'string' ? code : null, message].filter(Boolean).join(': ');
}
