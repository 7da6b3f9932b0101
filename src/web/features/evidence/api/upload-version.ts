// POST /api/v1/orgs/:orgId/evidence/:id/versions: a new version of a file; the earlier ones are kept.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EvidenceItem } from '../../../../contract/evidence';
import { apiRequest } from '../../../lib/api-client';
import { itemPath, refreshEvidence } from './paths';

export function uploadVersion(orgId: string, id: string, file: File) {
  const params = new URLSearchParams({ fileName: file.name });
  return apiRequest<EvidenceItem>(`${itemPath(orgId, id)}/versions?${params.toString()}`, { method: 'POST', file });
}

export function useUploadVersion(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadVersion(orgId, id, file),
    onSuccess: () => refreshEvidence(queryClient, orgId),
  });
}
