// GET /api/v1/orgs/:orgId/training/compliance?asOf=: training and induction compliance on a UK day.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ComplianceLine, OverdueGroup, TrainingCompliance } from '../../../../contract/training';
import { apiRequest } from '../../../lib/api-client';
import { compliancePath, trainingQueryKey, withQuery } from './paths';

export type { ComplianceLine, OverdueGroup, TrainingCompliance };
export type NewStarter = TrainingCompliance['newStarters']['people'][number];

export function useCompliance(orgId: string, asOf: string | undefined, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...trainingQueryKey(orgId), 'compliance', asOf ?? ''] as const,
    queryFn: ({ signal }) => apiRequest<TrainingCompliance>(withQuery(compliancePath(orgId), { asOf }), { signal }),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
  });
}
