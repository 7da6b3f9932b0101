// The capability modules: their policies are declared on import, their routes mounted under /api/v1.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.js';
import './accounts/policy.js';
import './api-tokens/policy.js';
import './mfa/policy.js';
import './passkeys/policy.js';
import './audit/policy.js';
import './catalogues/policy.js';
import './organisations/policy.js';
import './organisations/organisations-import.js';
import './imports/policy.js';
import './sso/policy.js';
import './scim/policy.js';
import { accountLinkRoutes } from './account-links/routes.js';
import { passwordResetRequestRoutes } from './account-links/reset-request-routes.js';
import { accountRoutes } from './accounts/routes.js';
import { apiTokenRoutes } from './api-tokens/routes.js';
import { mfaRoutes } from './mfa/routes.js';
import { passkeyRoutes } from './passkeys/routes.js';
import { auditRoutes } from './audit/routes.js';
import { catalogueRoutes } from './catalogues/routes.js';
import { organisationRoutes } from './organisations/routes.js';
import { importRoutes } from './imports/routes.js';
import { ssoRoutes } from './sso/routes.js';

export async function registerModules(api: FastifyInstance, app: AppContext) {
  await accountRoutes(api, app);
  await accountLinkRoutes(api, app);
  await passwordResetRequestRoutes(api, app);
  await apiTokenRoutes(api, app);
  await mfaRoutes(api, app);
  await passkeyRoutes(api, app);
  await organisationRoutes(api, app);
  await auditRoutes(api, app);
  await catalogueRoutes(api, app);
  await importRoutes(api, app);
  await ssoRoutes(api, app);
}
