// PUT /api/v1/orgs/:orgId/incident-settings, with the version read (0 before the first save): a
// colleague's save since then is a 409, shown as such rather than overwritten.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IncidentSettings } from '../../../../contract/incidents';
import { apiRequest } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';
import { settingsPath } from './paths';

export function saveIncidentSettings(orgId: string, settings: IncidentSettings) {
  return apiRequest<IncidentSettings>(settingsPath(orgId), { method: 'PUT', body: settings });
}

export function useSaveIncidentSettings(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: IncidentSettings) => saveIncidentSettings(orgId, settings),
    // New targets change every incident's standing against them, and the audit trail records the change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgQueryKey(orgId) }),
  });
}
