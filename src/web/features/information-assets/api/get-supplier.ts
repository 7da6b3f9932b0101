// GET /api/v1/orgs/:orgId/suppliers/:id: one supplier in full, with its certifications, the live assets
// that depend on it and its risk flags as of now.
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { SupplierDetail } from '../../../../contract/information-assets';
import { apiRequest } from '../../../lib/api-client';
import { refreshRegister, supplierPath, suppliersQueryKey } from './paths';

export type { SupplierDetail };

export function supplierQueryOptions(orgId: string, id: string) {
  return queryOptions({
    queryKey: [...suppliersQueryKey(orgId), 'item', id] as const,
    queryFn: ({ signal }) => apiRequest<SupplierDetail>(supplierPath(orgId, id), { signal }),
  });
}

export function useSupplier(orgId: string, id: string) {
  return useQuery(supplierQueryOptions(orgId, id));
}

/** A change answered with the supplier as it now is: show that at once, then refresh the rest. */
export function showChangedSupplier(queryClient: QueryClient, orgId: string, supplier: SupplierDetail) {
  queryClient.setQueryData(supplierQueryOptions(orgId, supplier.id).queryKey, supplier);
  return refreshRegister(queryClient, orgId);
}
