// The members API's addresses, and the refresh every change needs: the members list, the counts and
// the audit trail all live under the organisation's query key.
import type { QueryClient } from '@tanstack/react-query';
import { segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export const membersPath = (orgId: string) => `/api/v1/orgs/${segment(orgId)}/members`;
export const memberPath = (orgId: string, userId: string) => `${membersPath(orgId)}/${segment(userId)}`;

export function refreshOrganisation(queryClient: QueryClient, orgId: string) {
  return queryClient.invalidateQueries({ queryKey: orgQueryKey(orgId) });
}
