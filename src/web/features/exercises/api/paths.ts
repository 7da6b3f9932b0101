// Where the exercises API lives, one place for every call in this feature, and the one way to
// refresh what depends on a change. Identifiers are encoded so they can never change a path's shape.
import type { QueryClient } from '@tanstack/react-query';
import { segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

const orgUrl = (orgId: string) => `/api/v1/orgs/${segment(orgId)}`;
export const scenariosUrl = (orgId: string) => `${orgUrl(orgId)}/exercise-scenarios`;
export const exercisesUrl = (orgId: string) => `${orgUrl(orgId)}/exercises`;
export const exerciseUrl = (orgId: string, id: string) => `${exercisesUrl(orgId)}/${segment(id)}`;
export const exerciseActionsUrl = (orgId: string) => `${orgUrl(orgId)}/exercise-actions`;
export const comparisonUrl = (orgId: string) => `${orgUrl(orgId)}/exercise-comparison`;

/** Every query about an organisation's exercises starts here. */
export const exercisesQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'exercises'] as const;

/** A change refreshes the list, the exercise, the actions, the comparison and the audit trail. */
export function refreshExercises(queryClient: QueryClient, orgId: string) {
  return queryClient.invalidateQueries({ queryKey: orgQueryKey(orgId) });
}
