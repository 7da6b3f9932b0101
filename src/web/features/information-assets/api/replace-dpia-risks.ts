// PUT /api/v1/orgs/:orgId/dpias/:id/risks: the DPIA's risks replaced whole, against the version read.
// A colleague's change since then is a 409 stale-change problem carrying the DPIA as they left it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DpiaDetail, RisksBody } from '../../../../contract/dpias';
import { apiRequest } from '../../../lib/api-client';
import { showChangedDpia } from './get-dpia';
import { dpiaPath } from './paths';

export type { RisksBody };

export function replaceDpiaRisks(orgId: string, id: string, body: RisksBody) {
  return apiRequest<DpiaDetail>(`${dpiaPath(orgId, id)}/risks`, { method: 'PUT', body });
}

export function useReplaceDpiaRisks(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RisksBody) => replaceDpiaRisks(orgId, id, body),
    onSuccess: (dpia) => showChangedDpia(queryClient, orgId, dpia),
  });
}
