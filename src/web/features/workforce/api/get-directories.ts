// GET /api/v1/orgs/:orgId/directory/directories: the directories the accounts come from (for the filter).
import { useQuery } from '@tanstack/react-query';
import type { Directory } from '../../../../contract/directory';
import { apiRequest } from '../../../lib/api-client';
import { directoriesPath, directoryQueryKey } from './paths';

export type { Directory };

export function useDirectories(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...directoryQueryKey(orgId), 'directories'] as const,
    queryFn: ({ signal }) => apiRequest<{ items: Directory[] }>(directoriesPath(orgId), { signal }),
    enabled: options.enabled ?? true,
  });
}
