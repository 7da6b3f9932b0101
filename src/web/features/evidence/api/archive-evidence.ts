// POST /api/v1/orgs/:orgId/evidence/:id/archive: out of the list and the reminders, kept for the record.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EvidenceItem } from '../../../../contract/evidence';
import { apiRequest } from '../../../lib/api-client';
import { itemPath, refreshEvidence } from './paths';

export function archiveEvidence(orgId: string, id: string, version: number) {
  return apiRequest<EvidenceItem>(`${itemPath(orgId, id)}/archive`, { method: 'POST', body: { version } });
}

export function useArchiveEvidence(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => archiveEvidence(orgId, id, version),
    onSuccess: () => refreshEvidence(queryClient, orgId),
  });
}
