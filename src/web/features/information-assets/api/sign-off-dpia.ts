// POST /api/v1/orgs/:orgId/dpias/:id/sign-off: approved, approved with conditions or not approved,
// against the version read. The API refuses it (409) before the DPO has advised on this version of the
// assessment, with words a person can act on; that refusal is not a colleague's save.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DpiaDetail, SignOffBody } from '../../../../contract/dpias';
import { apiRequest } from '../../../lib/api-client';
import { showChangedDpia, staleDpiaOf } from './get-dpia';
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

/** A colleague's save, which carries the DPIA as it now is; null for a refusal of the step itself (also a 409). */
export function staleSignOffOf(error: unknown) {
  const stale = staleDpiaOf(error);
  return stale?.current ? stale : null;
}
