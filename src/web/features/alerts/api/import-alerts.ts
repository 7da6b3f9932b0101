// POST /api/v1/orgs/:orgId/imports/alerts: an alert history file sent as it is, read with a built-in
// mapping (Sentinel, Splunk) or a saved one; answers the run. GET …/imports?kind=alerts lists the
// runs, with the progress of one still going, which the page polls while it waits; GET
// …/imports/:runId gives one run (a refused one says how many rows were read and rejected).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportRunView, SavedMappingView } from '../../../../contract/imports';
import { apiRequest, segment } from '../../../lib/api-client';
import { type AlertFileSource, importQuery } from '../components/import-source';
import { alertsQueryKey, importPath, mappingsPath, orgPath, runsPath } from './paths';

export type { ImportRunView, SavedMappingView };

export interface AlertFileImport {
  file: File;
  source: AlertFileSource;
  skipInvalid: boolean;
}

export function importAlerts(orgId: string, upload: AlertFileImport) {
  const params = importQuery(upload.file.name, upload.source, upload.skipInvalid);
  return apiRequest<ImportRunView>(`${importPath(orgId)}?${params.toString()}`, { method: 'POST', file: upload.file });
}

const runsQueryKey = (orgId: string) => [...alertsQueryKey(orgId), 'imports'] as const;

/** The latest alert imports; every half second while a file is being sent, to show how far it has got. */
export function useAlertImportRuns(orgId: string, options: { enabled: boolean; polling: boolean }) {
  return useQuery({
    queryKey: runsQueryKey(orgId),
    queryFn: ({ signal }) => apiRequest<{ runs: ImportRunView[] }>(runsPath(orgId), { signal }),
    enabled: options.enabled,
    refetchInterval: options.polling ? 500 : false,
  });
}

/** One run, read after a refusal for its counts (the refusal itself carries only the problems). */
export function importRunQueryOptions(orgId: string, runId: string) {
  return queryOptions({
    queryKey: [...runsQueryKey(orgId), runId] as const,
    queryFn: ({ signal }) => apiRequest<ImportRunView>(`${orgPath(orgId)}/imports/${segment(runId)}`, { signal }),
  });
}

export function useImportRun(orgId: string, runId: string | null) {
  return useQuery({ ...importRunQueryOptions(orgId, runId ?? ''), enabled: runId !== null });
}

/** The column mappings saved for alert files, for "other CSV or NDJSON". */
export function useAlertMappings(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...alertsQueryKey(orgId), 'mappings'] as const,
    queryFn: ({ signal }) => apiRequest<{ mappings: SavedMappingView[] }>(mappingsPath(orgId), { signal }),
    enabled,
  });
}

export function useImportAlerts(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upload: AlertFileImport) => importAlerts(orgId, upload),
    // The report and the runs change, also when the file was refused (the refused run is listed).
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertsQueryKey(orgId) }),
  });
}
