// A save refused because a colleague saved first (409 stale-change): their record as it now is, who
// they are and when they saved, and the API's message, read from the problem.
import { isApiError } from '../../../lib/api-client';
import { staleChangeOf, type StaleChange } from '../../../lib/versioned-save';

export interface StaleSave<Saved> extends StaleChange<Saved> {
  changedBy: string | null;
  message: string;
}

/** Null for any other failure. */
export function staleSaveOf<Saved>(error: unknown, isSaved: (value: unknown) => value is Saved): StaleSave<Saved> | null {
  const stale = staleChangeOf(error, isSaved);
  if (!stale || !isApiError(error)) return null;
  const { changedBy } = error.extensions;
  return { ...stale, changedBy: typeof changedBy === 'string' && changedBy !== '' ? changedBy : null, message: error.detail };
}
