// PATCH /api/v1/orgs/:orgId/dpias/:id: the details changed (title, description, owner, necessity,
// consultation, review date), against the version read. A colleague's change since then is a 409
// stale-change problem carrying the DPIA as they left it (staleDpiaOf reads it).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DpiaChangeBody, DpiaDetail } from '../../../../contract/dpias';
import { apiRequest } from '../../../lib/api-client';
import { showChangedDpia } from './get-dpia';
import { dpiaPath } from './paths';

export type { DpiaChangeBody };

export function changeDpia(orgId: string, id: string, body: DpiaChangeBody) {
  return apiRequest<DpiaDetail>(dpiaPath(orgId, id), { method: 'PATCH', body });
}

export function useChangeDpia(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DpiaChangeBody) => changeDpia(orgId, id, body),
    onSuccess: (dpia) => showChangedDpia(queryClient, orgId, dpia),
  });
}
