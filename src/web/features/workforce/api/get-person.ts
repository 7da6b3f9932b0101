// GET /api/v1/orgs/:orgId/staff/:employeeNumber: one member of staff on a day, with every assignment.
import { useQuery } from '@tanstack/react-query';
import type { StaffDetail } from '../../../../contract/staff';
import { apiRequest } from '../../../lib/api-client';
import { personPath, staffQueryKey, withQuery } from './paths';

export type { StaffDetail };

export function usePerson(orgId: string, employeeNumber: string, asOf: string | undefined, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...staffQueryKey(orgId), 'person', employeeNumber, asOf ?? ''] as const,
    queryFn: ({ signal }) => apiRequest<StaffDetail>(withQuery(personPath(orgId, employeeNumber), { asOf }), { signal }),
    enabled: options.enabled ?? true,
  });
}
