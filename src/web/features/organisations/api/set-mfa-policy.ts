// PUT /api/v1/orgs/:orgId/mfa-policy: who must use a second factor here, privileged roles or everyone.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Organisation as OrganisationRecord } from '../../../../contract/organisations';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export type MfaPolicy = OrganisationRecord['mfaPolicy'];

export function setMfaPolicy(orgId: string, mfaPolicy: MfaPolicy) {
  return apiRequest<{ mfaPolicy: MfaPolicy }>(`/api/v1/orgs/${segment(orgId)}/mfa-policy`, { method: 'PUT', body: { mfaPolicy } });
}

export function useSetMfaPolicy(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mfaPolicy: MfaPolicy) => setMfaPolicy(orgId, mfaPolicy),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgQueryKey(orgId) }),
  });
}
