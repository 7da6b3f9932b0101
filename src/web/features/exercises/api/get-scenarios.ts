// GET /api/v1/orgs/:orgId/exercise-scenarios: the scenario library to plan an exercise from, each
// with its objectives, roles, injects, decision points and targets, and what it tests.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Scenario, ScenarioList } from '../../../../contract/exercises';
import { apiRequest } from '../../../lib/api-client';
import { exercisesQueryKey, scenariosUrl } from './paths';

export type { Scenario };

export function scenariosQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...exercisesQueryKey(orgId), 'scenarios'] as const,
    queryFn: ({ signal }) => apiRequest<ScenarioList>(scenariosUrl(orgId), { signal }),
    // The library is shipped content: it does not change while the page is open.
    staleTime: Infinity,
  });
}

export function useScenarios(orgId: string) {
  return useQuery(scenariosQueryOptions(orgId));
}
