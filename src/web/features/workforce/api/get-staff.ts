// GET /api/v1/orgs/:orgId/staff: the staff register on a day, its counts by status over the whole
// register, and one page of the people the filters match.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { StaffList, StaffSummary } from '../../../../contract/staff';
import { apiRequest } from '../../../lib/api-client';
import type { StaffFilter } from '../components/staff-filter';
import { staffPath, staffQueryKey, withQuery } from './paths';

export type { StaffList, StaffSummary };

export function useStaff(orgId: string, filter: StaffFilter, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...staffQueryKey(orgId), 'list', filter] as const,
    queryFn: ({ signal }) => apiRequest<StaffList>(withQuery(staffPath(orgId), { ...filter }), { signal }),
    enabled: options.enabled ?? true,
    // Another page or filter keeps the last list on screen until its own arrives.
    placeholderData: keepPreviousData,
  });
}
