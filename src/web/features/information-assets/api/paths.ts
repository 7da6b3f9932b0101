// Where the information asset register's API lives, the query keys its answers are cached under, and
// the one way to refresh what a change touches. Identifiers are encoded so they can never change a
// path's shape.
import type { QueryClient } from '@tanstack/react-query';
import { segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

const orgPath = (orgId: string) => `/api/v1/orgs/${segment(orgId)}`;
export const assetsPath = (orgId: string) => `${orgPath(orgId)}/assets`;
export const assetPath = (orgId: string, id: string) => `${assetsPath(orgId)}/${segment(id)}`;
export const suppliersPath = (orgId: string) => `${orgPath(orgId)}/suppliers`;
export const supplierPath = (orgId: string, id: string) => `${suppliersPath(orgId)}/${segment(id)}`;
export const flagsPath = (orgId: string) => `${orgPath(orgId)}/asset-flags`;
export const flowsPath = (orgId: string) => `${orgPath(orgId)}/data-flows`;
export const flowPath = (orgId: string, id: string) => `${flowsPath(orgId)}/${segment(id)}`;
export const registerActionsPath = (orgId: string) => `${orgPath(orgId)}/register-actions`;
export const registerActionPath = (orgId: string, id: string) => `${registerActionsPath(orgId)}/${segment(id)}`;
export const ropaPath = (orgId: string) => `${orgPath(orgId)}/ropa`;
export const ropaDetailsPath = (orgId: string) => `${ropaPath(orgId)}/details`;
export const dpiasPath = (orgId: string) => `${orgPath(orgId)}/dpias`;
export const dpiaPath = (orgId: string, id: string) => `${dpiasPath(orgId)}/${segment(id)}`;

/** The register or the suppliers as a file (the server sends an attachment, so a plain link saves it). */
export const assetsExportUrl = (orgId: string, format: 'csv' | 'xlsx') => `${assetsPath(orgId)}/export?format=${format}`;
export const suppliersExportUrl = (orgId: string, format: 'csv' | 'xlsx') => `${suppliersPath(orgId)}/export?format=${format}`;
export const flowsExportUrl = (orgId: string, format: 'csv' | 'xlsx') => `${flowsPath(orgId)}/export?format=${format}`;
/** The record of processing as a file, as of the day shown (now when none is asked for). */
export const ropaExportUrl = (orgId: string, format: 'xlsx' | 'csv' | 'pdf', asOf: string | undefined) => withQuery(`${ropaPath(orgId)}/export`, { format, asOf });

/** A path with the query's non-empty values, in the order given. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export const assetsQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'assets'] as const;
export const suppliersQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'suppliers'] as const;
export const flowsQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'data-flows'] as const;
export const registerActionsQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'register-actions'] as const;
export const ropaQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'ropa'] as const;
export const dpiasQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'dpias'] as const;

/**
 * A change touches the register, the suppliers (their dependent assets and flags), the flags report
 * and the audit trail that recorded it: everything about the organisation is read again, except the
 * record named in `gone`, which no longer exists and would only answer 404.
 */
export function refreshRegister(queryClient: QueryClient, orgId: string, gone?: readonly unknown[]) {
  return queryClient.invalidateQueries({
    queryKey: orgQueryKey(orgId),
    predicate: (query) => !gone || !gone.every((part, index) => query.queryKey[index] === part),
  });
}
