// POST /api/v1/orgs/:orgId/tokens/:tokenId/revoke: the token stops working at once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiToken } from '../../../../contract/api-tokens';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export function revokeOrganisationToken(orgId: string, tokenId: string) {
  return apiRequest<ApiToken>(`/api/v1/orgs/${segment(orgId)}/tokens/${segment(tokenId)}/revoke`, { method: 'POST' });
}

export function useRevokeOrganisationToken(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => revokeOrganisationToken(orgId, tokenId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgQueryKey(orgId) }),
  });
}
