// GET /api/v1/orgs/:orgId/ropa/details: the controller's and DPO's details kept for the record of
// processing, with their version (0 before any are recorded) and the people holding the DPO role.
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { RopaDetails } from '../../../../contract/records-of-processing';
import { apiRequest } from '../../../lib/api-client';
import { refreshRegister, ropaDetailsPath, ropaQueryKey } from './paths';

export type { RopaDetails };

export function ropaDetailsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...ropaQueryKey(orgId), 'details'] as const,
    queryFn: ({ signal }) => apiRequest<RopaDetails>(ropaDetailsPath(orgId), { signal }),
  });
}

export function useRopaDetails(orgId: string) {
  return useQuery(ropaDetailsQueryOptions(orgId));
}

/** A change answered with the details as they now are: show them at once, then refresh the record. */
export function showChangedRopaDetails(queryClient: QueryClient, orgId: string, details: RopaDetails) {
  queryClient.setQueryData(ropaDetailsQueryOptions(orgId).queryKey, details);
  return refreshRegister(queryClient, orgId);
}
