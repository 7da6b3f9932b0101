// Refusing a change made against an old version: the record as it now stands goes back with the name
// of who changed it and when, so the page can show both and nothing typed is lost.
import type { Db } from '../../platform/db/database.js';
import { StaleChange } from '../../platform/errors.js';
import { peopleByIds } from '../accounts/service.js';

export async function staleChange(db: Db, message: string, current: unknown, changedById: string | null, changedAt: string): Promise<StaleChange> {
  const [who] = changedById ? await peopleByIds(db, [changedById]) : [];
  return new StaleChange(message, current, who?.name ?? null, changedAt);
}
