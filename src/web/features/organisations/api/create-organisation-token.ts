// POST /api/v1/orgs/:orgId/tokens: a service token (a program acting with the roles given, here) or a
// SCIM provisioning token. The token itself is in this response only.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedToken, NewOrganisationTokenBody } from '../../../../contract/api-tokens';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export function createOrganisationToken(orgId: string, input: NewOrganisationTokenBody) {
  return apiRequest<CreatedToken>(`/api/v1/orgs/${segment(orgId)}/tokens`, { method: 'POST', body: input });
}

export function useCreateOrganisationToken(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewOrganisationTokenBody) => createOrganisationToken(orgId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgQueryKey(orgId) }),
  });
}
