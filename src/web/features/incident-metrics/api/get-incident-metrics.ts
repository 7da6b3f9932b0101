// GET /api/v1/orgs/:orgId/incident-metrics?from=&to=: response times over a period, by kind and
// severity, against the organisation's targets, month by month, and beside published figures.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { BenchmarkComparison, IncidentMetrics, MetricSummary, TargetOutcome, TrendPoint } from '../../../../contract/incidents';
import { apiRequest } from '../../../lib/api-client';
import { incidentsQueryKey, metricsPath } from './paths';

export type { BenchmarkComparison, IncidentMetrics, MetricSummary, TargetOutcome, TrendPoint };

/** UK calendar days (YYYY-MM-DD); either left out means the API's default, the 12 months to now. */
export interface MetricsPeriod {
  from?: string | undefined;
  to?: string | undefined;
}

export function getIncidentMetrics(orgId: string, period: MetricsPeriod, signal?: AbortSignal) {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  const query = params.toString();
  return apiRequest<IncidentMetrics>(`${metricsPath(orgId)}${query ? `?${query}` : ''}`, signal ? { signal } : {});
}

export function incidentMetricsQueryOptions(orgId: string, period: MetricsPeriod) {
  return queryOptions({
    queryKey: [...incidentsQueryKey(orgId), 'metrics', { from: period.from ?? '', to: period.to ?? '' }] as const,
    queryFn: ({ signal }) => getIncidentMetrics(orgId, period, signal),
  });
}

export function useIncidentMetrics(orgId: string, period: MetricsPeriod, options: { enabled?: boolean } = {}) {
  // A new period keeps the figures for the last one on screen until its own arrive.
  return useQuery({ ...incidentMetricsQueryOptions(orgId, period), enabled: options.enabled ?? true, placeholderData: keepPreviousData });
}
