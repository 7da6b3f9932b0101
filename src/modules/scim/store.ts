// Tables of SCIM provisioning: each organisation's directory groups and their members, and its
// roster (scim_provisioned: the people the organisation's directory provisions). Accounts, roles and
// the group-to-role mapping on the SSO connections belong to other modules, reached through their services.
import { type Selectable, sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { ScimGroupTable } from '../../platform/db/schema.js';
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

/** The roster as a query of user ids: the accounts module looks accounts up among them. */
export function rosterQuery(db: Db, orgId: string) {
  return db.selectFrom('scim_provisioned').select('user_id').where('org_id', '=', orgId);
}

/** Of the ids given, those the organisation's directory provisions. */
export async function rosterAmong(db: Db, orgId: string, userIds: readonly string[]): Promise<string[]> {
  if (!userIds.length) return [];
  const rows = await rosterQuery(db, orgId).where('user_id', 'in', [...userIds]).execute();
  return rows.map((r) => r.user_id);
}

// ── directory groups ────────────────────────────────────────────────────────

export type GroupRow = Selectable<ScimGroupTable>;

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

/** Who is in each of several groups, in one query. */
export async function membershipsOfGroups(db: Db, groupIds: readonly string[]): Promise<{ group_id: string; user_id: string }[]> {
  if (!groupIds.length) return [];
  return db.selectFrom('scim_group_members').select(['group_id', 'user_id']).where('group_id', 'in', [...groupIds]).execute();
}

/** The members of several groups as a query of user ids: the accounts module looks their names up. */
export function membersQuery(db: Db, groupIds: readonly string[]) {
  return db.selectFrom('scim_group_members').select('user_id').where('group_id', 'in', [...groupIds]);
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
