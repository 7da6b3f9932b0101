// GET /api/v1/orgs/:orgId/tokens: the organisation's service and SCIM tokens, and the scopes a token may carry.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TokenList } from '../../../../contract/api-tokens';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export function organisationTokensQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...orgQueryKey(orgId), 'tokens'] as const,
    queryFn: ({ signal }) => apiRequest<TokenList>(`/api/v1/orgs/${segment(orgId)}/tokens`, { signal }),
  });
}

export function useOrganisationTokens(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...organisationTokensQueryOptions(orgId), enabled: options.enabled ?? true });
}
