// A real OpenID Connect provider (oidc-provider) running in the test process on a free localhost port,
// standing in for an organisation's Microsoft Entra ID. Its people sign in on its own login page
// (oidc-provider's development pages); the login step is answered here so that the password is
// checked and the ID token says how they authenticated (amr), which the development pages cannot.
// Consent is taken as given, as it is for an organisation's own application.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

/**
 * The setting a Bulwark under test needs to use this provider: it listens on this machine (a loopback
 * address), which single sign-on otherwise refuses to reach.
 */
export const PROVIDER_ON_THIS_MACHINE = { BULWARK_SSO_ALLOW_PRIVATE_ISSUERS: 'true' } as const;

export interface TestPerson {
  password: string;
  email?: string;
  name?: string;
  /** Sent in the ID token's groups claim (Entra ID sends group object ids). */
  groups?: string[];
  /** How the provider says they authenticated: ['pwd'] by default, ['pwd', 'mfa'] after a second factor. */
  amr?: string[];
  /** Other claims, such as preferred_username. */
  claims?: Record<string, unknown>;
}

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** People who can sign in, by login name (also their subject); change freely between sign-ins. */
  people: Map<string, TestPerson>;
  close(): Promise<void>;
}

export async function startIdentityProvider(options: { redirectUris: string[] }): Promise<TestIdentityProvider> {
  const server = http.createServer();
  // Listening on every address, so "localhost" works whichever address family it resolves to.
  await new Promise<void>((resolve) => server.listen(0, resolve));
  // A host other than Bulwark's 127.0.0.1, so the browser treats the provider as another site.
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const clientId = 'bulwark-test';
  const clientSecret = randomBytes(24).toString('base64url');
  const people = new Map<string, TestPerson>();
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: options.redirectUris, token_endpoint_auth_method: 'client_secret_post' }],
    jwks: { keys: [{ ...signingKey, kid: 'test-signing-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    // Entra ID puts email, name and groups in the ID token itself; so does this provider.
    conformIdTokenClaims: false,
    claims: { openid: ['sub', 'amr'], email: ['email'], profile: ['name', 'preferred_username', 'groups', 'roles'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, accountId) => {
      const person = people.get(accountId);
      if (!person) return undefined;
      return {
        accountId,
        claims: () => ({ sub: accountId, email: person.email, name: person.name, groups: person.groups, ...person.claims }),
      };
    },
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });

  // The development login form posts here; check the password and finish the login step.
  provider.use(async (ctx, next) => {
    if (ctx.method !== 'POST' || !/^\/interaction\/[^/]+$/.test(ctx.path)) return next();
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const login = form.get('login') ?? '';
    const person = people.get(login);
    if (form.get('prompt') !== 'login' || !person || person.password !== form.get('password')) {
      ctx.status = 401;
      ctx.type = 'text/plain';
      ctx.body = 'Wrong login or password.';
      return;
    }
    const returnTo = await provider.interactionResult(ctx.req, ctx.res, { login: { accountId: login, amr: person.amr ?? ['pwd'] } }, { mergeWithLastSubmission: false });
    ctx.status = 303;
    ctx.redirect(returnTo);
  });
  const handle = provider.callback();
  server.on('request', (request, response) => void handle(request, response));

  return {
    issuer,
    clientId,
    clientSecret,
    people,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A small cookie jar for following the provider's pages with fetch, as a browser would. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a));
      if (expired || !value) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/**
 * Follows the provider from the authorisation address through its login page, as a person would,
 * and returns the address it finally sends the browser to (Bulwark's callback, with code and state).
 */
export async function signInAtProvider(authorisationUrl: string, login: string, password: string): Promise<URL> {
  const jar = new CookieJar();
  const origin = new URL(authorisationUrl).origin;
  const go = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: jar.header() } });
    jar.take(response);
    return response;
  };
  let url = authorisationUrl;
  let posted = false;
  for (let step = 0; step < 10; step++) {
    const response = await go(url);
    if (response.status === 200 && !posted) {
      const page = await response.text();
      if (!page.includes('name="login"')) throw new Error(`expected the provider's login page at ${url}`);
      const answer = await go(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login, password }).toString(),
      });
      if (answer.status !== 303) throw new Error(`the provider refused the login: ${answer.status} ${await answer.text()}`);
      posted = true;
      url = new URL(answer.headers.get('location')!, origin).href;
      continue;
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) throw new Error(`unexpected answer from the provider at ${url}: ${response.status} ${await response.text()}`);
    const next = new URL(location, origin);
    if (next.origin !== origin) return next;
    url = next.href;
  }
  throw new Error('the provider never sent the browser back');
}
