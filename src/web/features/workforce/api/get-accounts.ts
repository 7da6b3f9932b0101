// GET /api/v1/orgs/:orgId/directory/accounts: one page of the directory accounts the filters match.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AccountList, AccountSummary } from '../../../../contract/directory';
import { apiRequest } from '../../../lib/api-client';
import type { AccountFilter } from '../components/account-filter';
import { accountsPath, directoryQueryKey, withQuery } from './paths';

export type { AccountList, AccountSummary };

export function useAccounts(orgId: string, filter: AccountFilter, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...directoryQueryKey(orgId), 'accounts', filter] as const,
    queryFn: ({ signal }) => apiRequest<AccountList>(withQuery(accountsPath(orgId), { ...filter }), { signal }),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
  });
}
