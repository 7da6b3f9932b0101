// Assembles the HTTP server: security headers, cookies, logging, access control, problem details,
// the OpenAPI document, the routes the app plugs in (src/app/server.ts) and the built web app.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import { Redis } from 'ioredis';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TrustedProxies } from '../config.js';
import type { AppContext } from '../context.js';
import { isDatabaseUp } from '../db/database.js';
import { NotFound, TooManyAttempts } from '../errors.js';
import type { IdentityNames } from '../identity/deployment-identity.js';
import { identityRoutes } from '../identity/identity-routes.js';
import { namedWebShell } from '../identity/web-shell.js';
import { logLiveEvidenceTo } from '../live-evidence.js';
import { loggerOptions } from '../logger.js';
import { type AccessDeps, HTTPS_SESSION_COOKIE, registerAccessControl, type RoutePolicy, SESSION_COOKIE } from './access.js';
import { registerNulCharacterGuard } from './nul-characters.js';
import { problemHandler, sendProblem } from './problem.js';
import { publicOrigin } from './public-origin.js';
import { registerSecurityHeaders } from './security-headers.js';

export type Server = FastifyInstance;
export type RouteRecord = { method: string; url: string; policy: RoutePolicy | undefined };

export interface ServerOptions {
  /** pino options, or false for none (tests, benchmarks). */
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web app; the default is dist/web in the project. */
  webRoot?: string;
}

/** What the app plugs into the server: who is asking, and the routes of its capabilities. */
export interface ServerParts {
  /** The principal behind a session or an API token, and the organisation an :orgId names. */
  identity: Pick<AccessDeps, 'principalFromSession' | 'principalFromToken' | 'findOrganisation'>;
  /** Registers the API's routes (with their prefixes); runs after access control and before the web app's catch-all. */
  routes(server: Server): Promise<void>;
}

const API_PATH = /^\/(api|scim)\//;

export const DEFAULT_WEB_ROOT = path.resolve(import.meta.dirname, '../../../dist/web');

export async function assembleServer(app: AppContext, parts: ServerParts, options: ServerOptions = {}): Promise<Server> {
  const server = Fastify({
    logger: options.logger === undefined ? loggerOptions(app.config.logLevel) : options.logger,
    genReqId: () => randomUUID(),
    trustProxy: trustProxyOption(app.config.trustProxy),
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.email.logTo(server.log.child({ module: 'email' }));
  logLiveEvidenceTo(server.log.child({ module: 'live-evidence' }));
  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);

  // Every route is recorded with its policy, so a test can prove that none lacks one.
  const routes: RouteRecord[] = [];
  server.decorate('routeRecords', routes);
  server.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const method of methods) routes.push({ method, url: r.url, policy: r.config?.policy });
  });
  server.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    // API answers carry personal data, and an authenticated page is one person's: no cache, shared or
    // in the browser, may keep them. A route that wants caching says so with its own header.
    if (!reply.hasHeader('cache-control') && (request.principal || API_PATH.test(request.url))) void reply.header('cache-control', 'no-store');
  });

  registerSecurityHeaders(server);
  await server.register(fastifyCookie);
  const redis = app.config.redisUrl ? new Redis(app.config.redisUrl, { connectTimeout: 1000, maxRetriesPerRequest: 1 }) : undefined;
  if (redis) server.addHook('onClose', async () => void (await redis.quit()));
  await server.register(fastifyRateLimit, {
    global: false,
    // Shared across instances when Redis is configured. If Redis fails, requests are let through
    // (account lockout, kept in the database, still protects passwords) rather than refused.
    ...(redis ? { redis, nameSpace: `${app.config.redisKeyPrefix}rate:`, skipOnError: true } : {}),
    errorResponseBuilder: (_req, ctx) => new TooManyAttempts(`Too many requests from this address. Try again in ${Math.ceil(ctx.ttl / 1000)} seconds.`, Math.ceil(ctx.ttl / 1000)),
  });
  await server.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Bulwark API', version: '1', description: 'Cyber-resilience workbench for health and care organisations.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: `Named ${HTTPS_SESSION_COOKIE} when Bulwark is reached over HTTPS.` },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  server.setErrorHandler(problemHandler);
  registerNulCharacterGuard(server);
  registerAccessControl(server, { ...parts.identity, publicOrigin: (request) => publicOrigin(app.config, request) });

  server.get(
    '/healthz',
    { config: { policy: { public: 'Load balancers and monitoring probe it.' } }, schema: { hide: true } },
    async (_request, reply) => {
      const up = await isDatabaseUp(app.db);
      return reply.code(up ? 200 : 503).send(up ? { status: 'ok' } : { status: 'unavailable' });
    },
  );
  server.get(
    '/api/openapi.json',
    { config: { policy: { public: 'The API description is not secret.' } }, schema: { hide: true } },
    async () => server.swagger(),
  );

  await identityRoutes(server, app.identity);
  await parts.routes(server);
  await registerWebApp(server, options.webRoot ?? DEFAULT_WEB_ROOT, app.identity);
  return server;
}

/**
 * Fastify's own handling of a hop count trusts nothing (it cannot tell a proxy from a direct
 * client), so a count becomes a function: the nearest `hops` addresses are proxies, and the client
 * is the next one in from the right of X-Forwarded-For.
 */
function trustProxyOption(trusted: TrustedProxies): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trusted === 'number' ? (_address, hop) => hop < trusted : trusted;
}

/** Files the build leaves beside the ones it serves: compressed copies (chosen by Accept-Encoding, never asked for by name) and source maps. */
const NOT_SERVED_BY_NAME = /\.(br|gz|map)$/;

/**
 * The built single-page app, with every unknown non-API path answered by index.html. Files under
 * assets/ carry a content hash in their names, so they are cached for a year; a missing one is a 404
 * (not the page), so a browser holding an old page sees a failed load rather than HTML as script.
 * Each file goes out as its brotli or gzip copy when the request allows (`Vary: Accept-Encoding`),
 * except the page under a service name of the deployment's own, made once here (web-shell.ts).
 */
async function registerWebApp(server: FastifyInstance, folder: string, identity: IdentityNames) {
  const r = server.withTypeProvider<ZodTypeProvider>();
  const webRoot = path.resolve(folder);
  const built = fs.existsSync(path.join(webRoot, 'index.html'));
  const namedPage = built ? namedWebShell(fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8'), identity) : undefined;
  if (built) await server.register(fastifyStatic, { root: webRoot, serve: false, preCompressed: true });
  r.get(
    '/*',
    { config: { policy: { public: 'The web app’s files hold no data; the API checks access.' } }, schema: { hide: true, params: z.object({ '*': z.string() }) } },
    async (request, reply) => {
      const wanted = request.params['*'];
      if (wanted.startsWith('api/')) {
        return sendProblem(reply, { type: 'https://bulwark.dev/problems/not-found', title: 'Not found', status: 404, detail: `There is no API endpoint ${request.method} /${wanted.split('?')[0]}.` });
      }
      if (!built) return reply.code(503).type('text/plain').send('The web app has not been built: run `npm run build:web`.');
      if (wanted !== 'index.html' && isBuiltFile(webRoot, wanted)) {
        const immutable = wanted.startsWith('assets/');
        return reply.sendFile(wanted, { maxAge: immutable ? 31536000000 : 0, immutable });
      }
      if (wanted.startsWith('assets/') || NOT_SERVED_BY_NAME.test(wanted)) throw new NotFound(`The web app has no file /${wanted}.`);
      if (namedPage) return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(namedPage);
      return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    },
  );
}

/** Whether `wanted` names a file inside the web root that may be served by its own name. */
function isBuiltFile(webRoot: string, wanted: string): boolean {
  if (!wanted || NOT_SERVED_BY_NAME.test(wanted)) return false;
  const file = path.join(webRoot, wanted);
  if (!file.startsWith(webRoot + path.sep)) return false;
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeRecords: RouteRecord[];
  }
}
