// DELETE /api/v1/orgs/:orgId/suppliers/:id?version=N: removes a supplier no live asset depends on. One
// that an asset still names is refused (409) with the assets named.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { supplierQueryOptions } from './get-supplier';
import { refreshRegister, supplierPath } from './paths';

export function removeSupplier(orgId: string, id: string, version: number) {
  return apiRequest<void>(`${supplierPath(orgId, id)}?version=${version}`, { method: 'DELETE' });
}

export function useRemoveSupplier(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => removeSupplier(orgId, id, version),
    onSuccess: () => refreshRegister(queryClient, orgId, supplierQueryOptions(orgId, id).queryKey),
  });
}
