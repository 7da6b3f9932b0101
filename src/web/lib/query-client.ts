// The app's single react-query client. Problems the person must act on (4xx) are not retried, and a
// 401 from any request means the session has ended, so "who am I" is asked again and the shell sends
// them to sign in.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';
import { meQueryKey } from './session';

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
    if (!isApiError(error) || error.status !== 401) return;
    if (key && key[0] === meQueryKey[0]) return;
    void client.invalidateQueries({ queryKey: meQueryKey });
  }

  return client;
}
