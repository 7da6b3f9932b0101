// GET /api/v1/orgs/:orgId/evidence: the library, with each item's state as of now.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EvidenceList, EvidenceSummary } from '../../../../contract/evidence';
import { apiRequest } from '../../../lib/api-client';
import { evidencePath, evidenceQueryKey } from './paths';

export type { EvidenceList, EvidenceSummary };

export interface EvidenceFilter {
  state?: string | undefined;
  owner?: string | undefined;
  q?: string | undefined;
}

export function getEvidenceList(orgId: string, filter: EvidenceFilter, signal?: AbortSignal) {
  const params = new URLSearchParams();
  const entries = Object.entries<string | undefined>({ ...filter });
  for (const [key, value] of entries) if (value) params.set(key, value);
  const query = params.toString();
  return apiRequest<EvidenceList>(`${evidencePath(orgId)}${query ? `?${query}` : ''}`, signal ? { signal } : {});
}

export function evidenceListQueryOptions(orgId: string, filter: EvidenceFilter) {
  return queryOptions({
    queryKey: [...evidenceQueryKey(orgId), 'list', filter] as const,
    queryFn: ({ signal }) => getEvidenceList(orgId, filter, signal),
  });
}

export function useEvidenceList(orgId: string, filter: EvidenceFilter, options: { enabled?: boolean } = {}) {
  return useQuery({ ...evidenceListQueryOptions(orgId, filter), enabled: options.enabled ?? true });
}
