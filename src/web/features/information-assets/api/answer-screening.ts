// PUT /api/v1/orgs/:orgId/dpias/:id/screening: the screening answers, replacing those held, and why no
// DPIA is needed when every answer is no, against the version read. A colleague's change since then is
// a 409 stale-change problem carrying the DPIA as they left it (staleDpiaOf reads it).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DpiaDetail, ScreeningBody } from '../../../../contract/dpias';
import { apiRequest } from '../../../lib/api-client';
import { showChangedDpia } from './get-dpia';
import { dpiaPath } from './paths';

export type { ScreeningBody };

export function answerScreening(orgId: string, id: string, body: ScreeningBody) {
  return apiRequest<DpiaDetail>(`${dpiaPath(orgId, id)}/screening`, { method: 'PUT', body });
}

export function useAnswerScreening(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScreeningBody) => answerScreening(orgId, id, body),
    onSuccess: (dpia) => showChangedDpia(queryClient, orgId, dpia),
  });
}
