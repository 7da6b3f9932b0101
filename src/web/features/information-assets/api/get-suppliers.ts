// GET /api/v1/orgs/:orgId/suppliers: the organisation's suppliers by name, each with the live assets
// that depend on it and its risk flags as of now. Also what the asset form offers as a supplier.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SupplierDetail, SupplierList } from '../../../../contract/information-assets';
import { apiRequest } from '../../../lib/api-client';
import { suppliersPath, suppliersQueryKey } from './paths';

export type { SupplierDetail, SupplierList };

/** flagged: only the suppliers with a risk flag today (the live evidence links here so). */
export function suppliersQueryOptions(orgId: string, flagged = false) {
  return queryOptions({
    queryKey: [...suppliersQueryKey(orgId), 'list', { flagged }] as const,
    queryFn: ({ signal }) => apiRequest<SupplierList>(flagged ? `${suppliersPath(orgId)}?flagged=true` : suppliersPath(orgId), { signal }),
  });
}

export function useSuppliers(orgId: string, options: { enabled?: boolean; flagged?: boolean } = {}) {
  return useQuery({ ...suppliersQueryOptions(orgId, options.flagged), enabled: options.enabled ?? true });
}
