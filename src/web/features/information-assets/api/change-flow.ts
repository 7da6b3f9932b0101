// PATCH /api/v1/orgs/:orgId/data-flows/:id: the fields changed, against the version read. A
// colleague's change since then is a 409 stale-change problem carrying the flow as they left it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FlowChangeBody, FlowDetail } from '../../../../contract/data-flows';
import { apiRequest } from '../../../lib/api-client';
import { showChangedFlow } from './get-flow';
import { flowPath } from './paths';
import { staleSaveOf } from './stale-save';

export type { FlowChangeBody };

export function changeFlow(orgId: string, id: string, body: FlowChangeBody) {
  return apiRequest<FlowDetail>(flowPath(orgId, id), { method: 'PATCH', body });
}

export function useChangeFlow(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FlowChangeBody) => changeFlow(orgId, id, body),
    onSuccess: (flow) => showChangedFlow(queryClient, orgId, flow),
  });
}

const isFlow = (value: unknown): value is FlowDetail => typeof value === 'object' && value !== null && 'id' in value && 'version' in value && 'from' in value && 'to' in value;

/** What a colleague saved first, read from a 409 stale-change problem; null for any other failure. */
export const staleFlowOf = (error: unknown) => staleSaveOf(error, isFlow);
