// The capability modules: their policies are declared on import, their routes mounted under /api/v1.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.js';
import '../modules/accounts/policy.js';
import '../modules/api-tokens/policy.js';
import '../modules/mfa/policy.js';
import '../modules/passkeys/policy.js';
import '../modules/audit/policy.js';
import '../modules/catalogues/policy.js';
import '../modules/evidence/policy.js';
import '../modules/organisations/policy.js';
import '../modules/imports/policy.js';
import '../modules/sso/policy.js';
import '../modules/scim/policy.js';
import '../modules/assessments/policy.js';
import '../modules/incidents/policy.js';
import { accountLinkRoutes, passwordResetRequestRoutes } from '../modules/account-links/routes.js';
import { accountRoutes } from '../modules/accounts/routes.js';
import { apiTokenRoutes } from '../modules/api-tokens/routes.js';
import { mfaRoutes } from '../modules/mfa/routes.js';
import { passkeyRoutes } from '../modules/passkeys/routes.js';
import { auditRoutes } from '../modules/audit/routes.js';
import { catalogueRoutes } from '../modules/catalogues/routes.js';
import { evidenceRoutes } from '../modules/evidence/routes.js';
import { organisationRoutes } from '../modules/organisations/routes.js';
import { importRoutes } from '../modules/imports/routes.js';
import { ssoRoutes } from '../modules/sso/routes.js';
import { assessmentRoutes } from '../modules/assessments/routes.js';
import { incidentRoutes } from '../modules/incidents/routes.js';
import { notificationRoutes } from '../modules/notifications/routes.js';

export async function registerModuleRoutes(api: FastifyInstance, app: AppContext) {
  await accountRoutes(api, app);
  await assessmentRoutes(api, app);
  await accountLinkRoutes(api, app);
  await passwordResetRequestRoutes(api, app);
  await apiTokenRoutes(api, app);
  await mfaRoutes(api, app);
  await passkeyRoutes(api, app);
  await organisationRoutes(api, app);
  await auditRoutes(api, app);
  await catalogueRoutes(api, app);
  await importRoutes(api, app);
  await evidenceRoutes(api, app);
  await ssoRoutes(api, app);
  await incidentRoutes(api, app);
  await notificationRoutes(api, app);
}
