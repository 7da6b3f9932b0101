// GET /api/v1/orgs/:orgId/dpias/:id: one DPIA in full, with its state and flags as of now; and how a
// step's answer (the DPIA as it now is) is shown at once while the rest is read again.
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { DpiaDetail } from '../../../../contract/dpias';
import { apiRequest } from '../../../lib/api-client';
import { dpiaPath, dpiasQueryKey, refreshRegister } from './paths';
import { staleSaveOf } from './stale-save';

export type { DpiaDetail };

export function dpiaQueryOptions(orgId: string, id: string) {
  return queryOptions({
    queryKey: [...dpiasQueryKey(orgId), 'item', id] as const,
    queryFn: ({ signal }) => apiRequest<DpiaDetail>(dpiaPath(orgId, id), { signal }),
  });
}

export function useDpia(orgId: string, id: string) {
  return useQuery(dpiaQueryOptions(orgId, id));
}

/** A step answered with the DPIA as it now is: show that at once, then refresh the rest (assets, flows and flags name their DPIAs). */
export function showChangedDpia(queryClient: QueryClient, orgId: string, dpia: DpiaDetail) {
  queryClient.setQueryData(dpiaQueryOptions(orgId, dpia.id).queryKey, dpia);
  return refreshRegister(queryClient, orgId);
}

const isDpia = (value: unknown): value is DpiaDetail =>
  typeof value === 'object' && value !== null && 'id' in value && 'version' in value && 'reference' in value && 'screening' in value;

/** What a colleague saved first, read from a 409 stale-change problem on any step; null for any other failure. */
export const staleDpiaOf = (error: unknown) => staleSaveOf(error, isDpia);
