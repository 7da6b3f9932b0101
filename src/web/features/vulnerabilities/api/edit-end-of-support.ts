// PUT /api/v1/orgs/:orgId/end-of-support puts a row in place (or takes a built-in one out), and
// DELETE …/end-of-support/:rowId drops the organisation's edit of a row; both at the table's version
// read, a colleague's change in between being a 409.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EndOfSupportTableView } from '../../../../contract/vulnerabilities';
import { apiRequest, segment } from '../../../lib/api-client';
import type { EndOfSupportEdit } from '../components/end-of-support-form';
import { endOfSupportPath, vulnerabilitiesQueryKey } from './paths';

export type EndOfSupportChange = { kind: 'put'; version: number; row: EndOfSupportEdit } | { kind: 'restore'; version: number; rowId: string };

export function changeEndOfSupport(orgId: string, change: EndOfSupportChange) {
  if (change.kind === 'restore') {
    return apiRequest<EndOfSupportTableView>(`${endOfSupportPath(orgId)}/${segment(change.rowId)}?version=${change.version}`, { method: 'DELETE' });
  }
  return apiRequest<EndOfSupportTableView>(endOfSupportPath(orgId), { method: 'PUT', body: { version: change.version, row: change.row } });
}

export function useChangeEndOfSupport(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: EndOfSupportChange) => changeEndOfSupport(orgId, change),
    // The table decides which hosts are unsupported; after a colleague's change (409) it is read again to show theirs.
    onSettled: () => queryClient.invalidateQueries({ queryKey: vulnerabilitiesQueryKey(orgId) }),
  });
}
