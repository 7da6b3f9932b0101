// Single sign-on with OpenID Connect. An organisation's administrators connect it to their identity
// provider; its people then sign in there, and Bulwark trusts the ID token for the email domains the
// organisation named, giving the roles its groups map to. Passwords keep working beside it.
import { randomUUID } from 'node:crypto';
import type { SsoConnection, SsoConnectionBody, SsoConnectionUpdateBody, SsoDiscovery, SsoRefusal } from '../../contract/sso.js';
import { type Actor, recordAudit } from '../../platform/audit/audit-trail.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow, SsoConnectionRow, UserRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { NotFound, ValidationFailed } from '../../platform/errors.js';
import type { SessionStage } from '../../platform/policy/principal.js';
import { isRole, type Role } from '../../platform/policy/roles.js';
import type { SealedSecrets } from '../../platform/secrets/rotation.js';
import {
  beginSession,
  findAccount,
  findAccountWithEmail,
  grantRoleFrom,
  grantsForUser,
  insertAccount,
  newToken,
  newUserRow,
  normaliseEmail,
  requireSecondFactorForNewRoles,
  revokeRoleFrom,
  rolesWithSource,
  tokenId,
} from '../accounts/service.js';
import { findOrganisation, namesInOrder } from '../organisations/service.js';
import { checkConnection, type ConnectionSettings, type GroupRoles } from './domain/connection-settings.js';
import {
  accountRefusal,
  domainAllowed,
  emailDomain,
  identityFromClaims,
  type IdentityClaims,
  mappedRoles,
  providerDidMfa,
  safeReturnPath,
  ssoRoleChange,
} from './domain/sign-in-rules.js';
import { authorisationRequest, checkIssuer, configurationFor, type ClientSettings, exchangeCode, exchangeFailure } from './oidc-client.js';
import * as store from './store.js';

/** How long a person has to sign in at their identity provider and come back. */
export const SIGN_IN_MINUTES = 10;
export const CALLBACK_PATH = '/api/v1/auth/sso/callback';

export function redirectUriFor(publicOrigin: string): string {
  return `${publicOrigin}${CALLBACK_PATH}`;
}

function secretContext(connectionId: string): string {
  return `sso-client-secret:${connectionId}`;
}

/** The connections' client secrets, sealed under the secret key: the app registers them for key rotation. */
export const sealedClientSecrets: SealedSecrets = {
  name: 'SSO client secrets',
  rows: (db) => store.sealedClientSecrets(db),
  context: secretContext,
  write: (db, connectionId, sealed) => store.writeSealedClientSecret(db, connectionId, sealed),
};

/** The organisation's group-to-role mappings, as its connections store them (JSON): SCIM provisioning uses them too. */
export async function groupRoleMappingsOf(db: Db, orgId: string): Promise<string[]> {
  return store.groupRoleMappingsOf(db, orgId);
}

function viewOf(row: SsoConnectionRow): SsoConnection {
  return {
    id: row.id,
    orgId: row.org_id,
    name: row.name,
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecretSet: row.client_secret_sealed !== null,
    allowedDomains: JSON.parse(row.allowed_domains_json) as string[],
    groupsClaim: row.groups_claim,
    groupRoles: JSON.parse(row.group_roles_json) as GroupRoles[],
    jitProvisioning: row.jit_provisioning === 1,
    trustIdpMfa: row.trust_idp_mfa === 1,
    enabled: row.enabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function settingsColumns(settings: ConnectionSettings) {
  return {
    name: settings.name,
    issuer: settings.issuer,
    client_id: settings.clientId,
    allowed_domains_json: JSON.stringify(settings.allowedDomains),
    groups_claim: settings.groupsClaim,
    group_roles_json: JSON.stringify(settings.groupRoles),
    jit_provisioning: settings.jitProvisioning ? 1 : 0,
    trust_idp_mfa: settings.trustIdpMfa ? 1 : 0,
    enabled: settings.enabled ? 1 : 0,
  };
}

/** Checks the settings, then that the issuer answers as an OpenID Connect provider: bad settings are never saved. */
async function checkedSettings(app: AppContext, input: SsoConnectionBody): Promise<ConnectionSettings> {
  const { settings, problems } = checkConnection(input);
  if (problems.length) throw new ValidationFailed('The connection’s settings need correcting.', problems);
  await checkIssuer({ issuer: settings.issuer, clientId: settings.clientId, clientSecret: null, allowPrivateAddresses: app.config.ssoAllowPrivateIssuers });
  return settings;
}

/** A secret given in a form: blank means none given. */
function givenSecret(secret: string | null | undefined): string | null | undefined {
  if (typeof secret === 'string') return secret.trim() || undefined;
  return secret;
}

// ── connections, managed by the organisation's administrators ───────────────

export async function listConnections(ctx: RequestContext, org: OrganisationRow): Promise<SsoConnection[]> {
  return (await store.connectionsOf(ctx.db, org.id)).map(viewOf);
}

async function connectionIn(db: Db, org: OrganisationRow, connectionId: string): Promise<SsoConnectionRow> {
  const row = await store.findConnection(db, connectionId);
  if (!row || row.org_id !== org.id) throw new NotFound('There is no such single sign-on connection in this organisation.');
  return row;
}

export async function getConnection(ctx: RequestContext, org: OrganisationRow, connectionId: string): Promise<SsoConnection> {
  return viewOf(await connectionIn(ctx.db, org, connectionId));
}

export async function createConnection(ctx: RequestContext, org: OrganisationRow, input: SsoConnectionBody): Promise<SsoConnection> {
  const settings = await checkedSettings(ctx, input);
  const id = randomUUID();
  const secret = givenSecret(input.clientSecret);
  const at = ctx.now.toISOString();
  const row: SsoConnectionRow = {
    id,
    org_id: org.id,
    ...settingsColumns(settings),
    client_secret_sealed: secret ? ctx.secrets.seal(secret, secretContext(id)) : null,
    created_at: at,
    updated_at: at,
    version: 1,
  };
  return inTransaction(ctx.db, async (tx) => {
    await store.insertConnection(tx, row);
    const after = viewOf(row);
    await recordAudit(tx, ctx.actor, { action: 'sso.connection-create', entityType: 'sso-connection', entityId: id, orgId: org.id, after }, ctx.now);
    return after;
  });
}

export async function updateConnection(ctx: RequestContext, org: OrganisationRow, connectionId: string, input: SsoConnectionUpdateBody): Promise<SsoConnection> {
  const current = await connectionIn(ctx.db, org, connectionId);
  const settings = await checkedSettings(ctx, input);
  const secret = givenSecret(input.clientSecret);
  const sealed = secret === undefined ? current.client_secret_sealed : secret === null ? null : ctx.secrets.seal(secret, secretContext(current.id));
  return inTransaction(ctx.db, async (tx) => {
    const patch = { ...settingsColumns(settings), client_secret_sealed: sealed, updated_at: ctx.now.toISOString() };
    await store.updateConnection(tx, current.id, input.version, patch);
    const after = viewOf({ ...current, ...patch, version: input.version + 1 });
    await recordAudit(
      tx,
      ctx.actor,
      { action: 'sso.connection-update', entityType: 'sso-connection', entityId: current.id, orgId: org.id, before: viewOf(current), after: { ...after, clientSecretChanged: secret !== undefined } },
      ctx.now,
    );
    return after;
  });
}

export async function deleteConnection(ctx: RequestContext, org: OrganisationRow, connectionId: string): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const current = await connectionIn(tx, org, connectionId);
    const identitiesUnlinked = await store.deleteConnection(tx, current.id);
    await recordAudit(
      tx,
      ctx.actor,
      { action: 'sso.connection-delete', entityType: 'sso-connection', entityId: current.id, orgId: org.id, before: viewOf(current), after: { identitiesUnlinked } },
      ctx.now,
    );
  });
}

// ── signing in ───────────────────────────────────────────────────────────────

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Which connections serve an email address's domain: the sign-in page asks this before sending the person on. */
export async function discover(app: AppContext, email: string): Promise<SsoDiscovery> {
  const address = normaliseEmail(email);
  if (!EMAIL.test(address)) {
    throw new ValidationFailed('Enter your email address.', [{ field: 'email', message: 'Enter your work email address, like name@example.nhs.uk' }]);
  }
  const domain = emailDomain(address);
  const serving = await withOrganisationNames(app.db, (await store.enabledConnections(app.db)).filter((c) => (JSON.parse(c.allowed_domains_json) as string[]).includes(domain)));
  const first = serving[0];
  if (!first) throw new NotFound('No single sign-on is set up for that email domain; sign in with your password');
  return {
    connectionId: first.id,
    name: first.name,
    connections: serving.map((c) => ({ connectionId: c.id, name: c.name, organisation: c.org_name })),
  };
}

/** The connections with their organisations' names, ordered by organisation name and then by connection name. */
async function withOrganisationNames(db: Db, connectionsByName: SsoConnectionRow[]): Promise<(SsoConnectionRow & { org_name: string })[]> {
  const organisations = await namesInOrder(db, connectionsByName.map((c) => c.org_id));
  const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
  // Organisations sharing a name share a place, so their connections stay in connection-name order.
  const place = new Map<string, number>();
  for (const o of organisations) if (!place.has(o.name)) place.set(o.name, place.size);
  return connectionsByName
    .flatMap((c) => {
      const orgName = nameOf.get(c.org_id);
      return orgName === undefined ? [] : [{ ...c, org_name: orgName }];
    })
    .sort((a, b) => place.get(a.org_name)! - place.get(b.org_name)!);
}

function clientSettingsOf(app: AppContext, row: SsoConnectionRow): ClientSettings {
  return {
    cacheKey: `${row.id}:${row.version}`,
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecret: row.client_secret_sealed ? app.secrets.open(row.client_secret_sealed, secretContext(row.id)) : null,
    allowPrivateAddresses: app.config.ssoAllowPrivateIssuers,
  };
}

export interface Attempt {
  /** Where people reach Bulwark (BULWARK_PUBLIC_URL, or the request's own origin). */
  publicOrigin: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  now: Date;
}

export type StartOutcome = { kind: 'redirect'; location: string; cookieValue: string } | { kind: 'refused'; reason: SsoRefusal; detail?: string };

/** The state a sign-in carries from start to callback, kept in the database against a cookie. */
interface SignInState {
  connectionId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  returnTo: string;
}

/**
 * Starts signing in through a connection: remembers state, nonce and PKCE verifier against a fresh
 * random cookie value, and answers with the provider's authorisation address.
 */
export async function startSignIn(app: AppContext, connectionId: string, returnTo: unknown, attempt: Attempt): Promise<StartOutcome> {
  const connection = await store.findConnection(app.db, connectionId);
  if (!connection || connection.enabled !== 1) {
    if (connection) await recordRefusal(app, connection, null, 'unavailable', attempt);
    return { kind: 'refused', reason: 'unavailable' };
  }
  const redirectUri = redirectUriFor(attempt.publicOrigin);
  let request;
  try {
    request = await authorisationRequest(await configurationFor(clientSettingsOf(app, connection)), redirectUri);
  } catch (error) {
    const detail = `Discovery failed: ${exchangeFailure(error)}`;
    await recordRefusal(app, connection, null, 'failed', attempt, detail);
    return { kind: 'refused', reason: 'failed', detail };
  }
  const cookieValue = newToken();
  const state: SignInState = {
    connectionId: connection.id,
    state: request.state,
    nonce: request.nonce,
    codeVerifier: request.codeVerifier,
    redirectUri,
    returnTo: safeReturnPath(returnTo),
  };
  const at = attempt.now.toISOString();
  await store.deleteExpiredChallenges(app.db, at);
  await store.saveChallenge(app.db, tokenId(cookieValue), state, new Date(attempt.now.getTime() + SIGN_IN_MINUTES * 60_000).toISOString());
  return { kind: 'redirect', location: request.url.href, cookieValue };
}

export type FinishOutcome =
  | { kind: 'signed-in'; token: string; stage: SessionStage; returnTo: string }
  | { kind: 'refused'; reason: SsoRefusal; detail?: string };

/**
 * Finishes signing in when the provider sends the person back: checks the answer against the state
 * kept at the start (once only), exchanges the code, and decides from the ID token who this is and
 * whether they may come in. Every refusal is recorded in the audit trail with its reason.
 */
export async function finishSignIn(app: AppContext, cookieValue: string | undefined, query: string, attempt: Attempt): Promise<FinishOutcome> {
  const kept = cookieValue ? ((await store.takeChallenge(app.db, tokenId(cookieValue), attempt.now.toISOString())) as SignInState | undefined) : undefined;
  if (!kept) {
    await recordRefusal(app, null, null, 'expired', attempt);
    return { kind: 'refused', reason: 'expired' };
  }
  const connection = await store.findConnection(app.db, kept.connectionId);
  if (!connection || connection.enabled !== 1) {
    await recordRefusal(app, connection ?? null, null, 'unavailable', attempt);
    return { kind: 'refused', reason: 'unavailable' };
  }

  const callbackUrl = new URL(kept.redirectUri);
  callbackUrl.search = query;
  const providerError = callbackUrl.searchParams.get('error');
  if (providerError) {
    const detail = `The identity provider answered ${/^[a-z_]{1,60}$/.test(providerError) ? providerError : 'with an error'}`;
    await recordRefusal(app, connection, null, 'cancelled', attempt, detail);
    return { kind: 'refused', reason: 'cancelled', detail };
  }

  let identity: IdentityClaims;
  try {
    const claims = await exchangeCode(await configurationFor(clientSettingsOf(app, connection)), callbackUrl, kept);
    identity = identityFromClaims(claims, connection.groups_claim);
  } catch (error) {
    const detail = exchangeFailure(error);
    await recordRefusal(app, connection, null, 'failed', attempt, detail);
    return { kind: 'refused', reason: 'failed', detail };
  }
  return admit(app, connection, identity, kept.returnTo, attempt);
}

/** Decides whether the person the ID token names may come in, and if so starts their session. */
async function admit(app: AppContext, connection: SsoConnectionRow, identity: IdentityClaims, returnTo: string, attempt: Attempt): Promise<FinishOutcome> {
  const refuse = async (reason: SsoRefusal, user: UserRow | null = null): Promise<FinishOutcome> => {
    await recordRefusal(app, connection, identity, reason, attempt, undefined, user);
    return { kind: 'refused', reason };
  };
  const { email } = identity;
  if (!email) return refuse('no-email');
  if (!domainAllowed(email, JSON.parse(connection.allowed_domains_json) as string[])) return refuse('domain-not-allowed');

  const org = await findOrganisation(app.db, connection.org_id);
  if (!org) return refuse('unavailable');
  const linked = await store.findIdentity(app.db, connection.id, identity.subject);
  const user = (linked ? await findAccount(app.db, linked.user_id) : undefined) ?? (await findAccountWithEmail(app.db, email));
  const groupRoles = JSON.parse(connection.group_roles_json) as GroupRoles[];
  const wanted = identity.groups === null ? null : mappedRoles(groupRoles, identity.groups);

  if (!user) {
    if (connection.jit_provisioning !== 1) return refuse('no-account');
    if (!wanted?.length) return refuse('no-mapped-role');
  } else {
    const grants = await grantsForUser(app.db, user.id);
    const refusal = accountRefusal({ deactivated: user.deactivated_at !== null, grants: grants.map((g) => ({ role: g.role, orgPath: g.org.path })) }, org.path);
    if (refusal) return refuse(refusal, user);
  }

  const at = attempt.now.toISOString();
  const started = await inTransaction(app.db, async (tx) => {
    const person = user ?? (await provision(tx, org, identity, email, attempt));
    const actor: Actor = { userId: person.id, label: person.email, requestId: attempt.requestId };
    if (linked && linked.user_id === person.id) {
      await store.recordIdentityUse(tx, connection.id, identity.subject, at);
    } else {
      // A subject linked to an account that no longer exists is linked afresh to the one found by email.
      await store.linkIdentity(tx, { connection_id: connection.id, subject: identity.subject, user_id: person.id, at }, linked !== undefined);
      await recordAudit(tx, actor, { action: 'sso.identity-link', entityType: 'user', entityId: person.id, orgId: org.id, after: { connection: connection.name, connectionId: connection.id } }, attempt.now);
    }
    // Too many groups for the token: leave the roles as they were rather than take them all away.
    if (wanted !== null) await applyMappedRoles(tx, org, person, wanted, actor, attempt.now);
    return beginSession(
      tx,
      app,
      person,
      { method: 'sso', multiFactor: providerDidMfa(connection.trust_idp_mfa === 1, identity.methods), ip: attempt.ip, userAgent: attempt.userAgent },
      actor,
      attempt.now,
    );
  });
  return { kind: 'signed-in', token: started.token, stage: started.stage, returnTo };
}

/** Just-in-time provisioning: an account without a password, in the connection's organisation. */
async function provision(tx: Db, org: OrganisationRow, identity: IdentityClaims, email: string, attempt: Attempt): Promise<UserRow> {
  const user = newUserRow(randomUUID(), email, (identity.name ?? email.slice(0, email.indexOf('@'))).slice(0, 200), null, attempt.now);
  await insertAccount(tx, user);
  await recordAudit(
    tx,
    { userId: user.id, label: email, requestId: attempt.requestId },
    { action: 'user.sso-provision', entityType: 'user', entityId: user.id, orgId: org.id, after: { email, name: user.name, password: false } },
    attempt.now,
  );
  return user;
}

/** Brings the roles single sign-on granted in the organisation into line with the person's groups. */
async function applyMappedRoles(tx: Db, org: OrganisationRow, user: UserRow, wanted: Role[], actor: Actor, now: Date): Promise<void> {
  const current = (await rolesWithSource(tx, user.id, org.id)).flatMap((m) => (isRole(m.role) ? [{ role: m.role, source: m.source }] : []));
  const change = ssoRoleChange(current, wanted);
  if (!change.add.length && !change.remove.length) return;
  for (const role of change.remove) await revokeRoleFrom(tx, user.id, org.id, role, 'sso');
  for (const role of change.add) await grantRoleFrom(tx, user.id, org.id, role, 'sso', now);
  // The new session's stage follows the new roles; other sessions of theirs without a second factor end.
  if (change.add.length) await requireSecondFactorForNewRoles(tx, user.id, null);
  const before = current.map((m) => m.role).sort();
  const after = [...before.filter((r) => !change.remove.includes(r)), ...change.add].sort();
  await recordAudit(tx, actor, { action: 'member.sso-roles', entityType: 'user', entityId: user.id, orgId: org.id, before: { roles: before }, after: { roles: after, added: change.add, removed: change.remove } }, now);
}

async function recordRefusal(
  app: AppContext,
  connection: SsoConnectionRow | null,
  identity: IdentityClaims | null,
  reason: SsoRefusal,
  attempt: Attempt,
  detail?: string,
  user: UserRow | null = null,
): Promise<void> {
  const label = identity?.email ?? (connection ? `sso:${connection.name}` : 'sso');
  await inTransaction(app.db, (tx) =>
    recordAudit(
      tx,
      { userId: user?.id ?? null, label, requestId: attempt.requestId },
      {
        action: 'auth.sso-refused',
        entityType: 'sso-connection',
        entityId: connection?.id ?? null,
        orgId: connection?.org_id ?? null,
        after: { reason, ...(identity?.email ? { email: identity.email } : {}), ...(detail ? { detail } : {}) },
      },
      attempt.now,
    ),
  );
}
