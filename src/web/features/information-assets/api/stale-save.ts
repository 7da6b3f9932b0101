// A save refused because a colleague saved first (409 stale-change): their record as it now is, who
// they are and when they saved, and the API's message, read from the problem. The register's API sends
// every colleague's save as a stale-change problem carrying the record; its other 409s refuse the step
// itself (a DPIA not ready for advice, say) and are failures to show, not saves to move onto.
import { isApiError } from '../../../lib/api-client';
import { staleChangeOf, type StaleChange } from '../../../lib/versioned-save';

export interface StaleSave<Saved> extends StaleChange<Saved> {
  changedBy: string | null;
  message: string;
}

/** Null for any other failure, a 409 that is not a stale-change problem included. */
export function staleSaveOf<Saved>(error: unknown, isSaved: (value: unknown) => value is Saved): StaleSave<Saved> | null {
  if (!isApiError(error) || !error.type.endsWith('/stale-change')) return null;
  const stale = staleChangeOf(error, isSaved);
  if (!stale) return null;
  const { changedBy } = error.extensions;
  return { ...stale, changedBy: typeof changedBy === 'string' && changedBy !== '' ? changedBy : null, message: error.detail };
}
