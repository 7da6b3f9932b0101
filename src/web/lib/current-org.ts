// The organisation in the URL (/orgs/:orgId/...): its details, where it sits, and what the signed-in
// person may do there. The shell uses it for navigation; features use it for titles and permissions.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { OrganisationPage } from '../../contract/organisations';
import { apiRequest, segment } from './api-client';

export type Permission =
  | 'organisation.read'
  | 'organisation.update'
  | 'organisation.create-child'
  | 'member.read'
  | 'member.manage'
  | 'audit.read'
  | (string & {});

/** An organisation as GET /api/v1/orgs/:orgId returns it, with the caller's permissions there. */
export type Organisation = Omit<OrganisationPage, 'permissions'> & { permissions: Permission[] };

/** Every query about one organisation starts with this key, so one invalidation refreshes them all. */
export function orgQueryKey(orgId: string) {
  return ['orgs', orgId] as const;
}

export function organisationQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...orgQueryKey(orgId), 'details'] as const,
    queryFn: ({ signal }) => apiRequest<Organisation>(`/api/v1/orgs/${segment(orgId)}`, { signal }),
  });
}

export function useOrgId(): string {
  const { orgId } = useParams();
  if (!orgId) throw new Error('useOrgId used outside an /orgs/:orgId route');
  return orgId;
}

export function useCurrentOrganisation() {
  return useQuery(organisationQueryOptions(useOrgId()));
}

export function can(organisation: Organisation | undefined, permission: Permission): boolean {
  return organisation?.permissions.includes(permission) ?? false;
}
