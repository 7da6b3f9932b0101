// What the capability modules tell the shared platform, which knows no module by name: which
// organisation types only oversee the ones below them, and which sealed secrets key rotation re-seals.
import { sealedTotpSeeds } from '../modules/mfa/service.js';
import { OVERSIGHT_TYPES } from '../modules/organisations/service.js';
import { sealedClientSecrets } from '../modules/sso/service.js';
import { declareOversightTypes } from '../platform/policy/oversight.js';
import { registerSealedSecrets } from '../platform/secrets/rotation.js';

/** Safe to call more than once: each contribution replaces the one before it. */
export function contributeToPlatform(): void {
  declareOversightTypes(OVERSIGHT_TYPES);
  registerSealedSecrets(sealedTotpSeeds);
  registerSealedSecrets(sealedClientSecrets);
}
