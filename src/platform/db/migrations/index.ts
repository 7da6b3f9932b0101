// The ordered list of forward-only migrations. Add a file, append it here; never edit a released one.
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';
import * as foundation from './0001-foundation.js';
import * as identity from './0002-identity.js';
import * as catalogues from './0003-catalogues.js';
import * as organisationProfiles from './0004-organisation-profiles.js';
import * as keyedAuditTrail from './0005-keyed-audit-trail.js';
import * as identityHardening from './0006-identity-hardening.js';
import * as imports from './0007-imports.js';
import * as assessments from './0008-assessments.js';
import * as evidence from './0009-evidence.js';
import * as importTargets from './0010-import-targets.js';
import * as incidents from './0011-incidents.js';
import * as notifications from './0012-notifications.js';
import * as exercises from './0013-exercises.js';
import * as alerts from './0014-alerts.js';
import * as importRejects from './0015-import-rejects.js';
import * as alertKeys from './0016-alert-keys.js';
import * as informationAssets from './0017-information-assets.js';
import * as dataFlows from './0018-data-flows.js';
import * as registerActions from './0019-register-actions.js';
import * as recordsOfProcessing from './0020-records-of-processing.js';
import * as dpias from './0021-dpias.js';
import * as staffRegister from './0022-staff-register.js';
import * as training from './0023-training.js';
import * as directoryAccounts from './0024-directory-accounts.js';
import * as accessReviews from './0025-access-reviews.js';
import * as trainingKeys from './0026-training-keys.js';
import * as knownExploitedVulnerabilities from './0027-known-exploited-vulnerabilities.js';
import * as vulnerabilityFindings from './0028-vulnerability-findings.js';
import * as remediationSettings from './0029-remediation-settings.js';
import * as cyberAlerts from './0030-cyber-alerts.js';

export interface EngineMigration {
  up(db: Kysely<unknown>, engine: Engine): Promise<void>;
}

export const migrations: Record<string, EngineMigration> = {
  '0001-foundation': foundation,
  '0002-identity': identity,
  '0003-catalogues': catalogues,
  '0004-organisation-profiles': organisationProfiles,
  '0005-keyed-audit-trail': keyedAuditTrail,
  '0006-identity-hardening': identityHardening,
  '0007-imports': imports,
  '0008-assessments': assessments,
  '0009-evidence': evidence,
  '0010-import-targets': importTargets,
  '0011-incidents': incidents,
  '0012-notifications': notifications,
  '0013-exercises': exercises,
  '0014-alerts': alerts,
  '0015-import-rejects': importRejects,
  '0016-alert-keys': alertKeys,
  '0017-information-assets': informationAssets,
  '0018-data-flows': dataFlows,
  '0019-register-actions': registerActions,
  '0020-records-of-processing': recordsOfProcessing,
  '0021-dpias': dpias,
  '0022-staff-register': staffRegister,
  '0023-training': training,
  '0024-directory-accounts': directoryAccounts,
  '0025-access-reviews': accessReviews,
  '0026-training-keys': trainingKeys,
  '0027-known-exploited-vulnerabilities': knownExploitedVulnerabilities,
  '0028-vulnerability-findings': vulnerabilityFindings,
  '0029-remediation-settings': remediationSettings,
  '0030-cyber-alerts': cyberAlerts,
};
