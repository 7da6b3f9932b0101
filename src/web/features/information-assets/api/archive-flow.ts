// DELETE /api/v1/orgs/:orgId/data-flows/:id?version=N: archives the flow. It leaves the list, the map
// and the flags, frees its name, and is kept for the record.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FlowDetail } from '../../../../contract/data-flows';
import { apiRequest } from '../../../lib/api-client';
import { showChangedFlow } from './get-flow';
import { flowPath } from './paths';

export function archiveFlow(orgId: string, id: string, version: number) {
  return apiRequest<FlowDetail>(`${flowPath(orgId, id)}?version=${version}`, { method: 'DELETE' });
}

export function useArchiveFlow(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => archiveFlow(orgId, id, version),
    onSuccess: (flow) => showChangedFlow(queryClient, orgId, flow),
  });
}
