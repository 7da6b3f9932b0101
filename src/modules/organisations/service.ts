// What people do with the organisation tree: find, add, change and list organisations.
import { randomUUID } from 'node:crypto';
import type { MyOrganisation } from '../../contract/accounts.js';
import type { Organisation, OrganisationPage } from '../../contract/organisations.js';
import { type Actor, recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, NotFound, ValidationFailed } from '../../platform/errors.js';
import { permissionsIn } from '../../platform/policy/policy.js';
import type { OrgRef, Principal } from '../../platform/policy/principal.js';
import * as accounts from '../accounts/service.js';
import { checkOrganisation, flattenTree, type OrganisationInput } from './domain/organisation-rules.js';
import { ORGANISATION_TYPE_LABELS, type OrganisationType } from './domain/organisation-types.js';
import * as store from './store.js';

export type { OrganisationInput } from './domain/organisation-rules.js';
export { OVERSIGHT_TYPES } from './domain/organisation-types.js';

export interface ChangeContext {
  db: Db;
  actor: Actor;
  now: Date;
}

/** An organisation as the API shows it. */
export type OrganisationView = Organisation;

export function toView(row: OrganisationRow): OrganisationView {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    type: row.type,
    typeLabel: ORGANISATION_TYPE_LABELS[row.type as OrganisationType] ?? row.type,
    odsCode: row.ods_code,
    dsptCategory: row.dspt_category,
    mfaPolicy: row.mfa_policy === 'everyone' ? 'everyone' : 'privileged',
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function refOf(row: OrganisationRow): OrgRef {
  return { id: row.id, path: row.path, type: row.type };
}

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | undefined> {
  return store.findOrganisation(db, id);
}

export async function getOrganisation(db: Db, id: string): Promise<OrganisationRow> {
  const row = await store.findOrganisation(db, id);
  if (!row) throw new NotFound('There is no organisation with that id.');
  return row;
}

/** An organisation by id or ODS code, as the CLI's --org takes either; undefined when none matches. */
export async function findByIdOrOdsCode(db: Db, idOrOds: string): Promise<OrganisationRow | undefined> {
  return (await store.findOrganisation(db, idOrOds)) ?? (await store.findByOdsCode(db, idOrOds.trim().toUpperCase()));
}

export async function resolveOrganisation(db: Db, idOrOds: string): Promise<OrganisationRow> {
  const row = await findByIdOrOdsCode(db, idOrOds);
  if (!row) throw new NotFound(`No organisation has the id or ODS code "${idOrOds}".`);
  return row;
}

export async function findOrganisationsByName(db: Db, name: string): Promise<OrganisationRow[]> {
  return store.findByName(db, name);
}

export async function createOrganisation(ctx: ChangeContext, input: OrganisationInput, parent: OrganisationRow | null): Promise<OrganisationRow> {
  const checked = checkOrganisation(input, parent?.type ?? null);
  if (!checked.ok) throw new ValidationFailed('The organisation’s details need correcting.', checked.problems);
  const { value } = checked;
  return inTransaction(ctx.db, async (tx) => {
    await assertOdsCodeFree(tx, value.odsCode, null);
    const id = randomUUID();
    const at = ctx.now.toISOString();
    const row: OrganisationRow = {
      id,
      parent_id: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      name: value.name,
      type: value.type,
      ods_code: value.odsCode,
      dspt_category: value.dsptCategory,
      mfa_policy: 'privileged',
      created_at: at,
      updated_at: at,
      version: 1,
    };
    await store.insertOrganisation(tx, row);
    await recordAudit(tx, ctx.actor, { action: 'organisation.create', entityType: 'organisation', entityId: id, orgId: id, after: toView(row) }, ctx.now);
    return row;
  });
}

export interface OrganisationChange {
  name?: string | undefined;
  odsCode?: string | null | undefined;
  dsptCategory?: string | null | undefined;
  version: number;
}

export async function updateOrganisation(ctx: ChangeContext, orgId: string, change: OrganisationChange): Promise<OrganisationRow> {
  return inTransaction(ctx.db, async (tx) => {
    const before = await getOrganisation(tx, orgId);
    const parent = before.parent_id ? await getOrganisation(tx, before.parent_id) : null;
    const checked = checkOrganisation(
      {
        name: change.name ?? before.name,
        type: before.type,
        odsCode: change.odsCode === undefined ? before.ods_code : change.odsCode,
        dsptCategory: change.dsptCategory === undefined ? before.dspt_category : change.dsptCategory,
      },
      parent?.type ?? null,
    );
    if (!checked.ok) throw new ValidationFailed('The organisation’s details need correcting.', checked.problems);
    if (change.version !== before.version) {
      throw new Conflict('This organisation was changed by someone else since you loaded it. Reload and try again.');
    }
    await assertOdsCodeFree(tx, checked.value.odsCode, before.id);
    const patch = {
      name: checked.value.name,
      ods_code: checked.value.odsCode,
      dspt_category: checked.value.dsptCategory,
      updated_at: ctx.now.toISOString(),
    };
    await store.updateOrganisation(tx, before.id, before.version, patch);
    const after = { ...before, ...patch, version: before.version + 1 };
    await recordAudit(
      tx,
      ctx.actor,
      { action: 'organisation.update', entityType: 'organisation', entityId: before.id, orgId: before.id, before: toView(before), after: toView(after) },
      ctx.now,
    );
    return after;
  });
}

async function assertOdsCodeFree(db: Db, odsCode: string | null, exceptId: string | null) {
  if (!odsCode) return;
  const holder = await store.findByOdsCode(db, odsCode);
  if (holder && holder.id !== exceptId) {
    throw new ValidationFailed('The organisation’s details need correcting.', [
      { field: 'odsCode', message: `ODS code ${odsCode} is already used by ${holder.name}` },
    ]);
  }
}

/** The organisation and everything below it, depth-first, siblings by name. */
export async function treeBelow(db: Db, org: OrganisationRow): Promise<Array<OrganisationView & { depth: number }>> {
  const rows = await store.subtree(db, org.path);
  return flattenTree(rows, org.id).map((r) => ({ ...toView(r), depth: r.depth }));
}

export async function ancestorsOf(db: Db, org: OrganisationRow): Promise<Array<{ id: string; name: string }>> {
  const ids = org.path.split('/').filter((id) => id && id !== org.id);
  const rows = await store.byFewIds(db, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ id: r.id, name: r.name }] : [];
  });
}

/** Every organisation, each root's tree in turn (roots by name), depth-first. */
export async function treeOfEverything(db: Db): Promise<Array<OrganisationView & { depth: number }>> {
  const rows = await store.allOrganisations(db);
  const roots = rows.filter((r) => r.parent_id === null).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return roots.flatMap((root) => flattenTree(rows, root.id).map((r) => ({ ...toView(r), depth: r.depth })));
}

/** One organisation as its page shows it: where it sits, what is in it, and what the person may do there. */
export async function organisationPage(db: Db, principal: Principal, org: OrganisationRow): Promise<OrganisationPage> {
  const ref = refOf(org);
  const [ancestors, below, members] = await Promise.all([ancestorsOf(db, org), store.countBelow(db, org.path), accounts.countMembers(db, org.id)]);
  return {
    ...toView(org),
    ancestors,
    roles: [...principal.rolesAt(ref)],
    permissions: permissionsIn(principal, ref),
    counts: { members, subOrganisations: below },
  };
}

/** The paths not below another in the list: a subtree read for each covers them all once. */
function topmostPaths(paths: string[]): string[] {
  const unique = [...new Set(paths)];
  return unique.filter((p) => !unique.some((other) => other !== p && p.startsWith(other)));
}

/**
 * Every organisation the person can see, for the organisation switcher: those they hold roles in and
 * everything below them (everything, for a system administrator), parents before children.
 */
export async function visibleTo(db: Db, principal: Principal): Promise<MyOrganisation[]> {
  const visible = principal.isSystemAdmin
    ? await store.allOrganisations(db)
    : (await Promise.all(topmostPaths(principal.grants.map((g) => g.org.path)).map((path) => store.subtree(db, path)))).flat();
  const unique = [...new Map(visible.map((o) => [o.id, o])).values()].sort((a, b) => a.path.localeCompare(b.path));
  const depthOf = (o: OrganisationRow) => o.path.split('/').length;
  const minDepth = Math.min(...unique.map(depthOf));
  return unique.map((o) => {
    const ref = refOf(o);
    const roles = [...principal.rolesAt(ref)];
    return {
      id: o.id,
      name: o.name,
      type: o.type,
      typeLabel: toView(o).typeLabel,
      odsCode: o.ods_code,
      parentId: o.parent_id,
      depth: depthOf(o) - minDepth,
      roles,
      access: roles.length ? 'member' : principal.oversees(ref) ? 'oversight' : 'system',
    };
  });
}

/** The names of the organisations with these ids, so records can show names rather than ids. */
export async function organisationNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const rows = await store.byFewIds(db, [...new Set(ids)]);
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The organisations with these ids, ordered by name (the database's order, as an ORDER BY on it would give). */
export async function namesInOrder(db: Db, ids: string[]): Promise<{ id: string; name: string }[]> {
  return store.namesByName(db, [...new Set(ids)]);
}

/** The ids of the organisation and of everything below it. */
export async function idsAtOrBelow(db: Db, org: OrganisationRow): Promise<string[]> {
  return (await store.subtree(db, org.path)).map((row) => row.id);
}

// ── the second-factor setting, which the mfa module decides and this module's table holds ──

/** Who must use a second factor in each of these organisations ('privileged' or 'everyone'), with their types. */
export async function mfaPoliciesOf(db: Db, ids: string[]): Promise<{ id: string; type: string; mfaPolicy: string }[]> {
  return (await store.mfaPolicies(db, [...new Set(ids)])).map((row) => ({ id: row.id, type: row.type, mfaPolicy: row.mfa_policy }));
}

/** Stores who must use a second factor here and moves the organisation's version on; returns the new version. */
export async function changeMfaPolicy(db: Db, orgId: string, policy: string, at: string): Promise<number> {
  return store.setMfaPolicy(db, orgId, policy, at);
}

export { organisationsImport } from './organisations-import.js';
