// POST /api/v1/orgs/:orgId/data-flows: records a data flow. The answer is the flow as recorded, with
// the flags it raises at once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FlowDetail, NewFlowBody } from '../../../../contract/data-flows';
import { apiRequest } from '../../../lib/api-client';
import { showChangedFlow } from './get-flow';
import { flowsPath } from './paths';

export type { NewFlowBody };

export function addFlow(orgId: string, body: NewFlowBody) {
  return apiRequest<FlowDetail>(flowsPath(orgId), { method: 'POST', body });
}

export function useAddFlow(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewFlowBody) => addFlow(orgId, body),
    onSuccess: (flow) => showChangedFlow(queryClient, orgId, flow),
  });
}
