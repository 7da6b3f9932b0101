// GET /api/v1/me/passkeys: your passkeys and security keys.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Passkey, PasskeyList } from '../../../../contract/passkeys';
import { apiRequest } from '../../../lib/api-client';

export type { Passkey };

export const passkeysQueryOptions = queryOptions({
  queryKey: ['me', 'passkeys'] as const,
  queryFn: ({ signal }) => apiRequest<PasskeyList>('/api/v1/me/passkeys', { signal }),
});

export function usePasskeys() {
  return useQuery(passkeysQueryOptions);
}

/**
 * The account page's summary of second factors (GET /me/mfa: counts, recovery codes left), which a
 * passkey changes. Named by its key, as features do not import each other; not the whole ['me', 'mfa']
 * prefix, which would also restart an authenticator-app set-up in progress.
 */
export const SECOND_FACTOR_QUERY_KEY = ['me', 'mfa', 'status'] as const;
