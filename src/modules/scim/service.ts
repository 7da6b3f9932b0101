// SCIM provisioning: an organisation's identity provider (Microsoft Entra ID, say) creates, updates
// and de-provisions its people's accounts and keeps their directory groups, which become roles
// through the organisation's group-to-role mapping. Everything a SCIM token does is confined to
// the organisation it belongs to; de-provisioning ends every session of the person at once.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow, UserRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import * as accounts from '../accounts/service.js';
import { revokeTokensOfUser } from '../api-tokens/service.js';
import { idsAtOrBelow } from '../organisations/service.js';
import { groupRoleMappingsOf } from '../sso/service.js';
import { type Projection, project } from './domain/attributes.js';
import { type Equality, equalityTerms, parseFilter } from './domain/filter.js';
import { applyGroupPatch, type GroupDraft, groupFromDocument, groupResource } from './domain/group-resource.js';
import { listResponse, pageOf } from './domain/paging.js';
import { parsePatch } from './domain/patch-operations.js';
import { parseGroupRoleMappings, provisionedRoleChanges, rolesForGroups } from './domain/role-mapping.js';
import { invalidFilter, invalidValue, notFound, uniqueness } from './domain/scim-error.js';
import { applyUserPatch, draftOf, type UserDraft, userFromDocument, userResource } from './domain/user-resource.js';
import * as store from './store.js';

export interface ScimContext extends RequestContext {
  /** The organisation the SCIM token belongs to: the only one it can touch. */
  org: OrganisationRow;
  /** '<origin>/scim/v2', where the resources' locations point. */
  baseUrl: string;
}

export interface ListQuery {
  filter?: unknown;
  startIndex?: unknown;
  count?: unknown;
}

// ── users ───────────────────────────────────────────────────────────────────

/** Provisions a person: a new account, or an existing one of this organisation's people, linked. */
export async function createUser(ctx: ScimContext, body: unknown) {
  const wanted = userFromDocument(body);
  const account = await inTransaction(ctx.db, async (tx) => {
    const existing = await accounts.findAccountWithEmail(tx, wanted.userName);
    if (existing) {
      await assertLinkable(ctx, tx, existing);
      await saveAccount(ctx, tx, existing, wanted, 'scim.user-link');
      await store.addToRoster(tx, ctx.org.id, existing.id, ctx.now.toISOString());
      return accounts.findAccountAmong(tx, store.rosterQuery(tx, ctx.org.id), existing.id);
    }
    return provisionNewAccount(ctx, tx, wanted);
  });
  return userResource(account!, ctx.baseUrl);
}

export async function getUser(ctx: ScimContext, userId: string, projection: Projection) {
  const account = await accounts.findAccountAmong(ctx.db, store.rosterQuery(ctx.db, ctx.org.id), userId);
  if (!account) throw userNotFound(userId);
  return project(userResource(account, ctx.baseUrl), projection);
}

export async function listUsers(ctx: ScimContext, query: ListQuery, projection: Projection) {
  const page = pageOf(query);
  const criteria = userCriteria(query.filter);
  if (!criteria) return listResponse([], 0, page);
  const rows = await accounts.accountsAmong(ctx.db, store.rosterQuery(ctx.db, ctx.org.id), criteria, page.startIndex - 1, page.count);
  const total = await accounts.countAccountsAmong(ctx.db, store.rosterQuery(ctx.db, ctx.org.id), criteria);
  return listResponse(rows.map((r) => project(userResource(r, ctx.baseUrl), projection)), total, page);
}

/** PUT: the account becomes what the document says (active stays as it is when not given). */
export async function replaceUser(ctx: ScimContext, userId: string, body: unknown) {
  return changeUser(ctx, userId, (current) => userFromDocument(body, current));
}

/** PATCH: Entra ID's way of changing attributes and of de-provisioning ({active: false}). */
export async function patchUser(ctx: ScimContext, userId: string, body: unknown) {
  const operations = parsePatch(body);
  return changeUser(ctx, userId, (current) => applyUserPatch(current, operations));
}

/**
 * DELETE: de-provisions the person for good in this organisation. The account is deactivated (it
 * stays, so the audit trail keeps naming who did what), every session and personal token ends, and
 * their roles here and their groups go.
 */
export async function deleteUser(ctx: ScimContext, userId: string): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const user = await provisionedUser(ctx, tx, userId);
    const rolesBefore = (await accounts.rolesWithSource(tx, userId, ctx.org.id)).map((r) => r.role);
    if (!user.deactivated_at) {
      await accounts.updateAccount(tx, user.id, user.version, { deactivated_at: ctx.now.toISOString(), updated_at: ctx.now.toISOString() });
    }
    const ended = await endAccess(ctx, tx, user.id);
    const rolesRemoved = await accounts.removeRolesIn(tx, user.id, await idsAtOrBelow(tx, ctx.org));
    await store.removeFromOrganisationGroups(tx, ctx.org.id, user.id);
    await recordAudit(
      tx,
      ctx.actor,
      { action: 'scim.user-delete', entityType: 'user', entityId: user.id, orgId: ctx.org.id, before: { ...draftOf(user), roles: rolesBefore }, after: { active: false, ...ended, rolesRemoved } },
      ctx.now,
    );
  });
}

async function changeUser(ctx: ScimContext, userId: string, change: (current: UserDraft) => UserDraft) {
  const account = await inTransaction(ctx.db, async (tx) => {
    const user = await provisionedUser(ctx, tx, userId);
    await saveAccount(ctx, tx, user, change(draftOf(user)), 'scim.user-update');
    return accounts.findAccountAmong(tx, store.rosterQuery(tx, ctx.org.id), userId);
  });
  return userResource(account!, ctx.baseUrl);
}

async function provisionNewAccount(ctx: ScimContext, tx: Db, wanted: UserDraft) {
  const at = ctx.now.toISOString();
  // No password: a provisioned person signs in through the organisation's single sign-on.
  const row: UserRow = {
    ...accounts.newUserRow(randomUUID(), wanted.userName, wanted.name, null, ctx.now),
    external_id: wanted.externalId,
    managed_by: 'scim',
    deactivated_at: wanted.active ? null : at,
  };
  await accounts.insertAccount(tx, row);
  await store.addToRoster(tx, ctx.org.id, row.id, ctx.now.toISOString());
  await recordAudit(tx, ctx.actor, { action: 'scim.user-create', entityType: 'user', entityId: row.id, orgId: ctx.org.id, after: wanted }, ctx.now);
  return row;
}

/**
 * An account that already exists may be taken under this organisation's directory only when it is
 * plainly one of its people: every role it holds is here (or at a site below), and none is system
 * administrator. An account provisioned and then deleted by a directory, with no password and no
 * roles anywhere, belongs to nobody and may be provisioned again. Anything else is another
 * organisation's person, and a SCIM token must never take them over.
 */
async function assertLinkable(ctx: ScimContext, tx: Db, existing: UserRow): Promise<void> {
  const rosters = await store.rosterOrganisationsOf(tx, existing.id);
  if (rosters.includes(ctx.org.id)) throw uniqueness(`A user with userName ${existing.email} is already provisioned (id ${existing.id}).`);
  if (rosters.length) throw uniqueness(`An account with userName ${existing.email} is provisioned by another organisation’s directory.`);
  const grants = await accounts.grantsForUser(tx, existing.id);
  const ours = grants.length > 0 && grants.every((g) => g.role !== 'system-admin' && g.org.path.startsWith(ctx.org.path));
  const orphan = grants.length === 0 && existing.managed_by === 'scim' && !existing.password_hash;
  if (!ours && !orphan) {
    throw uniqueness(`An account with userName ${existing.email} already exists and has roles outside ${ctx.org.name} (or none here), so this organisation’s directory cannot take it over. Ask a Bulwark administrator.`);
  }
}

/**
 * Stores the account's new attributes and active state, and records each kind of change:
 * de-provisioning ends every login session and personal API token at once.
 */
async function saveAccount(ctx: ScimContext, tx: Db, user: UserRow, next: UserDraft, action: 'scim.user-link' | 'scim.user-update'): Promise<void> {
  const before = draftOf(user);
  const linking = action === 'scim.user-link';
  const attributesChanged = before.userName !== next.userName || before.name !== next.name || before.externalId !== next.externalId;
  if (!attributesChanged && !linking && before.active === next.active) return;
  if (next.userName !== before.userName) {
    const holder = await accounts.findAccountWithEmail(tx, next.userName);
    if (holder && holder.id !== user.id) throw uniqueness(`Another account already has userName ${next.userName}.`);
  }
  const at = ctx.now.toISOString();
  await accounts.updateAccount(tx, user.id, user.version, {
    email: next.userName,
    name: next.name,
    external_id: next.externalId,
    deactivated_at: next.active ? null : (user.deactivated_at ?? at),
    updated_at: at,
    ...(linking ? { managed_by: 'scim' } : {}),
  });
  const entity = { entityType: 'user', entityId: user.id, orgId: ctx.org.id };
  if (attributesChanged || linking) {
    const { active: _before, ...was } = before;
    const { active: _after, ...now } = next;
    await recordAudit(tx, ctx.actor, { action, ...entity, before: was, after: now }, ctx.now);
  }
  if (before.active && !next.active) {
    const ended = await endAccess(ctx, tx, user.id);
    await recordAudit(tx, ctx.actor, { action: 'scim.user-deactivate', ...entity, before: { active: true }, after: { active: false, ...ended } }, ctx.now);
  } else if (!before.active && next.active) {
    await recordAudit(tx, ctx.actor, { action: 'scim.user-reactivate', ...entity, before: { active: false }, after: { active: true } }, ctx.now);
  }
}

/** Ends every login session and revokes every personal API token of the person, at once. */
async function endAccess(ctx: ScimContext, tx: Db, userId: string) {
  const sessionsEnded = await accounts.endSessionsOf(tx, userId);
  const tokensRevoked = await revokeTokensOfUser(tx, userId, ctx.now.toISOString());
  return { sessionsEnded, tokensRevoked };
}

async function provisionedUser(ctx: ScimContext, tx: Db, userId: string): Promise<UserRow> {
  const provisioned = await accounts.findAccountAmong(tx, store.rosterQuery(tx, ctx.org.id), userId);
  const user = provisioned && (await accounts.findAccount(tx, userId));
  if (!user) throw userNotFound(userId);
  return user;
}

function userNotFound(userId: string) {
  return notFound(`There is no provisioned user with id ${userId} in this organisation.`);
}

/** What a user filter asks for; null when it cannot match anyone (the same attribute equal to two values). */
function userCriteria(filter: unknown): accounts.AccountCriteria | null {
  return criteriaFrom(filter, 'userName, externalId and id', (term, criteria) => {
    const value = textValue(term);
    if (term.path === 'username' || term.path === 'emails.value' || term.path === 'emails') return set(criteria, 'email', value.toLowerCase());
    if (term.path === 'externalid') return set(criteria, 'externalId', value);
    if (term.path === 'id') return set(criteria, 'id', value);
    return undefined;
  });
}

// ── groups ──────────────────────────────────────────────────────────────────

export async function createGroup(ctx: ScimContext, body: unknown) {
  const wanted = groupFromDocument(body);
  const group = await inTransaction(ctx.db, async (tx) => {
    await assertGroupNameFree(ctx, tx, wanted.displayName, null);
    await assertProvisioned(ctx, tx, wanted.members);
    const at = ctx.now.toISOString();
    const row: store.GroupRow = { id: randomUUID(), org_id: ctx.org.id, display_name: wanted.displayName, external_id: wanted.externalId, created_at: at, updated_at: at, version: 1 };
    await store.insertGroup(tx, row);
    await store.addMembers(tx, row.id, wanted.members);
    await recordAudit(tx, ctx.actor, { action: 'scim.group-create', entityType: 'scim-group', entityId: row.id, orgId: ctx.org.id, after: wanted }, ctx.now);
    await syncProvisionedRoles(ctx, tx, wanted.members);
    return row;
  });
  return groupWithMembers(ctx, group, true);
}

export async function getGroup(ctx: ScimContext, groupId: string, projection: Projection) {
  const group = await store.findGroup(ctx.db, ctx.org.id, { id: groupId });
  if (!group) throw groupNotFound(groupId);
  return project(await groupWithMembers(ctx, group, !excludesMembers(projection)), projection);
}

export async function listGroups(ctx: ScimContext, query: ListQuery, projection: Projection) {
  const page = pageOf(query);
  const criteria = groupCriteria(query.filter);
  if (!criteria) return listResponse([], 0, page);
  const rows = await store.groups(ctx.db, ctx.org.id, criteria, page.startIndex - 1, page.count);
  const total = await store.countGroups(ctx.db, ctx.org.id, criteria);
  const members = excludesMembers(projection) ? null : await membersOfGroups(ctx.db, rows.map((r) => r.id));
  const resources = rows.map((group) =>
    project(groupResource(group, members ? members.filter((m) => m.group_id === group.id) : null, ctx.baseUrl), projection),
  );
  return listResponse(resources, total, page);
}

export async function replaceGroup(ctx: ScimContext, groupId: string, body: unknown) {
  const wanted = groupFromDocument(body);
  return changeGroup(ctx, groupId, () => wanted);
}

/** PATCH: how Entra ID renames groups and adds and removes members. */
export async function patchGroup(ctx: ScimContext, groupId: string, body: unknown) {
  const operations = parsePatch(body);
  return changeGroup(ctx, groupId, (current) => applyGroupPatch(current, operations));
}

export async function deleteGroup(ctx: ScimContext, groupId: string): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const group = await store.findGroup(tx, ctx.org.id, { id: groupId });
    if (!group) throw groupNotFound(groupId);
    const members = await store.memberIdsOf(tx, group.id);
    await store.deleteGroup(tx, group);
    await recordAudit(
      tx,
      ctx.actor,
      { action: 'scim.group-delete', entityType: 'scim-group', entityId: group.id, orgId: ctx.org.id, before: { displayName: group.display_name, externalId: group.external_id, members } },
      ctx.now,
    );
    await syncProvisionedRoles(ctx, tx, members);
  });
}

async function changeGroup(ctx: ScimContext, groupId: string, change: (current: GroupDraft) => GroupDraft) {
  const group = await inTransaction(ctx.db, async (tx) => {
    const group = await store.findGroup(tx, ctx.org.id, { id: groupId });
    if (!group) throw groupNotFound(groupId);
    const current: GroupDraft = { displayName: group.display_name, externalId: group.external_id, members: await store.memberIdsOf(tx, group.id) };
    const next = change(current);
    const was = new Set(current.members);
    const added = next.members.filter((id) => !was.has(id));
    const removed = current.members.filter((id) => !next.members.includes(id));
    const renamed = next.displayName !== current.displayName || next.externalId !== current.externalId;
    if (!renamed && !added.length && !removed.length) return group;

    if (next.displayName.toLowerCase() !== current.displayName.toLowerCase()) await assertGroupNameFree(ctx, tx, next.displayName, group.id);
    await assertProvisioned(ctx, tx, added);
    await store.updateGroup(tx, group, { display_name: next.displayName, external_id: next.externalId, updated_at: ctx.now.toISOString() });
    await store.addMembers(tx, group.id, added);
    await store.removeMembers(tx, group.id, removed);
    await recordAudit(
      tx,
      ctx.actor,
      {
        action: 'scim.group-update',
        entityType: 'scim-group',
        entityId: group.id,
        orgId: ctx.org.id,
        before: { displayName: current.displayName, externalId: current.externalId },
        after: { displayName: next.displayName, externalId: next.externalId, membersAdded: added, membersRemoved: removed },
      },
      ctx.now,
    );
    // A new name or external id can match a different mapping, so then every member is looked at again.
    await syncProvisionedRoles(ctx, tx, renamed ? [...new Set([...current.members, ...next.members])] : [...added, ...removed]);
    return (await store.findGroup(tx, ctx.org.id, { id: group.id }))!;
  });
  return groupWithMembers(ctx, group, true);
}

/** The members of several groups with their names, in name order (as the resources list them). */
async function membersOfGroups(db: Db, groupIds: readonly string[]): Promise<{ group_id: string; id: string; name: string }[]> {
  if (!groupIds.length) return [];
  const [memberships, people] = await Promise.all([store.membershipsOfGroups(db, groupIds), accounts.namesAmong(db, store.membersQuery(db, groupIds))]);
  const groupsOf = new Map<string, string[]>();
  for (const m of memberships) groupsOf.set(m.user_id, [...(groupsOf.get(m.user_id) ?? []), m.group_id]);
  return people.flatMap((person) => (groupsOf.get(person.id) ?? []).map((group_id) => ({ group_id, id: person.id, name: person.name })));
}

async function groupWithMembers(ctx: ScimContext, group: store.GroupRow, withMembers: boolean) {
  const members = withMembers ? await membersOfGroups(ctx.db, [group.id]) : null;
  return groupResource(group, members, ctx.baseUrl);
}

async function assertGroupNameFree(ctx: ScimContext, tx: Db, displayName: string, exceptId: string | null) {
  const holder = await store.findGroup(tx, ctx.org.id, { displayName });
  if (holder && holder.id !== exceptId) throw uniqueness(`A group named "${displayName}" already exists (id ${holder.id}).`);
}

/** Members must be people this organisation's directory provisions. */
async function assertProvisioned(ctx: ScimContext, tx: Db, userIds: string[]) {
  if (!userIds.length) return;
  const known = new Set(await store.rosterAmong(tx, ctx.org.id, userIds));
  const unknown = userIds.filter((id) => !known.has(id));
  if (unknown.length) throw invalidValue(`These members are not users provisioned in this organisation: ${unknown.join(', ')}.`);
}

function groupNotFound(groupId: string) {
  return notFound(`There is no group with id ${groupId} in this organisation.`);
}

function excludesMembers(projection: Projection): boolean {
  return projection.excluded.includes('members') || (projection.attributes.length > 0 && !projection.attributes.includes('members'));
}

function groupCriteria(filter: unknown): store.GroupCriteria | null {
  return criteriaFrom(filter, 'displayName, externalId, id and members[value eq "…"]', (term, criteria) => {
    const value = textValue(term);
    if (term.path === 'displayname') return set(criteria, 'displayName', value);
    if (term.path === 'externalid') return set(criteria, 'externalId', value);
    if (term.path === 'id') return set(criteria, 'id', value);
    if (term.path === 'members.value') return set(criteria, 'memberId', value);
    return undefined;
  });
}

// ── roles from groups ───────────────────────────────────────────────────────

/**
 * Recomputes the roles each person's groups give them in this organisation, through the mapping on
 * the organisation's SSO connection. Only roles provisioning granted are taken away; roles an
 * administrator granted stay.
 */
async function syncProvisionedRoles(ctx: ScimContext, tx: Db, userIds: readonly string[]): Promise<void> {
  if (!userIds.length) return;
  const mapping = parseGroupRoleMappings(await groupRoleMappingsOf(tx, ctx.org.id));
  for (const userId of userIds) {
    const groups = await store.groupsOfMember(tx, ctx.org.id, userId);
    const wanted = rolesForGroups(mapping, groups.map((g) => ({ displayName: g.display_name, externalId: g.external_id })));
    const held = await accounts.rolesWithSource(tx, userId, ctx.org.id);
    const { grant, revoke } = provisionedRoleChanges(wanted, held);
    if (!grant.length && !revoke.length) continue;
    for (const role of grant) await accounts.grantRoleFrom(tx, userId, ctx.org.id, role, 'scim', ctx.now);
    for (const role of revoke) await accounts.revokeRoleFrom(tx, userId, ctx.org.id, role, 'scim');
    // A directory group can make someone an administrator: their sessions without a second factor end.
    if (grant.length) await accounts.requireSecondFactorForNewRoles(tx, userId, null);
    const after = (await accounts.rolesWithSource(tx, userId, ctx.org.id)).map((r) => r.role);
    await recordAudit(
      tx,
      ctx.actor,
      { action: 'scim.roles', entityType: 'user', entityId: userId, orgId: ctx.org.id, before: { roles: held.map((r) => r.role) }, after: { roles: after, granted: grant, revoked: revoke } },
      ctx.now,
    );
  }
}

// ── filters ─────────────────────────────────────────────────────────────────

/**
 * Turns a filter into lookup criteria through `take`, which returns the criteria, null when the
 * filter can match nothing, or undefined for an attribute it cannot look up.
 */
function criteriaFrom<C extends object>(filter: unknown, supported: string, take: (term: Equality, criteria: C) => C | null | undefined): C | null {
  if (filter === undefined || filter === '') return {} as C;
  if (typeof filter !== 'string') throw invalidFilter('Give one filter.');
  const terms = equalityTerms(parseFilter(filter));
  if (!terms) throw invalidFilter(`Bulwark answers filters of the form attribute eq "value", joined by and, on ${supported}.`);
  let criteria = {} as C;
  for (const term of terms) {
    const next = take(term, criteria);
    if (next === undefined) throw invalidFilter(`Bulwark cannot filter on "${term.path}"; it can on ${supported}.`);
    if (next === null) return null;
    criteria = next;
  }
  return criteria;
}

/** Sets a criterion; null when the same attribute is already required to equal something else. */
function set<C extends object, K extends keyof C>(criteria: C, key: K, value: C[K]): C | null {
  if (criteria[key] !== undefined && criteria[key] !== value) return null;
  return { ...criteria, [key]: value };
}

function textValue(term: Equality): string {
  if (typeof term.value !== 'string') throw invalidFilter(`Compare "${term.path}" with text in double quotes.`);
  return term.value;
}
