// Invitations and password-reset links. The administrator is shown the link once; when SMTP_URL is
// set it is also emailed to the person (see delivery.ts). Links are single use, expire, and carry
// their token in the URL fragment so it never reaches a server log.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/audit/audit-trail.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import type { AccountLinkRow, OrganisationRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, type FieldProblem, Forbidden, NotFound, ValidationFailed } from '../../platform/errors.js';
import { ROLE_LABELS, type Role } from '../../platform/policy/roles.js';
import { hashPassword, newToken, normaliseEmail, tokenId, verifyPassword } from '../accounts/domain/credentials.js';
import { passwordProblem } from '../accounts/domain/password-rules.js';
import { beginSession, type StartedSession } from '../accounts/login-session.js';
import { assertManagesEverywhere, checkRoles, getMember, newUserRow } from '../accounts/service.js';
import * as accounts from '../accounts/store.js';
import { findOrganisation } from '../organisations/store.js';
import type { DeliveryOutcome } from '../../platform/email/email-service.js';
import { emailInvitation, emailResetLink } from './delivery.js';
import { INVITATION_DAYS, linkState, RESET_HOURS } from './domain/link-state.js';
import { issueResetLink } from './reset-links.js';
import * as store from './store.js';

export interface InvitationView {
  id: string;
  email: string;
  name: string | null;
  roles: string[];
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  state: 'pending' | 'accepted' | 'expired' | 'revoked';
}

function invitationView(row: AccountLinkRow, now: Date): InvitationView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: JSON.parse(row.roles_json) as string[],
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    state: linkState(row, now),
  };
}

export function linkFor(origin: string, page: 'accept-invitation' | 'reset-password', token: string): string {
  return `${origin}/${page}#${token}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function createInvitation(
  ctx: RequestContext,
  org: OrganisationRow,
  input: { email: string; name: string; roles: string[] },
  origin: string,
): Promise<{ link: string; expiresAt: string; invitation: InvitationView; delivery: DeliveryOutcome }> {
  const problems: FieldProblem[] = [];
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email)) problems.push({ field: 'email', message: 'Enter an email address in the right format, like name@example.nhs.uk' });
  const name = input.name.trim();
  if (!name) problems.push({ field: 'name', message: 'Enter the person’s full name' });
  if (problems.length) throw new ValidationFailed('The invitation needs correcting.', problems);
  const roles = checkRoles(ctx, input.roles);
  const existing = await accounts.findUserByEmail(ctx.db, email);
  if (existing && (await accounts.membersOf(ctx.db, org.id, existing.id)).length) {
    throw new Conflict(`${email} already has a role in ${org.name}: change their roles on their page instead.`);
  }

  const token = newToken();
  const row: AccountLinkRow = {
    id: randomUUID(),
    token_hash: tokenId(token),
    purpose: 'invitation',
    email,
    name,
    user_id: null,
    org_id: org.id,
    roles_json: JSON.stringify(roles),
    expires_at: new Date(ctx.now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
    used_at: null,
    revoked_at: null,
    created_by: ctx.principal.user.id,
    created_at: ctx.now.toISOString(),
  };
  const invitation = invitationView(row, ctx.now);
  await inTransaction(ctx.db, async (tx) => {
    await store.insertLink(tx, row);
    await recordAudit(tx, ctx.actor, { action: 'invitation.create', entityType: 'invitation', entityId: row.id, orgId: org.id, after: invitation }, ctx.now);
  });
  const link = linkFor(origin, 'accept-invitation', token);
  const delivery = await emailInvitation(ctx, { invitation, organisationName: org.name, invitedBy: ctx.principal.user.name, existingAccount: existing !== undefined, link });
  return { link, expiresAt: row.expires_at, invitation, delivery };
}

export async function listInvitations(ctx: RequestContext, org: OrganisationRow): Promise<InvitationView[]> {
  return (await store.invitationsOf(ctx.db, org.id)).map((r) => invitationView(r, ctx.now));
}

export async function revokeInvitation(ctx: RequestContext, org: OrganisationRow, id: string): Promise<InvitationView> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await store.findLink(tx, id);
    if (!row || row.purpose !== 'invitation' || row.org_id !== org.id) throw new NotFound('There is no such invitation here.');
    if (!(await store.revokeLink(tx, id, ctx.now.toISOString()))) throw new Conflict('This invitation has been accepted or withdrawn already.');
    const after = invitationView({ ...row, revoked_at: ctx.now.toISOString() }, ctx.now);
    await recordAudit(tx, ctx.actor, { action: 'invitation.revoke', entityType: 'invitation', entityId: id, orgId: org.id, before: invitationView(row, ctx.now), after }, ctx.now);
    return after;
  });
}

const LINK_PROBLEMS = {
  accepted: 'This link has been used already. Sign in, or ask your administrator for a new one.',
  expired: 'This link has expired. Ask your administrator for a new one.',
  revoked: 'This link has been withdrawn. Ask your administrator for a new one.',
} as const;

/** The pending link behind a token, or a clear error saying why it cannot be used. */
async function pendingLink(app: AppContext, token: string, purpose: 'invitation' | 'password-reset', now: Date): Promise<AccountLinkRow> {
  const row = token ? await store.findByHash(app.db, tokenId(token), purpose) : undefined;
  if (!row) throw new NotFound('This link is not valid. Check you copied all of it, or ask your administrator for a new one.');
  const state = linkState(row, now);
  if (state !== 'pending') throw new Conflict(LINK_PROBLEMS[state]);
  return row;
}

export async function previewInvitation(app: AppContext, token: string, now = new Date()) {
  const row = await pendingLink(app, token, 'invitation', now);
  const org = await findOrganisation(app.db, row.org_id!);
  const existing = await accounts.findUserByEmail(app.db, row.email);
  const roles = JSON.parse(row.roles_json) as Role[];
  return {
    email: row.email,
    name: row.name,
    organisationName: org?.name ?? '',
    roles,
    roleLabels: roles.map((r) => ROLE_LABELS[r] ?? r),
    expiresAt: row.expires_at,
    existingAccount: existing !== undefined,
  };
}

export interface AcceptInput {
  token: string;
  password: string;
  name?: string | undefined;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

/**
 * Accepting creates the account with the password chosen now (or, for someone who already has an
 * account, checks its password) and grants the invited roles; the person is then signed in.
 */
export async function acceptInvitation(app: AppContext, input: AcceptInput, now = new Date()): Promise<StartedSession & { user: { id: string; email: string; name: string } }> {
  const row = await pendingLink(app, input.token, 'invitation', now);
  const existing = await accounts.findUserByEmail(app.db, row.email);
  const name = (input.name?.trim() || row.name || row.email).slice(0, 200);
  let passwordHash: string | null = null;
  if (existing) {
    if (existing.deactivated_at) throw new Forbidden('This account has been deactivated. Ask your administrator.');
    if (!existing.password_hash || !(await verifyPassword(existing.password_hash, input.password))) {
      throw new ValidationFailed('Your password was not right.', [{ field: 'password', message: 'Enter the password of your existing Bulwark account' }]);
    }
  } else {
    const weak = passwordProblem(input.password, { email: row.email, name });
    if (weak) throw new ValidationFailed('Choose a different password.', [{ field: 'password', message: weak }]);
    passwordHash = await hashPassword(input.password);
  }

  return inTransaction(app.db, async (tx) => {
    const at = now.toISOString();
    if (!(await store.markUsed(tx, row.id, at))) throw new Conflict(LINK_PROBLEMS.accepted);
    const userId = existing?.id ?? randomUUID();
    if (!existing) await accounts.insertUser(tx, newUserRow(userId, row.email, name, passwordHash, now));
    for (const role of JSON.parse(row.roles_json) as Role[]) {
      if (!(await accounts.hasMembership(tx, userId, row.org_id!, role))) {
        await accounts.insertMembership(tx, { id: randomUUID(), user_id: userId, org_id: row.org_id!, role, created_at: at });
      }
    }
    const actor: Actor = { userId, label: row.email, requestId: input.requestId };
    await recordAudit(tx, actor, { action: 'invitation.accept', entityType: 'user', entityId: userId, orgId: row.org_id, after: await getMember(tx, row.org_id!, userId) }, now);
    const user = { id: userId, email: row.email, name: existing?.name ?? name };
    const started = await beginSession(tx, app, user, { method: 'password', multiFactor: false, ip: input.ip, userAgent: input.userAgent }, actor, now);
    return { ...started, user };
  });
}

// ── password reset ──────────────────────────────────────────────────────────

export async function createResetLink(
  ctx: RequestContext,
  org: OrganisationRow,
  userId: string,
  origin: string,
): Promise<{ link: string; expiresAt: string; delivery: DeliveryOutcome }> {
  await getMember(ctx.db, org.id, userId);
  const user = await accounts.findUser(ctx.db, userId);
  if (!user) throw new NotFound('That person has no account.');
  if (user.deactivated_at) throw new Conflict('This account is deactivated: reactivate it first.');
  await assertManagesEverywhere(ctx, ctx.db, userId, 'ask a system administrator to reset their password');
  const { token, row } = await issueResetLink(
    ctx.db,
    { user, orgId: org.id, createdBy: ctx.principal.user.id, lifetimeMinutes: RESET_HOURS * 60, actor: ctx.actor, audit: { action: 'user.password-reset-link', orgId: org.id } },
    ctx.now,
  );
  const link = linkFor(origin, 'reset-password', token);
  const requestedBy = { kind: 'administrator' as const, name: ctx.principal.user.name, organisationName: org.name };
  const delivery = await emailResetLink(ctx, { linkId: row.id, person: user, link, expiresAt: row.expires_at, requestedBy });
  return { link, expiresAt: row.expires_at, delivery };
}

export async function previewReset(app: AppContext, token: string, now = new Date()) {
  const row = await pendingLink(app, token, 'password-reset', now);
  return { email: row.email, expiresAt: row.expires_at };
}

/** Sets the new password, unlocks the account and ends every session; the person then signs in. */
export async function resetPassword(app: AppContext, input: { token: string; password: string; requestId: string }, now = new Date()): Promise<void> {
  const row = await pendingLink(app, input.token, 'password-reset', now);
  const user = await accounts.findUser(app.db, row.user_id!);
  if (!user || user.deactivated_at) throw new Forbidden('This account has been deactivated. Ask your administrator.');
  const weak = passwordProblem(input.password, { email: user.email, name: user.name });
  if (weak) throw new ValidationFailed('Choose a different password.', [{ field: 'password', message: weak }]);
  const passwordHash = await hashPassword(input.password);
  await inTransaction(app.db, async (tx) => {
    if (!(await store.markUsed(tx, row.id, now.toISOString()))) throw new Conflict(LINK_PROBLEMS.accepted);
    await accounts.updateUser(tx, user.id, user.version, { password_hash: passwordHash, failed_login_count: 0, locked_until: null, updated_at: now.toISOString() });
    const ended = await accounts.deleteSessionsOfUser(tx, user.id);
    const actor: Actor = { userId: user.id, label: user.email, requestId: input.requestId };
    await recordAudit(tx, actor, { action: 'auth.password-reset', entityType: 'user', entityId: user.id, after: { sessionsEnded: ended } }, now);
  });
}
