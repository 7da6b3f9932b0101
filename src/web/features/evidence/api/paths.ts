// Where the evidence library lives in the API, and the one way to refresh what depends on it.
import type { QueryClient } from '@tanstack/react-query';
import { segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export function evidencePath(orgId: string): string {
  return `/api/v1/orgs/${segment(orgId)}/evidence`;
}

export function itemPath(orgId: string, id: string): string {
  return `${evidencePath(orgId)}/${segment(id)}`;
}

/** A version's file, as a plain link: the browser saves it (the server sends it as an attachment). */
export function fileUrl(orgId: string, id: string, version: number): string {
  return `${itemPath(orgId, id)}/versions/${version}/file`;
}

export function evidenceQueryKey(orgId: string) {
  return [...orgQueryKey(orgId), 'evidence'] as const;
}

/** A change refreshes the library, the item, and the audit trail that recorded it. */
export function refreshEvidence(queryClient: QueryClient, orgId: string) {
  return queryClient.invalidateQueries({ queryKey: orgQueryKey(orgId) });
}
