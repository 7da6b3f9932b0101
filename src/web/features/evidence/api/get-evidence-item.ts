// GET /api/v1/orgs/:orgId/evidence/:id: one piece of evidence with every version's details.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EvidenceItem, EvidenceVersionView } from '../../../../contract/evidence';
import { apiRequest } from '../../../lib/api-client';
import { evidenceQueryKey, itemPath } from './paths';

export type { EvidenceItem, EvidenceVersionView };

export function evidenceItemQueryOptions(orgId: string, id: string) {
  return queryOptions({
    queryKey: [...evidenceQueryKey(orgId), 'item', id] as const,
    queryFn: ({ signal }) => apiRequest<EvidenceItem>(itemPath(orgId, id), { signal }),
  });
}

export function useEvidenceItem(orgId: string, id: string) {
  return useQuery(evidenceItemQueryOptions(orgId, id));
}
