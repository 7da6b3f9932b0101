// PATCH /api/v1/orgs/:orgId: changes an organisation's details. `version` is the one the form was
// filled from; the API answers 409 if someone saved in between.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { type Organisation, orgQueryKey } from '../../../lib/current-org';
import { meQueryKey } from '../../../lib/session';

export interface OrganisationChanges {
  name: string;
  odsCode: string | null;
  dsptCategory: string | null;
  version: number;
}

export function updateOrganisation(orgId: string, changes: OrganisationChanges) {
  return apiRequest<Organisation>(`/api/v1/orgs/${segment(orgId)}`, { method: 'PATCH', body: changes });
}

export function useUpdateOrganisation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: OrganisationChanges) => updateOrganisation(orgId, changes),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: orgQueryKey(orgId) }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]);
    },
  });
}
