// POST /api/v1/orgs/:orgId/imports/organisations: a file of organisations, sites and departments, sent
// as it is; answers the run (what was added, changed and rejected). GET …/imports lists the runs, with
// the progress of one still going, which the page polls while it waits.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';
import { meQueryKey } from '../../../lib/session';
import type { ImportRunView } from '../../../../contract/imports';

export type { ImportRunView };

export interface OrganisationsFileImport {
  file: File;
  skipInvalid: boolean;
}

export function importOrganisations(orgId: string, upload: OrganisationsFileImport) {
  const params = new URLSearchParams({ file: upload.file.name });
  if (upload.skipInvalid) params.set('skipInvalid', 'true');
  return apiRequest<ImportRunView>(`/api/v1/orgs/${segment(orgId)}/imports/organisations?${params.toString()}`, { method: 'POST', file: upload.file });
}

export const importRunsQueryKey = (orgId: string) => ['orgs', orgId, 'imports', 'organisations'] as const;

export function getImportRuns(orgId: string) {
  return apiRequest<{ runs: ImportRunView[] }>(`/api/v1/orgs/${segment(orgId)}/imports?kind=organisations`);
}

/** The latest runs; every half second while an import is being sent, to show how far it has got. */
export function useImportRuns(orgId: string, polling: boolean) {
  return useQuery({ queryKey: importRunsQueryKey(orgId), queryFn: () => getImportRuns(orgId), refetchInterval: polling ? 500 : false });
}

export function useImportOrganisations(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upload: OrganisationsFileImport) => importOrganisations(orgId, upload),
    // The tree, the counts, the organisations you can switch to and the runs may all have changed,
    // also when the import was refused (the refused run is listed).
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orgQueryKey(orgId) }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
        queryClient.invalidateQueries({ queryKey: importRunsQueryKey(orgId) }),
      ]),
  });
}
