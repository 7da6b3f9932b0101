// POST /api/v1/orgs/:orgId/dpias/:id/sign-off: approved, approved with conditions or not approved,
// against the version read. The API refuses it (409) before the DPO has advised on this version of the
// assessment, with words a person can act on (not a stale-change problem, so not taken for a colleague's save).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DpiaDetail, SignOffBody } from '../../../../contract/dpias';
import { apiRequest } from '../../../lib/api-client';
import { showChangedDpia } from './get-dpia';
import { dpiaPath } from './paths';

export type { SignOffBody };

export function signOffDpia(orgId: string, id: string, body: SignOffBody) {
  return apiRequest<DpiaDetail>(`${dpiaPath(orgId, id)}/sign-off`, { method: 'POST', body });
}

export function useSignOffDpia(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignOffBody) => signOffDpia(orgId, id, body),
    onSuccess: (dpia) => showChangedDpia(queryClient, orgId, dpia),
  });
}

