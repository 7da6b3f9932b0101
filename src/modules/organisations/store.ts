// Tables of the organisations module: the organisation tree.
import type { Db } from '../../platform/db/database.js';
import type { NewOrganisationRow, OrganisationRow } from '../../platform/db/schema.js';
import { Conflict } from '../../platform/errors.js';
import { precompiled } from '../../platform/db/precompiled.js';
import { atOrBelow, pathUpperBound } from '../../platform/db/tree-path.js';

// Every organisational request looks its organisation up, so this query is compiled once.
const organisationById = precompiled((db) => db.selectFrom('organisations').selectAll().where('id', '=', '(organisation id)'));

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | undefined> {
  return (await organisationById(db, [id]))[0];
}

export async function findByOdsCode(db: Db, odsCode: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('ods_code', '=', odsCode).executeTakeFirst();
}

export async function findByName(db: Db, name: string): Promise<OrganisationRow[]> {
  return db.selectFrom('organisations').selectAll().where('name', '=', name).execute();
}

export async function insertOrganisation(db: Db, row: NewOrganisationRow): Promise<void> {
  await db.insertInto('organisations').values(row).execute();
}

export async function updateOrganisation(
  db: Db,
  id: string,
  version: number,
  patch: Partial<Pick<OrganisationRow, 'name' | 'ods_code' | 'dspt_category' | 'updated_at'>>,
): Promise<void> {
  const r = await db
    .updateTable('organisations')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) {
    throw new Conflict('This organisation was changed by someone else since you loaded it. Reload and try again.');
  }
}

/** The organisation and everything below it, ordered so that each parent comes before its children. */
export async function subtree(db: Db, path: string): Promise<OrganisationRow[]> {
  return db.selectFrom('organisations').selectAll().where((eb) => atOrBelow(eb, path)).orderBy('path').execute();
}

const countStrictlyBelow = precompiled((db) =>
  db
    .selectFrom('organisations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('path', '>', '(path)')
    .where('path', '<', '(upper bound)'),
);

export async function countBelow(db: Db, path: string): Promise<number> {
  const [row] = await countStrictlyBelow(db, [path, pathUpperBound(path)]);
  return Number(row!.n);
}

// Ancestors come from the path, so their number is the depth: one compiled query per depth.
const organisationsByIdCount = new Map<number, ReturnType<typeof precompiled<OrganisationRow>>>();

/** The organisations with these ids; for the short lists on every request (ancestors). */
export async function byFewIds(db: Db, ids: string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  let query = organisationsByIdCount.get(ids.length);
  if (!query) {
    query = precompiled((d) => d.selectFrom('organisations').selectAll().where('id', 'in', ids));
    organisationsByIdCount.set(ids.length, query);
  }
  return query(db, ids);
}

export async function allOrganisations(db: Db): Promise<OrganisationRow[]> {
  return db.selectFrom('organisations').selectAll().orderBy('path').execute();
}

export async function findByOdsCodes(db: Db, odsCodes: string[]): Promise<OrganisationRow[]> {
  if (!odsCodes.length) return [];
  return db.selectFrom('organisations').selectAll().where('ods_code', 'in', odsCodes).execute();
}

/** Adds several organisations in one statement; parents may come earlier in the same list. */
export async function insertOrganisations(db: Db, rows: NewOrganisationRow[]): Promise<void> {
  if (rows.length) await db.insertInto('organisations').values(rows).execute();
}

/** The second-factor setting of each of these organisations, with its type. */
export async function mfaPolicies(db: Db, ids: readonly string[]): Promise<{ id: string; type: string; mfa_policy: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('organisations').select(['id', 'type', 'mfa_policy']).where('id', 'in', [...ids]).execute();
}

/** Sets who must use a second factor and moves the organisation's version on; returns the new version. */
export async function setMfaPolicy(db: Db, id: string, policy: string, at: string): Promise<number> {
  const row = await db
    .updateTable('organisations')
    .set((eb) => ({ mfa_policy: policy, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

/** The ids and names of these organisations, ordered by name. */
export async function namesByName(db: Db, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', [...ids]).orderBy('name').execute();
}
