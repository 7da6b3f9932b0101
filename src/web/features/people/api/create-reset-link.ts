// POST /api/v1/orgs/:orgId/members/:userId/password-reset: a single-use link with which the person
// chooses a new password. Shown once; any earlier link for them stops working.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedLink } from '../../../../contract/account-links';
import { apiRequest } from '../../../lib/api-client';
import { memberPath, refreshOrganisation } from './paths';

export function createResetLink(orgId: string, userId: string) {
  return apiRequest<CreatedLink>(`${memberPath(orgId, userId)}/password-reset`, { method: 'POST' });
}

export function useCreateResetLink(orgId: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createResetLink(orgId, userId),
    // The audit trail has a new record.
    onSuccess: () => refreshOrganisation(queryClient, orgId),
  });
}
