// PUT /api/v1/orgs/:orgId/ropa/details: the details replaced whole, against the version read. A
// colleague's change since then is a 409 stale-change problem carrying the details as they left them.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RopaDetails, RopaDetailsBody } from '../../../../contract/records-of-processing';
import { apiRequest } from '../../../lib/api-client';
import { showChangedRopaDetails } from './get-ropa-details';
import { ropaDetailsPath } from './paths';
import { staleSaveOf } from './stale-save';

export type { RopaDetailsBody };

export function changeRopaDetails(orgId: string, body: RopaDetailsBody) {
  return apiRequest<RopaDetails>(ropaDetailsPath(orgId), { method: 'PUT', body });
}

export function useChangeRopaDetails(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RopaDetailsBody) => changeRopaDetails(orgId, body),
    onSuccess: (details) => showChangedRopaDetails(queryClient, orgId, details),
  });
}

const isDetails = (value: unknown): value is RopaDetails => typeof value === 'object' && value !== null && 'version' in value && 'dpoName' in value && 'dpoRoleHolders' in value;

/** What a colleague saved first, read from a 409 stale-change problem; null for any other failure. */
export const staleRopaDetailsOf = (error: unknown) => staleSaveOf(error, isDetails);
