// The cyber alerts register's API calls: the list (GET /orgs/:orgId/cyber-alerts), one alert, recording
// one (POST), and each step of the response (POST /cyber-alerts/:id/<step>), whose answer is the alert
// as it now is; a step refused because a colleague changed the alert first carries theirs.
import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CyberAlertBody, CyberAlertList, CyberAlertSummary, CyberAlertView } from '../../../../contract/cyber-alerts';
import { apiRequest, isApiError, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export type { CyberAlertBody, CyberAlertList, CyberAlertSummary, CyberAlertView };

export type Overdue = 'acknowledgement' | 'remediation';
export interface CyberAlertFilter {
  overdue?: Overdue | undefined;
  page: number;
}

const alertsPath = (orgId: string) => `/api/v1/orgs/${segment(orgId)}/cyber-alerts`;
const alertsKey = (orgId: string) => [...orgQueryKey(orgId), 'cyber-alerts'] as const;

function searchOf(filter: CyberAlertFilter): string {
  const params = new URLSearchParams();
  if (filter.overdue) params.set('overdue', filter.overdue);
  if (filter.page > 1) params.set('page', String(filter.page));
  return params.size ? `?${params.toString()}` : '';
}

export function cyberAlertsQueryOptions(orgId: string, filter: CyberAlertFilter) {
  return queryOptions({
    queryKey: [...alertsKey(orgId), 'list', filter] as const,
    queryFn: ({ signal }) => apiRequest<CyberAlertList>(`${alertsPath(orgId)}${searchOf(filter)}`, { signal }),
  });
}

export function useCyberAlerts(orgId: string, filter: CyberAlertFilter) {
  return useQuery(cyberAlertsQueryOptions(orgId, filter));
}

export function cyberAlertQueryOptions(orgId: string, id: string) {
  return queryOptions({
    queryKey: [...alertsKey(orgId), 'item', id] as const,
    queryFn: ({ signal }) => apiRequest<CyberAlertView>(`${alertsPath(orgId)}/${segment(id)}`, { signal }),
  });
}

export function useCyberAlert(orgId: string, id: string) {
  return useQuery(cyberAlertQueryOptions(orgId, id));
}

/** Shows the alert as the API answered at once, and reads the list again (its counts move). */
function showAlert(queryClient: QueryClient, orgId: string, alert: CyberAlertView) {
  queryClient.setQueryData(cyberAlertQueryOptions(orgId, alert.id).queryKey, alert);
  return queryClient.invalidateQueries({ queryKey: [...alertsKey(orgId), 'list'] });
}

export function useRecordCyberAlert(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CyberAlertBody) => apiRequest<CyberAlertView>(alertsPath(orgId), { method: 'POST', body }),
    onSuccess: (alert) => showAlert(queryClient, orgId, alert),
  });
}

export type CyberAlertStep = 'applicability' | 'acknowledge' | 'updates' | 'remediated' | 'close';

const isAlert = (value: unknown): value is CyberAlertView => typeof value === 'object' && value !== null && 'id' in value && 'version' in value && 'reference' in value && 'updates' in value;

/** The alert a colleague's change left, from a 409 stale-change problem; null for any other failure. */
export function staleAlertOf(error: unknown): CyberAlertView | null {
  if (!isApiError(error) || !error.type.endsWith('/stale-change')) return null;
  const { current } = error.extensions;
  return isAlert(current) ? current : null;
}

export function useCyberAlertStep(orgId: string, id: string, step: CyberAlertStep) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown> & { version: number }) => apiRequest<CyberAlertView>(`${alertsPath(orgId)}/${segment(id)}/${step}`, { method: 'POST', body }),
    onSuccess: (alert) => showAlert(queryClient, orgId, alert),
    onError: (error) => {
      // The page moves on to their version, so the next step is made knowingly against it.
      const theirs = staleAlertOf(error);
      if (theirs) void showAlert(queryClient, orgId, theirs);
    },
  });
}
