// GET /api/v1/orgs/:orgId/evidence: the organisation's evidence library, to link an item from.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';
import { evidenceLibraryUrl } from './paths';

/** The fields of a library item this feature shows. */
export interface LibraryItem {
  id: string;
  title: string;
  kind: string;
  state: string;
  expiresOn: string | null;
}

export function getEvidenceLibrary(orgId: string, signal?: AbortSignal) {
  return apiRequest<{ items: LibraryItem[] }>(evidenceLibraryUrl(orgId), signal ? { signal } : {});
}

export function evidenceLibraryQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...orgQueryKey(orgId), 'evidence', 'list'] as const,
    queryFn: ({ signal }) => getEvidenceLibrary(orgId, signal),
  });
}

export function useEvidenceLibrary(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...evidenceLibraryQueryOptions(orgId), ...options });
}
