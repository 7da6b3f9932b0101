// PUT /api/v1/orgs/:orgId/alert-settings with the version read: a colleague's save since then is a 409,
// shown as such rather than overwritten.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AlertSettings } from '../../../../contract/alerts';
import { apiRequest } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';
import { settingsPath } from './paths';

export function saveAlertSettings(orgId: string, settings: AlertSettings) {
  return apiRequest<AlertSettings>(settingsPath(orgId), { method: 'PUT', body: settings });
}

export function useSaveAlertSettings(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: AlertSettings) => saveAlertSettings(orgId, settings),
    // New targets change which alerts breached them, and the audit trail records the change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgQueryKey(orgId) }),
  });
}
