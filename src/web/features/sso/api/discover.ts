// POST /api/v1/auth/sso/discover: which connections serve an email address's domain.
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { SsoDiscovery } from './types';

export function discover(email: string): Promise<SsoDiscovery> {
  return apiRequest<SsoDiscovery>('/api/v1/auth/sso/discover', { method: 'POST', body: { email } });
}

export function useDiscover() {
  return useMutation({ mutationFn: discover });
}
