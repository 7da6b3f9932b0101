// GET /api/v1/orgs/:orgId/alert-report?from=&to=: the triage analytics over a period, per detection
// rule and analyst, with the findings in words and the SOC survey figures beside ours.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AlertReport, AnalystLoad, BacklogPoint, DurationStats, ParetoEntry, RuleStats, SocFigure, TriageBreach, TriageFinding } from '../../../../contract/alerts';
import { apiRequest } from '../../../lib/api-client';
import { alertsQueryKey, reportPath } from './paths';

export type { AlertReport, AnalystLoad, BacklogPoint, DurationStats, ParetoEntry, RuleStats, SocFigure, TriageBreach, TriageFinding };

/** UK calendar days (YYYY-MM-DD); either left out means the API's default, the 90 days to now. */
export interface ReportPeriod {
  from?: string | undefined;
  to?: string | undefined;
}

export function getAlertReport(orgId: string, period: ReportPeriod, signal?: AbortSignal) {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  const query = params.toString();
  return apiRequest<AlertReport>(`${reportPath(orgId)}${query ? `?${query}` : ''}`, signal ? { signal } : {});
}

export function alertReportQueryOptions(orgId: string, period: ReportPeriod) {
  return queryOptions({
    queryKey: [...alertsQueryKey(orgId), 'report', { from: period.from ?? '', to: period.to ?? '' }] as const,
    queryFn: ({ signal }) => getAlertReport(orgId, period, signal),
  });
}

export function useAlertReport(orgId: string, period: ReportPeriod, options: { enabled?: boolean } = {}) {
  // A new period keeps the last one's figures on screen until its own arrive.
  return useQuery({ ...alertReportQueryOptions(orgId, period), enabled: options.enabled ?? true, placeholderData: keepPreviousData });
}
