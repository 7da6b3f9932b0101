// Adding a passkey: POST /api/v1/me/passkeys/registration-options gives the options (and a short-lived
// ceremony cookie), the browser makes the credential, and POST /api/v1/me/passkeys stores it.
import type { RegistrationResponseJSON } from '@simplewebauthn/browser';
import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PasskeyAdded } from '../../../../contract/passkeys';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { createCredential } from './browser-ceremony';
import { passkeysQueryOptions, SECOND_FACTOR_QUERY_KEY } from './get-passkeys';

export type { PasskeyAdded, RegistrationResponseJSON };

/** The options from the server, then the person's device or key makes the passkey. */
export async function makePasskey(): Promise<RegistrationResponseJSON> {
  const options = await apiRequest<PublicKeyCredentialCreationOptionsJSON>('/api/v1/me/passkeys/registration-options', { method: 'POST' });
  return createCredential(options);
}

export async function saveNewPasskey(input: { name: string; response: RegistrationResponseJSON }): Promise<PasskeyAdded> {
  const added = await apiRequest<PasskeyAdded>('/api/v1/me/passkeys', { method: 'POST', body: input });
  // A first passkey added while enrolling renews the session: its new CSRF token goes with the new cookie.
  setCsrfToken(added.csrfToken);
  return added;
}

/** Two steps, so that a name the server refuses can be corrected without asking the device again. */
export function useAddPasskey() {
  const queryClient = useQueryClient();
  const make = useMutation({ mutationFn: makePasskey });
  const save = useMutation({
    mutationFn: saveNewPasskey,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: passkeysQueryOptions.queryKey }),
        queryClient.invalidateQueries({ queryKey: SECOND_FACTOR_QUERY_KEY }),
      ]);
    },
  });
  return { make, save };
}
