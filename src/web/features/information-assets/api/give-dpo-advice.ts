// POST /api/v1/orgs/:orgId/dpias/:id/advice: the DPO's advice on the assessment as it now stands,
// against the version read. The API refuses it (409) while the assessment is incomplete or once the
// DPIA is signed off, with words a person can act on (not a stale-change problem, so not taken for a colleague's save).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdviceBody, DpiaDetail } from '../../../../contract/dpias';
import { apiRequest } from '../../../lib/api-client';
import { showChangedDpia } from './get-dpia';
import { dpiaPath } from './paths';

export type { AdviceBody };

export function giveDpoAdvice(orgId: string, id: string, body: AdviceBody) {
  return apiRequest<DpiaDetail>(`${dpiaPath(orgId, id)}/advice`, { method: 'POST', body });
}

export function useGiveDpoAdvice(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AdviceBody) => giveDpoAdvice(orgId, id, body),
    onSuccess: (dpia) => showChangedDpia(queryClient, orgId, dpia),
  });
}

