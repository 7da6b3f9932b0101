// PATCH /api/v1/orgs/:orgId/evidence/:id: the title, description, owner and dates, with the version read
// (a colleague's change since then is a 409, shown as such rather than overwritten).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EvidenceChangeBody, EvidenceItem } from '../../../../contract/evidence';
import { apiRequest } from '../../../lib/api-client';
import { itemPath, refreshEvidence } from './paths';

export type { EvidenceChangeBody };

export function updateEvidence(orgId: string, id: string, change: EvidenceChangeBody) {
  return apiRequest<EvidenceItem>(itemPath(orgId, id), { method: 'PATCH', body: change });
}

export function useUpdateEvidence(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: EvidenceChangeBody) => updateEvidence(orgId, id, change),
    onSuccess: () => refreshEvidence(queryClient, orgId),
  });
}
