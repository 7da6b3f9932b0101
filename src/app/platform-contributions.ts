// What the capability modules tell the shared platform, which knows no module by name: which
// organisation types only oversee the ones below them, which sealed secrets key rotation re-seals, and
// which figures are live evidence for assessments' outcomes, and what follows an import of a kind.
import { closeActionsFoundGone } from '../modules/access-reviews/service.js';
import { directoryEvidence } from '../modules/directory/service.js';
import { registerEvidence } from '../modules/information-assets/service.js';
import { sealedTotpSeeds } from '../modules/mfa/service.js';
import { OVERSIGHT_TYPES } from '../modules/organisations/service.js';
import { sealedClientSecrets } from '../modules/sso/service.js';
import { trainingEvidence } from '../modules/training/service.js';
import { exposureEvidence } from '../modules/vulnerabilities/service.js';
import { onImportApplied } from '../platform/imports/import-kinds.js';
import { contributeLiveEvidence } from '../platform/live-evidence.js';
import { declareOversightTypes } from '../platform/policy/oversight.js';
import { registerSealedSecrets } from '../platform/secrets/rotation.js';

/** Safe to call more than once: each contribution replaces the one before it. */
export function contributeToPlatform(): void {
  declareOversightTypes(OVERSIGHT_TYPES);
  registerSealedSecrets(sealedTotpSeeds);
  registerSealedSecrets(sealedClientSecrets);
  contributeLiveEvidence(registerEvidence);
  contributeLiveEvidence(directoryEvidence);
  contributeLiveEvidence(trainingEvidence);
  contributeLiveEvidence(exposureEvidence);
  // Access-review actions close when a directory import finds their account gone or disabled.
  onImportApplied('accounts', 'access-review-actions', closeActionsFoundGone);
}
