// POST /api/v1/orgs/:orgId/children: adds an organisation, site or department below this one.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { type Organisation, orgQueryKey } from '../../../lib/current-org';
import { meQueryKey } from '../../../lib/session';

import type { NewOrganisationBody as NewOrganisation } from '../../../../contract/organisations';

export type { NewOrganisation };

export function createChild(orgId: string, input: NewOrganisation) {
  return apiRequest<Organisation>(`/api/v1/orgs/${segment(orgId)}/children`, { method: 'POST', body: input });
}

export function useCreateChild(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewOrganisation) => createChild(orgId, input),
    onSuccess: async () => {
      // The tree, the counts and the organisations you can switch to have all changed.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: orgQueryKey(orgId) }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]);
    },
  });
}
