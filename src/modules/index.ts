// The capability modules: their policies are declared on import, their routes mounted under /api/v1.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.js';
import './accounts/policy.js';
import './audit/policy.js';
import './organisations/policy.js';
import { accountRoutes } from './accounts/routes.js';
import { auditRoutes } from './audit/routes.js';
import { organisationRoutes } from './organisations/routes.js';

export async function registerModules(api: FastifyInstance, app: AppContext) {
  await accountRoutes(api, app);
  await organisationRoutes(api, app);
  await auditRoutes(api, app);
}
