// Tables of SCIM provisioning: each organisation's directory groups and their members, and its
// roster (scim_provisioned: the people the organisation's directory provisions), and the group-to-role
// mapping held on the organisation's SSO connections. Provisioned roles go through the accounts store.
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { UserRow } from '../../platform/db/schema.js';
import { pathUpperBound } from '../../platform/db/tree-path.js';
import { Conflict } from '../../platform/errors.js';

// ── the roster: who the organisation's directory provisions ─────────────────

export async function addToRoster(db: Db, orgId: string, userId: string, at: string) {
  await db.insertInto('scim_provisioned').values({ org_id: orgId, user_id: userId, created_at: at }).onConflict((oc) => oc.columns(['org_id', 'user_id']).doNothing()).execute();
}

/** The organisations whose directory provisions this account (at most one, in practice). */
export async function rosterOrganisationsOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('scim_provisioned').select('org_id').where('user_id', '=', userId).execute();
  return rows.map((r) => r.org_id);
}

/** Takes the person out of every group of the organisation, the roster included. */
export async function removeFromOrganisationGroups(db: Db, orgId: string, userId: string) {
  await db.deleteFrom('scim_provisioned').where('org_id', '=', orgId).where('user_id', '=', userId).execute();
  await db
    .deleteFrom('scim_group_members')
    .where('user_id', '=', userId)
    .where('group_id', 'in', (eb) => eb.selectFrom('scim_groups').select('id').where('org_id', '=', orgId))
    .execute();
}

// ── provisioned accounts ────────────────────────────────────────────────────

export type ProvisionedRow = Pick<UserRow, 'id' | 'email' | 'name' | 'external_id' | 'deactivated_at' | 'created_at' | 'updated_at' | 'version'>;

export interface AccountCriteria {
  id?: string;
  email?: string;
  externalId?: string;
}

function provisionedQuery(db: Db, orgId: string, criteria: AccountCriteria) {
  let query = db
    .selectFrom('users')
    .innerJoin('scim_provisioned', 'scim_provisioned.user_id', 'users.id')
    .where('scim_provisioned.org_id', '=', orgId);
  if (criteria.id !== undefined) query = query.where('users.id', '=', criteria.id);
  if (criteria.email !== undefined) query = query.where('users.email', '=', criteria.email);
  if (criteria.externalId !== undefined) query = query.where('users.external_id', '=', criteria.externalId);
  return query;
}

const ACCOUNT_COLUMNS = ['users.id', 'users.email', 'users.name', 'users.external_id', 'users.deactivated_at', 'users.created_at', 'users.updated_at', 'users.version'] as const;

export async function findProvisioned(db: Db, orgId: string, userId: string): Promise<ProvisionedRow | undefined> {
  return provisionedQuery(db, orgId, { id: userId }).select(ACCOUNT_COLUMNS).executeTakeFirst();
}

export async function provisionedAccounts(db: Db, orgId: string, criteria: AccountCriteria, offset: number, limit: number): Promise<ProvisionedRow[]> {
  if (limit === 0) return [];
  return provisionedQuery(db, orgId, criteria).select(ACCOUNT_COLUMNS).orderBy('users.created_at').orderBy('users.id').offset(offset).limit(limit).execute();
}

export async function countProvisioned(db: Db, orgId: string, criteria: AccountCriteria): Promise<number> {
  const row = await provisionedQuery(db, orgId, criteria)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Of the ids given, those the organisation's directory provisions, with their names. */
export async function provisionedAmong(db: Db, orgId: string, userIds: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (!userIds.length) return [];
  return db
    .selectFrom('users')
    .innerJoin('scim_provisioned', 'scim_provisioned.user_id', 'users.id')
    .select(['users.id', 'users.name'])
    .where('scim_provisioned.org_id', '=', orgId)
    .where('users.id', 'in', [...userIds])
    .execute();
}

// ── directory groups ────────────────────────────────────────────────────────

export interface GroupRow {
  id: string;
  org_id: string;
  display_name: string;
  external_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface GroupCriteria {
  id?: string;
  displayName?: string;
  externalId?: string;
  memberId?: string;
}

function groupQuery(db: Db, orgId: string, criteria: GroupCriteria) {
  let query = db.selectFrom('scim_groups').where('scim_groups.org_id', '=', orgId);
  if (criteria.id !== undefined) query = query.where('scim_groups.id', '=', criteria.id);
  // Names are unique in an organisation whatever their case, as directories treat them.
  if (criteria.displayName !== undefined) query = query.where(sql`lower(scim_groups.display_name)`, '=', criteria.displayName.toLowerCase());
  if (criteria.externalId !== undefined) query = query.where('scim_groups.external_id', '=', criteria.externalId);
  if (criteria.memberId !== undefined) {
    const memberId = criteria.memberId;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('scim_group_members').select('user_id').whereRef('scim_group_members.group_id', '=', 'scim_groups.id').where('scim_group_members.user_id', '=', memberId)),
    );
  }
  return query;
}

export async function findGroup(db: Db, orgId: string, criteria: GroupCriteria): Promise<GroupRow | undefined> {
  return groupQuery(db, orgId, criteria).selectAll('scim_groups').executeTakeFirst();
}

export async function groups(db: Db, orgId: string, criteria: GroupCriteria, offset: number, limit: number): Promise<GroupRow[]> {
  if (limit === 0) return [];
  return groupQuery(db, orgId, criteria).selectAll('scim_groups').orderBy('scim_groups.created_at').orderBy('scim_groups.id').offset(offset).limit(limit).execute();
}

export async function countGroups(db: Db, orgId: string, criteria: GroupCriteria): Promise<number> {
  const row = await groupQuery(db, orgId, criteria)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertGroup(db: Db, row: GroupRow) {
  await db.insertInto('scim_groups').values(row).execute();
}

/** Optimistic lock, as for accounts: the update applies only if nobody changed the group since it was read. */
export async function updateGroup(db: Db, group: GroupRow, patch: { display_name: string; external_id: string | null; updated_at: string }) {
  const r = await db
    .updateTable('scim_groups')
    .set({ ...patch, version: group.version + 1 })
    .where('id', '=', group.id)
    .where('org_id', '=', group.org_id)
    .where('version', '=', group.version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new Conflict('This group was changed by another request at the same time. Try again.');
}

export async function deleteGroup(db: Db, group: GroupRow) {
  await db.deleteFrom('scim_group_members').where('group_id', '=', group.id).execute();
  await db.deleteFrom('scim_groups').where('id', '=', group.id).where('org_id', '=', group.org_id).execute();
}

export async function memberIdsOf(db: Db, groupId: string): Promise<string[]> {
  const rows = await db.selectFrom('scim_group_members').select('user_id').where('group_id', '=', groupId).execute();
  return rows.map((r) => r.user_id);
}

/** The members of several groups, with names, in one query. */
export async function membersOfGroups(db: Db, groupIds: readonly string[]): Promise<{ group_id: string; id: string; name: string }[]> {
  if (!groupIds.length) return [];
  return db
    .selectFrom('scim_group_members')
    .innerJoin('users', 'users.id', 'scim_group_members.user_id')
    .select(['scim_group_members.group_id', 'users.id', 'users.name'])
    .where('scim_group_members.group_id', 'in', [...groupIds])
    .orderBy('users.name')
    .execute();
}

export async function addMembers(db: Db, groupId: string, userIds: readonly string[]) {
  if (!userIds.length) return;
  await db
    .insertInto('scim_group_members')
    .values(userIds.map((user_id) => ({ group_id: groupId, user_id })))
    .onConflict((oc) => oc.columns(['group_id', 'user_id']).doNothing())
    .execute();
}

export async function removeMembers(db: Db, groupId: string, userIds: readonly string[]) {
  if (!userIds.length) return;
  await db.deleteFrom('scim_group_members').where('group_id', '=', groupId).where('user_id', 'in', [...userIds]).execute();
}

/** The organisation's groups the person is in. */
export async function groupsOfMember(db: Db, orgId: string, userId: string): Promise<{ display_name: string; external_id: string | null }[]> {
  return groupQuery(db, orgId, { memberId: userId }).select(['scim_groups.display_name', 'scim_groups.external_id']).execute();
}

// ── roles from groups ───────────────────────────────────────────────────────

/** The organisation's group-to-role mappings, as its single sign-on connections store them. */
export async function groupRoleMappingsOf(db: Db, orgId: string): Promise<string[]> {
  const rows = await db.selectFrom('sso_connections').select('group_roles_json').where('org_id', '=', orgId).execute();
  return rows.map((r) => r.group_roles_json);
}

/** Removes every role the person holds in the organisation and its sites, however it was granted. */
export async function deleteRolesAtOrBelow(db: Db, orgPath: string, userId: string): Promise<number> {
  const r = await db
    .deleteFrom('memberships')
    .where('user_id', '=', userId)
    .where('org_id', 'in', (eb) => eb.selectFrom('organisations').select('id').where('path', '>=', orgPath).where('path', '<', pathUpperBound(orgPath)))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
