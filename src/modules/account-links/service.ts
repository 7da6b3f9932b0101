// Invitations and password-reset links. Adding a person to an organisation is always an invitation:
// someone who already has an account accepts it under Your account, signed in as themselves; someone
// new accepts through a link that lets them choose a password (or signs in with the initial password
// or single sign-on they were given, then accepts). So the administrator's answer never says whether
// the account existed, and nobody gains another organisation's person without their consent.
// Links are shown once to the administrator who made them and, when SMTP_URL is set, also emailed
// (see delivery.ts). Links are single use, expire, and carry
// their token in the URL fragment so it never reaches a server log.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/audit/audit-trail.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { AccountLinkRow, OrganisationRow, UserRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { conflictOnDuplicate } from '../../platform/db/unique-violation.js';
import { Conflict, type FieldProblem, Forbidden, NotFound, ValidationFailed } from '../../platform/errors.js';
import { authorise } from '../../platform/policy/policy.js';
import type { SessionStage } from '../../platform/policy/principal.js';
import { ROLE_LABELS, type Role } from '../../platform/policy/roles.js';
import {
  assertManagesEverywhere,
  beginSession,
  checkRoles,
  createAccount,
  endSessionsOf,
  findAccount,
  findAccountByEmail,
  getMember,
  grantRoles,
  hashPassword,
  isMember,
  newToken,
  normaliseEmail,
  organisationNamesOf,
  orgRefOf,
  passwordProblem,
  requireSecondFactorForNewRoles,
  rolesProblem,
  type StartedSession,
  tokenId,
  updateAccount,
} from '../accounts/service.js';
import { findOrganisation } from '../organisations/service.js';
import type { DeliveryOutcome } from '../../platform/email/email-service.js';
import { emailInvitation, emailResetLink } from './delivery.js';
import { INVITATION_DAYS, type LinkState, linkState, RESET_HOURS } from './domain/link-state.js';
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
  state: LinkState;
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

/** Email and name as typed on a form, checked and tidied; problems are added to the list given. */
function personProblems(input: { email: string; name: string }, problems: FieldProblem[]): { email: string; name: string } {
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email)) problems.push({ field: 'email', message: 'Enter an email address in the right format, like name@example.nhs.uk' });
  const name = input.name.trim();
  if (!name) problems.push({ field: 'name', message: 'Enter the person’s full name' });
  return { email, name };
}

interface Offer {
  email: string;
  name: string;
  roles: Role[];
}

const alreadyInvited = (email: string) => `There is already an invitation for ${email} waiting to be answered here. Withdraw it first to make a new one.`;

/**
 * Records an invitation to the organisation, for the account the email belongs to if there is one
 * (only that account can accept it then) and otherwise for the address. accountFor may create the
 * account. At most one invitation per address is open in an organisation: a second, even from a
 * request racing this one, is a Conflict.
 */
async function openInvitation(
  ctx: RequestContext,
  org: OrganisationRow,
  offer: Offer,
  accountFor: (tx: Db, existing: UserRow | undefined) => Promise<string | null>,
): Promise<{ row: AccountLinkRow; token: string }> {
  return conflictOnDuplicate(
    () =>
      inTransaction(ctx.db, async (tx) => {
        const existing = await findAccountByEmail(tx, offer.email);
        // Their roles here are on the People page already, so saying so reveals nothing new.
        if (existing && (await isMember(tx, org.id, existing.id))) {
          throw new Conflict(`${offer.email} already has a role in ${org.name}: change their roles on their page instead.`);
        }
        const userId = await accountFor(tx, existing);
        const at = ctx.now.toISOString();
        await store.closeExpiredInvitations(tx, org.id, offer.email, at);
        const token = newToken();
        const row: AccountLinkRow = {
          id: randomUUID(),
          token_hash: tokenId(token),
          purpose: 'invitation',
          email: offer.email,
          name: offer.name,
          user_id: userId,
          org_id: org.id,
          roles_json: JSON.stringify(offer.roles),
          expires_at: new Date(ctx.now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
          used_at: null,
          revoked_at: null,
          declined_at: null,
          created_by: ctx.principal.user.id,
          created_at: at,
        };
        await store.insertLink(tx, row);
        await recordAudit(tx, ctx.actor, { action: 'invitation.create', entityType: 'invitation', entityId: row.id, orgId: org.id, after: invitationView(row, ctx.now) }, ctx.now);
        return { row, token };
      }),
    alreadyInvited(offer.email),
  );
}

// ── adding a person ─────────────────────────────────────────────────────────

export interface NewPersonInput {
  email: string;
  name: string;
  /** An initial password, used only if the email has no account yet. */
  password?: string | undefined;
  roles: string[];
}

/**
 * Adds a person to the organisation with the given roles, as an invitation they accept when they
 * sign in. If the email has no account, one is created (with the initial password, if given, for
 * them to sign in with; without one they sign in through single sign-on). The answer, the time it
 * takes and the organisation's audit trail are the same whether or not the account existed.
 */
export async function addPerson(ctx: RequestContext, org: OrganisationRow, input: NewPersonInput, origin: string): Promise<{ invitation: InvitationView; delivery: DeliveryOutcome }> {
  // Every problem with the form is reported at once, so a person corrects it in one go.
  const problems: FieldProblem[] = [];
  const { email, name } = personProblems(input, problems);
  const roleProblem = rolesProblem(input.roles);
  if (roleProblem) problems.push(roleProblem);
  const password = input.password || null;
  const weak = password && (await passwordProblem(password, { email, name, organisations: [org.name] }));
  if (weak) problems.push({ field: 'password', message: weak });
  if (problems.length) throw new ValidationFailed('The person’s details need correcting.', problems);

  const roles = checkRoles(ctx, org, input.roles);
  if (password) authorise(ctx.principal, 'member.credentials', orgRefOf(org));
  // Hashed whether or not the account exists, so that the time taken does not tell.
  const passwordHash = password ? await hashPassword(password) : null;
  const { row } = await openInvitation(ctx, org, { email, name, roles }, async (tx, existing) =>
    existing ? existing.id : createAccount(tx, ctx.actor, { email, name, passwordHash }, ctx.now),
  );
  const invitation = invitationView(row, ctx.now);
  // Either way they now have an account: the email asks them to sign in and accept.
  const delivery = await emailInvitation(ctx, { invitation, organisationName: org.name, invitedBy: ctx.principal.user.name, existingAccount: true, link: `${origin}/account` });
  return { invitation, delivery };
}

// ── invitation links ────────────────────────────────────────────────────────

/**
 * Invites a person with a link, shown once (or sent by a mailer): with it, someone without an account
 * chooses a password; someone with one signs in and accepts under Your account.
 */
export async function createInvitation(
  ctx: RequestContext,
  org: OrganisationRow,
  input: { email: string; name: string; roles: string[] },
  origin: string,
): Promise<{ link: string; expiresAt: string; invitation: InvitationView; delivery: DeliveryOutcome }> {
  const problems: FieldProblem[] = [];
  const { email, name } = personProblems(input, problems);
  if (problems.length) throw new ValidationFailed('The invitation needs correcting.', problems);
  const roles = checkRoles(ctx, org, input.roles);
  const { row, token } = await openInvitation(ctx, org, { email, name, roles }, async (_tx, existing) => existing?.id ?? null);
  const invitation = invitationView(row, ctx.now);
  const link = linkFor(origin, 'accept-invitation', token);
  // The administrator sees the same answer either way; the email tells someone who already has an
  // account to sign in and accept, since the link only makes new accounts.
  const existingAccount = row.user_id !== null;
  const delivery = await emailInvitation(ctx, {
    invitation,
    organisationName: org.name,
    invitedBy: ctx.principal.user.name,
    existingAccount,
    link: existingAccount ? `${origin}/account` : link,
  });
  return { link, expiresAt: row.expires_at, invitation, delivery };
}

export async function listInvitations(ctx: RequestContext, org: OrganisationRow): Promise<InvitationView[]> {
  return (await store.invitationsOf(ctx.db, org.id)).map((r) => invitationView(r, ctx.now));
}

export async function revokeInvitation(ctx: RequestContext, org: OrganisationRow, id: string): Promise<InvitationView> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await store.findLink(tx, id);
    if (!row || row.purpose !== 'invitation' || row.org_id !== org.id) throw new NotFound('There is no such invitation here.');
    if (!(await store.revokeLink(tx, id, ctx.now.toISOString()))) throw new Conflict('This invitation has been answered or withdrawn already.');
    const after = invitationView({ ...row, revoked_at: ctx.now.toISOString() }, ctx.now);
    await recordAudit(tx, ctx.actor, { action: 'invitation.revoke', entityType: 'invitation', entityId: id, orgId: org.id, before: invitationView(row, ctx.now), after }, ctx.now);
    return after;
  });
}

const LINK_PROBLEMS = {
  accepted: 'This link has been used already. Sign in, or ask your administrator for a new one.',
  declined: 'This invitation has been declined. Ask your administrator for a new one if that was a mistake.',
  expired: 'This link has expired. Ask your administrator for a new one.',
  revoked: 'This link has been withdrawn. Ask your administrator for a new one.',
} as const;

const HAS_ACCOUNT = 'This email address already has an account here. Sign in with it, and accept the invitation under Your account.';

/** The pending link behind a token, or a clear error saying why it cannot be used. */
async function pendingLink(app: AppContext, token: string, purpose: 'invitation' | 'password-reset', now: Date): Promise<AccountLinkRow> {
  const row = token ? await store.findByHash(app.db, tokenId(token), purpose) : undefined;
  if (!row) throw new NotFound('This link is not valid. Check you copied all of it, or ask your administrator for a new one.');
  const state = linkState(row, now);
  if (state !== 'pending') throw new Conflict(LINK_PROBLEMS[state]);
  return row;
}

function roleLabels(roles: readonly Role[]): string[] {
  return roles.map((r) => ROLE_LABELS[r] ?? r);
}

/** What an invitation is for. It does not say whether the address has an account: the link's holder need not be its owner. */
export async function previewInvitation(app: AppContext, token: string, now = new Date()) {
  const row = await pendingLink(app, token, 'invitation', now);
  const org = await findOrganisation(app.db, row.org_id!);
  const roles = JSON.parse(row.roles_json) as Role[];
  return { email: row.email, name: row.name, organisationName: org?.name ?? '', roles, roleLabels: roleLabels(roles), expiresAt: row.expires_at };
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
 * Accepting through the link creates the account with the password chosen now, grants the invited
 * roles and signs the person in. An address that has an account accepts signed in instead
 * (acceptMyInvitation): a link is no way round that account's password, second factor or lockout.
 */
export async function acceptInvitation(app: AppContext, input: AcceptInput, now = new Date()): Promise<StartedSession & { user: { id: string; email: string; name: string } }> {
  const row = await pendingLink(app, input.token, 'invitation', now);
  if (row.user_id || (await findAccountByEmail(app.db, row.email))) throw new Conflict(HAS_ACCOUNT);
  const name = (input.name?.trim() || row.name || row.email).slice(0, 200);
  const org = await findOrganisation(app.db, row.org_id!);
  const weak = await passwordProblem(input.password, { email: row.email, name, organisations: org ? [org.name] : [] });
  if (weak) throw new ValidationFailed('Choose a different password.', [{ field: 'password', message: weak }]);
  const passwordHash = await hashPassword(input.password);

  return conflictOnDuplicate(
    () =>
      inTransaction(app.db, async (tx) => {
        const at = now.toISOString();
        const userId = randomUUID();
        const actor: Actor = { userId, label: row.email, requestId: input.requestId };
        await createAccount(tx, actor, { id: userId, email: row.email, name, passwordHash }, now);
        if (!(await store.markUsed(tx, row.id, at, userId))) throw new Conflict(LINK_PROBLEMS.accepted);
        await grantRoles(tx, userId, row.org_id!, JSON.parse(row.roles_json) as Role[], now);
        await recordAudit(tx, actor, { action: 'invitation.accept', entityType: 'user', entityId: userId, orgId: row.org_id, after: await getMember(tx, row.org_id!, userId) }, now);
        const user = { id: userId, email: row.email, name };
        const started = await beginSession(tx, app, user, { method: 'password', multiFactor: false, ip: input.ip, userAgent: input.userAgent }, actor, now);
        return { ...started, user };
      }),
    HAS_ACCOUNT,
  );
}

// ── invitations under Your account ──────────────────────────────────────────

export interface MyInvitation {
  id: string;
  organisationId: string;
  organisationName: string;
  roles: string[];
  roleLabels: string[];
  invitedAt: string;
  expiresAt: string;
}

/** Invitations waiting for the signed-in person to accept or decline. */
export async function myInvitations(ctx: RequestContext): Promise<MyInvitation[]> {
  const { id, email } = ctx.principal.user;
  const rows = await store.openInvitationsFor(ctx.db, id, email, ctx.now.toISOString());
  const views: MyInvitation[] = [];
  for (const row of rows) {
    const org = await findOrganisation(ctx.db, row.org_id!);
    if (!org) continue;
    const roles = JSON.parse(row.roles_json) as Role[];
    views.push({ id: row.id, organisationId: org.id, organisationName: org.name, roles, roleLabels: roleLabels(roles), invitedAt: row.created_at, expiresAt: row.expires_at });
  }
  return views;
}

/** One of the signed-in person's own invitations, still waiting for an answer. */
async function myPendingInvitation(ctx: RequestContext, id: string): Promise<AccountLinkRow> {
  const { id: userId, email } = ctx.principal.user;
  const row = await store.findLink(ctx.db, id);
  const mine = row?.purpose === 'invitation' && (row.user_id === userId || (row.user_id === null && row.email === email));
  // Someone else's invitation looks like one that does not exist.
  if (!row || !mine) throw new NotFound('You have no invitation with that id.');
  const state = linkState(row, ctx.now);
  if (state !== 'pending') throw new Conflict(state === 'accepted' ? 'You have accepted this invitation already.' : LINK_PROBLEMS[state]);
  return row;
}

/**
 * The signed-in person accepts an invitation: they gain its roles. If those roles oblige them to use
 * a second factor and this session has not given one, the session goes back to giving (or enrolling)
 * it before anything else, and their other such sessions end.
 */
export async function acceptMyInvitation(ctx: RequestContext, id: string): Promise<{ organisationId: string; roles: string[]; stage: SessionStage }> {
  const row = await myPendingInvitation(ctx, id);
  const userId = ctx.principal.user.id;
  const credential = ctx.principal.credential;
  return inTransaction(ctx.db, async (tx) => {
    if (!(await store.markUsed(tx, row.id, ctx.now.toISOString(), userId))) throw new Conflict('This invitation has been answered or withdrawn already.');
    const roles = JSON.parse(row.roles_json) as Role[];
    await grantRoles(tx, userId, row.org_id!, roles, ctx.now);
    const current = ctx.principal.sessionId && credential.kind === 'session' ? { id: ctx.principal.sessionId, secondFactor: credential.secondFactor } : null;
    const stage = await requireSecondFactorForNewRoles(tx, userId, current);
    await recordAudit(tx, ctx.actor, { action: 'invitation.accept', entityType: 'user', entityId: userId, orgId: row.org_id, after: await getMember(tx, row.org_id!, userId) }, ctx.now);
    return { organisationId: row.org_id!, roles, stage };
  });
}

/** The signed-in person says no: the invitation closes, and the organisation sees it was declined. */
export async function declineMyInvitation(ctx: RequestContext, id: string): Promise<void> {
  const row = await myPendingInvitation(ctx, id);
  await inTransaction(ctx.db, async (tx) => {
    if (!(await store.markDeclined(tx, row.id, ctx.now.toISOString()))) throw new Conflict('This invitation has been answered or withdrawn already.');
    const after = invitationView({ ...row, declined_at: ctx.now.toISOString() }, ctx.now);
    await recordAudit(tx, ctx.actor, { action: 'invitation.decline', entityType: 'invitation', entityId: row.id, orgId: row.org_id, before: invitationView(row, ctx.now), after }, ctx.now);
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
  const user = await findAccount(ctx.db, userId);
  if (!user) throw new NotFound('That person has no account.');
  if (user.deactivated_at) throw new Conflict('This account is deactivated: reactivate it first.');
  await assertManagesEverywhere(ctx, ctx.db, userId, 'ask a system administrator to reset their password');
  const { token, row } = await issueResetLink(
    ctx.db,
    { user, orgId: org.id, createdBy: ctx.principal.user.id, lifetimeMinutes: RESET_HOURS * 60, actor: ctx.actor, requestedBy: 'administrator', auditOrgId: org.id },
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
  const user = await findAccount(app.db, row.user_id!);
  if (!user || user.deactivated_at) throw new Forbidden('This account has been deactivated. Ask your administrator.');
  const weak = await passwordProblem(input.password, { email: user.email, name: user.name, organisations: await organisationNamesOf(app.db, user.id) });
  if (weak) throw new ValidationFailed('Choose a different password.', [{ field: 'password', message: weak }]);
  const passwordHash = await hashPassword(input.password);
  await inTransaction(app.db, async (tx) => {
    if (!(await store.markUsed(tx, row.id, now.toISOString()))) throw new Conflict(LINK_PROBLEMS.accepted);
    await updateAccount(tx, user.id, user.version, { password_hash: passwordHash, failed_login_count: 0, locked_until: null, updated_at: now.toISOString() });
    const ended = await endSessionsOf(tx, user.id);
    const actor: Actor = { userId: user.id, label: user.email, requestId: input.requestId };
    await recordAudit(tx, actor, { action: 'auth.password-reset', entityType: 'user', entityId: user.id, after: { sessionsEnded: ended } }, now);
  });
}
