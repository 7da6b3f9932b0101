// Who is signed in (GET /api/v1/me), shared by the app shell and every feature. A 401 means
// "nobody", not an error, so the shell can offer sign-in.
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, isApiError, setCsrfToken } from './api-client';

import type { Me, MyOrganisation, SessionUser } from '../../contract/accounts';

export type { Me, MyOrganisation, SessionUser };
export type Access = MyOrganisation['access'];

export const meQueryKey = ['me'] as const;

export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const me = await apiRequest<Me>('/api/v1/me', signal ? { signal } : {});
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: ({ signal }) => getMe(signal),
  staleTime: 60_000,
});

/** Forgets everything cached for whoever was signed in, except "who am I" itself. */
export function forgetSessionData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => !(query.queryKey.length === 1 && query.queryKey[0] === meQueryKey[0]) });
}

/** The signed-in person, null when nobody is, undefined while loading. */
export function useMe() {
  return useQuery(meQueryOptions);
}
