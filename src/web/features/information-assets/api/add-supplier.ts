// POST /api/v1/orgs/:orgId/suppliers: adds a supplier with its contract, DSPT status and certifications.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewSupplierBody, SupplierDetail } from '../../../../contract/information-assets';
import { apiRequest } from '../../../lib/api-client';
import { showChangedSupplier } from './get-supplier';
import { suppliersPath } from './paths';

export type { NewSupplierBody };

export function addSupplier(orgId: string, body: NewSupplierBody) {
  return apiRequest<SupplierDetail>(suppliersPath(orgId), { method: 'POST', body });
}

export function useAddSupplier(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSupplierBody) => addSupplier(orgId, body),
    onSuccess: (supplier) => showChangedSupplier(queryClient, orgId, supplier),
  });
}
