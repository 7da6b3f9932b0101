// GET /api/v1/orgs/:orgId/data-flows/:id: one data flow in full (archived ones too), with its ends
// and its risk flags as of now, each with the action tracking it.
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { FlowDetail } from '../../../../contract/data-flows';
import { apiRequest } from '../../../lib/api-client';
import { flowPath, flowsQueryKey, refreshRegister } from './paths';

export type { FlowDetail };

export function flowQueryOptions(orgId: string, id: string) {
  return queryOptions({
    queryKey: [...flowsQueryKey(orgId), 'item', id] as const,
    queryFn: ({ signal }) => apiRequest<FlowDetail>(flowPath(orgId, id), { signal }),
  });
}

export function useFlow(orgId: string, id: string) {
  return useQuery(flowQueryOptions(orgId, id));
}

/** A change answered with the flow as it now is: show that at once, then refresh the rest (the ends' pages list their flows). */
export function showChangedFlow(queryClient: QueryClient, orgId: string, flow: FlowDetail) {
  queryClient.setQueryData(flowQueryOptions(orgId, flow.id).queryKey, flow);
  return refreshRegister(queryClient, orgId);
}
