// POST /api/v1/orgs/:orgId/dpias: starts a DPIA, numbered DPIA-<year>-<n>, at screening. The answer is
// the DPIA as started.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DpiaDetail, NewDpiaBody } from '../../../../contract/dpias';
import { apiRequest } from '../../../lib/api-client';
import { showChangedDpia } from './get-dpia';
import { dpiasPath } from './paths';

export type { NewDpiaBody };

export function startDpia(orgId: string, body: NewDpiaBody) {
  return apiRequest<DpiaDetail>(dpiasPath(orgId), { method: 'POST', body });
}

export function useStartDpia(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDpiaBody) => startDpia(orgId, body),
    onSuccess: (dpia) => showChangedDpia(queryClient, orgId, dpia),
  });
}
