// Creating, listing and revoking API tokens, and turning a presented token into a principal.
// Personal tokens act as their owner, within their scopes; service tokens act with the roles they
// were given in one organisation; SCIM tokens may only provision that organisation's accounts.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { ApiTokenRow, OrganisationRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { type FieldProblem, NotFound, ValidationFailed } from '../../platform/errors.js';
import { tokenCapabilities } from '../../platform/policy/policy.js';
import { Principal } from '../../platform/policy/principal.js';
import { isRole, type Role } from '../../platform/policy/roles.js';
import * as accounts from '../accounts/service.js';
import { findOrganisation } from '../organisations/service.js';
import { apiTokenHash, DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS, newApiToken, tokenState, visiblePrefix } from './domain/token-format.js';
import * as store from './store.js';

/** Ends every personal token of a person (their account deactivated or de-provisioned); returns how many. */
export async function revokeTokensOfUser(db: Db, userId: string, at: string): Promise<number> {
  return store.revokeTokensOfUser(db, userId, at);
}

export type TokenKind = 'personal' | 'service' | 'scim';

export interface TokenView {
  id: string;
  name: string;
  kind: TokenKind;
  prefix: string;
  scopes: string[];
  roles: string[];
  orgId: string | null;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  state: 'active' | 'expired' | 'revoked';
}

export interface NewTokenInput {
  name: string;
  scopes?: string[] | undefined;
  roles?: string[] | undefined;
  expiresInDays?: number | undefined;
}

/** Every scope a token may carry: read and write for each capability that tokens may use. */
export function availableScopes(): string[] {
  return tokenCapabilities()
    .sort()
    .flatMap((c) => [`${c}:read`, `${c}:write`]);
}

function viewOf(row: ApiTokenRow, now: Date): TokenView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as TokenKind,
    prefix: row.prefix,
    scopes: JSON.parse(row.scopes_json) as string[],
    roles: JSON.parse(row.roles_json) as string[],
    orgId: row.org_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    state: tokenState(row, now),
  };
}

function checkInput(kind: TokenKind, input: NewTokenInput): { name: string; scopes: string[]; roles: Role[]; days: number } {
  const problems: FieldProblem[] = [];
  const name = input.name.trim();
  if (!name) problems.push({ field: 'name', message: 'Enter a name that says what the token is for' });
  const days = input.expiresInDays ?? DEFAULT_EXPIRY_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRY_DAYS) {
    problems.push({ field: 'expiresInDays', message: `A token must expire in 1 to ${MAX_EXPIRY_DAYS} days`, value: input.expiresInDays });
  }
  const scopes = [...new Set(input.scopes ?? [])];
  const roles = [...new Set(input.roles ?? [])];
  if (kind === 'scim') {
    if (scopes.length || roles.length) problems.push({ field: 'scopes', message: 'A SCIM token can only provision accounts: it takes no scopes or roles' });
  } else {
    const known = new Set(availableScopes());
    const unknown = scopes.filter((s) => !known.has(s));
    if (unknown.length) problems.push({ field: 'scopes', message: `Not a scope a token can have: ${unknown.join(', ')}`, value: unknown });
    else if (!scopes.length) problems.push({ field: 'scopes', message: 'Choose at least one scope' });
  }
  if (kind === 'service') {
    const bad = roles.filter((r) => !isRole(r) || r === 'system-admin');
    if (bad.length) problems.push({ field: 'roles', message: `A service token cannot hold: ${bad.join(', ')}`, value: bad });
    else if (!roles.length) problems.push({ field: 'roles', message: 'Choose the roles the service acts with' });
  }
  if (problems.length) throw new ValidationFailed('The token’s details need correcting.', problems);
  return { name: name.slice(0, 100), scopes, roles: roles as Role[], days };
}

async function create(ctx: RequestContext, kind: TokenKind, org: OrganisationRow | null, input: NewTokenInput): Promise<{ token: string; view: TokenView }> {
  const checked = checkInput(kind, input);
  const token = newApiToken();
  const row: ApiTokenRow = {
    id: randomUUID(),
    token_hash: apiTokenHash(token),
    kind,
    name: checked.name,
    user_id: kind === 'personal' ? ctx.principal.user.id : null,
    org_id: org?.id ?? null,
    scopes_json: JSON.stringify(checked.scopes),
    roles_json: JSON.stringify(checked.roles),
    prefix: visiblePrefix(token),
    expires_at: new Date(ctx.now.getTime() + checked.days * 86_400_000).toISOString(),
    revoked_at: null,
    last_used_at: null,
    created_by: ctx.principal.user.id,
    created_at: ctx.now.toISOString(),
  };
  const view = viewOf(row, ctx.now);
  await inTransaction(ctx.db, async (tx) => {
    await store.insertToken(tx, row);
    await recordAudit(tx, ctx.actor, { action: 'token.create', entityType: 'api-token', entityId: row.id, orgId: org?.id ?? null, after: view }, ctx.now);
  });
  return { token, view };
}

export function createPersonalToken(ctx: RequestContext, input: NewTokenInput) {
  return create(ctx, 'personal', null, input);
}

export function createOrganisationToken(ctx: RequestContext, org: OrganisationRow, kind: 'service' | 'scim', input: NewTokenInput) {
  return create(ctx, kind, org, input);
}

export async function listPersonalTokens(ctx: RequestContext): Promise<TokenView[]> {
  return (await store.personalTokens(ctx.db, ctx.principal.user.id)).map((r) => viewOf(r, ctx.now));
}

export async function listOrganisationTokens(ctx: RequestContext, org: OrganisationRow): Promise<TokenView[]> {
  return (await store.organisationTokens(ctx.db, org.id)).map((r) => viewOf(r, ctx.now));
}

/** Revokes one of the caller's own tokens, or (with org) one of the organisation's. */
export async function revokeToken(ctx: RequestContext, tokenId: string, org: OrganisationRow | null): Promise<TokenView> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await store.findToken(tx, tokenId);
    const mine = row && (org ? row.kind !== 'personal' && row.org_id === org.id : row.kind === 'personal' && row.user_id === ctx.principal.user.id);
    if (!row || !mine) throw new NotFound('There is no such token here.');
    if (!(await store.revoke(tx, row.id, ctx.now.toISOString()))) return viewOf(row, ctx.now);
    const after = viewOf({ ...row, revoked_at: ctx.now.toISOString() }, ctx.now);
    await recordAudit(tx, ctx.actor, { action: 'token.revoke', entityType: 'api-token', entityId: row.id, orgId: row.org_id, before: viewOf(row, ctx.now), after }, ctx.now);
    return after;
  });
}

/** Last-used times are kept to the minute, so that a busy integration does not write on every call. */
const LAST_USED_PRECISION_MS = 60_000;

/** The principal a presented token stands for, or null when it is unknown, expired or revoked. */
export async function principalFromToken(app: AppContext, token: string, now = new Date()): Promise<Principal | null> {
  const row = await store.findByHash(app.db, apiTokenHash(token));
  if (!row || tokenState(row, now) !== 'active') return null;
  const scopes = JSON.parse(row.scopes_json) as string[];
  const credential = { kind: 'token' as const, tokenId: row.id, tokenKind: row.kind as TokenKind, scopes, orgId: row.org_id };

  let principal: Principal;
  if (row.kind === 'personal') {
    const user = row.user_id ? await accounts.findAccount(app.db, row.user_id) : undefined;
    if (!user || user.deactivated_at) return null;
    principal = new Principal({ id: user.id, email: user.email, name: user.name }, await accounts.grantsForUser(app.db, user.id), undefined, credential);
  } else {
    const org = row.org_id ? await findOrganisation(app.db, row.org_id) : undefined;
    if (!org) return null;
    const roles = row.kind === 'service' ? (JSON.parse(row.roles_json) as Role[]) : [];
    const grants = roles.map((role) => ({ role, org: { id: org.id, path: org.path, type: org.type } }));
    principal = new Principal({ id: `token:${row.id}`, email: `${row.kind}-token:${row.name}`, name: row.name }, grants, undefined, credential);
  }
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() >= LAST_USED_PRECISION_MS) {
    await store.markUsed(app.db, row.id, now.toISOString());
  }
  return principal;
}
