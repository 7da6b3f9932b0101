// The actions made from register flags, keyed by the flag they track, so assets, suppliers and data
// flows can each show "Action open" beside a flag rather than offer to make it one.
import type { Db } from '../../platform/db/database.js';
import * as actionStore from './action-store.js';
import type { FlagActions } from './register-views.js';

/** The actions tracking the flags of these records: one record's own, or for a list the organisation's. */
export async function flagActions(db: Db, orgId: string, rows: ReadonlyArray<{ id: string }>): Promise<FlagActions> {
  if (!rows.length) return new Map();
  const actions = await actionStore.actionsByFlag(db, orgId, rows.length === 1 ? rows[0]!.id : undefined);
  return new Map(actions.map((a) => [a.flag_key, { id: a.id, status: a.status }]));
}

/** The actions tracking any flag of the organisation: what a report of every flag needs, read once. */
export async function allFlagActions(db: Db, orgId: string): Promise<FlagActions> {
  const actions = await actionStore.actionsByFlag(db, orgId);
  return new Map(actions.map((a) => [a.flag_key, { id: a.id, status: a.status }]));
}
