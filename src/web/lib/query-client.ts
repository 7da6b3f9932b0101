// The app's single react-query client. Problems the person must act on (4xx) are not retried. A 401
// from any request means the session has ended, and a 403 "finish signing in first" means it owes a
// second factor: either way "who am I" is asked again and the sign-in guard sends them where they
// belong.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';
import { meQueryKey } from './session';
import { isUnfinishedSignIn } from './sign-in-stage';

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onSessionEnded(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onSessionEnded(error) }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 2,
      },
    },
  });

  function onSessionEnded(error: unknown, key?: readonly unknown[]): void {
    if (!(isApiError(error) && error.status === 401) && !isUnfinishedSignIn(error)) return;
    // "Who am I" itself answers null for a 401; every other query (including ['me', 'sessions']) counts.
    if (key && key.length === meQueryKey.length && key[0] === meQueryKey[0]) return;
    void client.invalidateQueries({ queryKey: meQueryKey });
  }

  return client;
}
