// GET /api/v1/orgs/:orgId/evidence: the organisation's evidence library, to link an item from.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EvidenceList } from '../../../../contract/evidence';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export function evidenceLibraryQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...orgQueryKey(orgId), 'evidence', 'list', {}] as const,
    queryFn: ({ signal }) => apiRequest<EvidenceList>(`/api/v1/orgs/${segment(orgId)}/evidence`, { signal }),
  });
}

export function useEvidenceLibrary(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...evidenceLibraryQueryOptions(orgId), enabled: options.enabled ?? true });
}
