// POST /api/v1/orgs/:orgId/members/:userId/reset-mfa: removes the person's second factors (a lost
// phone), so they set one up again when they next sign in.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { memberPath, refreshOrganisation } from './paths';

export function resetSecondFactors(orgId: string, userId: string) {
  return apiRequest<void>(`${memberPath(orgId, userId)}/reset-mfa`, { method: 'POST' });
}

export function useResetSecondFactors(orgId: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => resetSecondFactors(orgId, userId),
    onSuccess: () => refreshOrganisation(queryClient, orgId),
  });
}
