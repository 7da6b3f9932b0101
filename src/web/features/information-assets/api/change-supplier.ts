// PATCH /api/v1/orgs/:orgId/suppliers/:id: the fields changed, against the version read; certifications,
// when sent, replace those held. A colleague's change since then is a 409 carrying the supplier as it is.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SupplierChangeBody, SupplierDetail } from '../../../../contract/information-assets';
import { apiRequest } from '../../../lib/api-client';
import { staleSaveOf } from './stale-save';
import { showChangedSupplier } from './get-supplier';
import { supplierPath } from './paths';

export type { SupplierChangeBody };

export function changeSupplier(orgId: string, id: string, body: SupplierChangeBody) {
  return apiRequest<SupplierDetail>(supplierPath(orgId, id), { method: 'PATCH', body });
}

export function useChangeSupplier(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SupplierChangeBody) => changeSupplier(orgId, id, body),
    onSuccess: (supplier) => showChangedSupplier(queryClient, orgId, supplier),
  });
}

const isSupplier = (value: unknown): value is SupplierDetail => typeof value === 'object' && value !== null && 'id' in value && 'version' in value && 'certifications' in value;

/** What a colleague saved first, read from a 409 stale-change problem; null for any other failure. */
export const staleSupplierOf = (error: unknown) => staleSaveOf(error, isSupplier);
