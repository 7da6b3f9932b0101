// PUT /api/v1/orgs/:orgId/remediation-deadlines with the version read: a colleague's save since then is
// a 409, shown as such rather than overwritten.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeadlineSettingsAnswer } from '../../../../contract/vulnerabilities';
import { apiRequest } from '../../../lib/api-client';
import type { SavedDeadlines } from '../components/deadlines-form';
import { deadlinesPath, vulnerabilitiesQueryKey } from './paths';

export function saveDeadlines(orgId: string, body: SavedDeadlines) {
  return apiRequest<DeadlineSettingsAnswer>(deadlinesPath(orgId), { method: 'PUT', body });
}

export function useSaveDeadlines(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SavedDeadlines) => saveDeadlines(orgId, body),
    // New deadlines move every finding's due date.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vulnerabilitiesQueryKey(orgId) }),
  });
}
