// Bulwark's HTTP server: the platform's assembly (src/platform/http/server.ts) with the capability
// modules plugged in: who a session or token stands for, and every module's routes.
import * as accounts from '../modules/accounts/service.js';
import * as apiTokens from '../modules/api-tokens/service.js';
import * as organisations from '../modules/organisations/service.js';
import { scimRoutes } from '../modules/scim/routes.js';
import type { AppContext } from '../platform/context.js';
import { assembleServer, type Server, type ServerOptions } from '../platform/http/server.js';
import { registerModuleRoutes } from './module-routes.js';

export type { RouteRecord, Server, ServerOptions } from '../platform/http/server.js';

export async function buildServer(app: AppContext, options: ServerOptions = {}): Promise<Server> {
  return assembleServer(
    app,
    {
      identity: {
        principalFromSession: (token) => accounts.principalFromSession(app, token),
        principalFromToken: (token) => apiTokens.principalFromToken(app, token),
        findOrganisation: (id) => organisations.findOrganisation(app.db, id),
      },
      routes: async (server) => {
        await server.register(async (api) => registerModuleRoutes(api, app), { prefix: '/api/v1' });
        await server.register(async (scope) => scimRoutes(scope, app), { prefix: '/scim/v2' });
      },
    },
    options,
  );
}
