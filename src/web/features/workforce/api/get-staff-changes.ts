// GET /api/v1/orgs/:orgId/staff/changes: the joiners, movers and leavers the latest staff import found.
import { useQuery } from '@tanstack/react-query';
import type { StaffChanges } from '../../../../contract/staff';
import { apiRequest } from '../../../lib/api-client';
import { staffChangesPath, staffQueryKey } from './paths';

export type { StaffChanges };
export type StaffChange = StaffChanges['items'][number];

export function useStaffChanges(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...staffQueryKey(orgId), 'changes'] as const,
    queryFn: ({ signal }) => apiRequest<StaffChanges>(staffChangesPath(orgId), { signal }),
    enabled: options.enabled ?? true,
  });
}
