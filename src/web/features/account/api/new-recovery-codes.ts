// POST /api/v1/me/mfa/recovery-codes: ten new recovery codes, shown this once; the old ones stop working.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecoveryCodes } from '../../../../contract/mfa';
import { apiRequest } from '../../../lib/api-client';
import { mfaStatusQueryOptions } from './get-mfa-status';

export function newRecoveryCodes() {
  return apiRequest<RecoveryCodes>('/api/v1/me/mfa/recovery-codes', { method: 'POST' });
}

export function useNewRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: newRecoveryCodes,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mfaStatusQueryOptions.queryKey }),
  });
}
