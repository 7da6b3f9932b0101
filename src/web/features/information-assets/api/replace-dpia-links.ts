// PUT /api/v1/orgs/:orgId/dpias/:id/links: the information assets and data flows the DPIA covers,
// replaced whole, against the version read. One newly linked must be live; one archived since may stay.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DpiaDetail, LinksBody } from '../../../../contract/dpias';
import { apiRequest } from '../../../lib/api-client';
import { showChangedDpia } from './get-dpia';
import { dpiaPath } from './paths';

export type { LinksBody };

export function replaceDpiaLinks(orgId: string, id: string, body: LinksBody) {
  return apiRequest<DpiaDetail>(`${dpiaPath(orgId, id)}/links`, { method: 'PUT', body });
}

export function useReplaceDpiaLinks(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LinksBody) => replaceDpiaLinks(orgId, id, body),
    onSuccess: (dpia) => showChangedDpia(queryClient, orgId, dpia),
  });
}
