// HTTP entry points for framework catalogues and crosswalks.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  catalogueDetail,
  catalogueList,
  catalogueParams,
  crosswalkLinks,
  crosswalkList,
  crosswalkQuery,
  fileImportQuery,
  importQuery,
  importReport,
  importResult,
  nodeSearchQuery,
  nodeSearchResult,
  orgCatalogueParams,
  orgCatalogueSettings,
  orgCatalogueSettingsChange,
} from '../../contract/catalogues.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import { ValidationFailed } from '../../platform/errors.js';
import { MAX_IMPORT_BYTES } from './import/import-service.js';
import * as service from './service.js';

export async function catalogueRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/catalogues',
    {
      config: { policy: { action: 'catalogue.read' } },
      schema: { tags: ['catalogues'], summary: 'Every catalogue, with its node counts, levels and profiles', response: { 200: catalogueList } },
    },
    async () => ({ catalogues: await service.listCatalogues(app.db) }),
  );

  r.get(
    '/catalogues/search',
    {
      config: { policy: { action: 'catalogue.read' } },
      schema: {
        tags: ['catalogues'],
        summary: 'Find nodes by identifier (e.g. B2.a, 4.1) or by words in their titles and descriptions',
        description: 'Case-insensitive and literal. Limit to one catalogue with catalogue=caf@3.2, or to every version with catalogue=caf.',
        querystring: nodeSearchQuery,
        response: { 200: nodeSearchResult },
      },
    },
    async (request) => service.searchNodes(app.db, request.query),
  );

  r.get(
    '/catalogues/:key/:version',
    {
      config: { policy: { action: 'catalogue.read' } },
      schema: { tags: ['catalogues'], summary: 'One catalogue version: its tree in reading order, levels and profiles', params: catalogueParams, response: { 200: catalogueDetail } },
    },
    async (request) => service.getCatalogue(app.db, request.params.key, request.params.version),
  );

  r.post(
    '/catalogues',
    {
      config: { policy: { action: 'catalogue.manage' } },
      schema: {
        tags: ['catalogues'],
        summary: 'Import a catalogue, crosswalk or profile document in Bulwark’s format',
        description:
          'The body is the document ("format": "bulwark.catalogue/1", "bulwark.crosswalk/1" or "bulwark.profile/1"). An imported catalogue with the same id and version is replaced only with ?replace=true; shipped ones cannot be.',
        querystring: importQuery,
        body: z.record(z.string(), z.unknown()),
        response: { 201: importResult },
      },
    },
    async (request, reply) => {
      const result = await service.importDocument(contextOf(app, request), request.body, 'request body', { replace: request.query.replace === 'true' });
      return reply.code(201).send(result);
    },
  );

  // A file someone brings, sent as it is (application/octet-stream): only this route reads such bodies,
  // up to the largest file any importer reads.
  await api.register(async (scope) => {
    scope.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_request, body, done) => done(null, body));
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/catalogues/imports',
      {
        config: { policy: { action: 'catalogue.manage' } },
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          tags: ['catalogues'],
          summary: 'Import a framework file: a CISO Assistant library, a CAF file in the WebCAF shape, the CIS Controls sheet, or Bulwark’s own format',
          description:
            'The body is the file itself, sent as application/octet-stream; `file` is its name. The format is found from the file unless `format` says it. The answer says what was stored and lists notices: things in the file worth a look that did not stop the import. A file with problems changes nothing (422, each problem with its place in the file).',
          querystring: fileImportQuery,
          response: { 201: importReport },
        },
      },
      async (request, reply) => {
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.byteLength === 0) {
          throw new ValidationFailed('Send the file as the body of the request (Content-Type: application/octet-stream).', [{ field: '(file)', message: 'The request has no file in it.' }]);
        }
        const query = request.query;
        const maps = query.map === undefined ? [] : Array.isArray(query.map) ? query.map : [query.map];
        const frameworkMap = Object.fromEntries(
          maps.map((entry) => {
            const at = entry.lastIndexOf('=');
            if (at <= 0 || at === entry.length - 1) throw new ValidationFailed('Each map is urn=id@version.', [{ field: 'map', message: `"${entry.slice(0, 120)}" is not urn=id@version, such as urn:intuitem:risk:framework:ncsc-caf-3.2=caf@3.2`, value: entry.slice(0, 120) }]);
            return [entry.slice(0, at), entry.slice(at + 1)];
          }),
        );
        const report = await service.importCatalogueFile(contextOf(app, request), body, query.file, {
          ...(query.format ? { format: query.format } : {}),
          ...(query.catalogue ? { catalogue: query.catalogue } : {}),
          ...(maps.length ? { frameworkMap } : {}),
          ...(query.replace === 'true' ? { replace: true } : {}),
        });
        return reply.code(201).send(report);
      },
    );
  });

  r.delete(
    '/catalogues/:key/:version',
    {
      config: { policy: { action: 'catalogue.manage' } },
      schema: {
        tags: ['catalogues'],
        summary: 'Remove an imported catalogue, with its profiles and the imported crosswalks that use it',
        params: catalogueParams,
        response: { 200: z.object({ ref: z.string(), crosswalksRemoved: z.number() }) },
      },
    },
    async (request) => service.removeCatalogue(contextOf(app, request), request.params.key, request.params.version),
  );

  r.get(
    '/crosswalks',
    {
      config: { policy: { action: 'catalogue.read' } },
      schema: { tags: ['catalogues'], summary: 'Every crosswalk between two catalogue versions, with its link count', response: { 200: crosswalkList } },
    },
    async () => ({ crosswalks: await service.listCrosswalks(app.db) }),
  );

  r.get(
    '/crosswalks/links',
    {
      config: { policy: { action: 'catalogue.read' } },
      schema: {
        tags: ['catalogues'],
        summary: 'Every link between two catalogues, read from source to target',
        description: 'source and target are key@version (or key for the latest version). Crosswalks written the other way round are reversed, with subset and superset swapped.',
        querystring: crosswalkQuery,
        response: { 200: crosswalkLinks },
      },
    },
    async (request) => service.crosswalkBetween(app.db, request.query.source, request.query.target),
  );

  r.get(
    '/orgs/:orgId/catalogues/:key/:version/settings',
    {
      config: { policy: { action: 'catalogue.org-read' } },
      schema: {
        tags: ['catalogues'],
        summary: 'The organisation’s expected level for each assessable node, and its status labels',
        description: 'Each level is the organisation’s own, else its base profile’s, else none; labels it has not set are the catalogue’s.',
        params: orgCatalogueParams,
        response: { 200: orgCatalogueSettings },
      },
    },
    async (request) => service.getOrgSettings(app.db, orgOf(request).id, request.params.key, request.params.version),
  );

  r.put(
    '/orgs/:orgId/catalogues/:key/:version/settings',
    {
      config: { policy: { action: 'catalogue.org-configure' } },
      schema: {
        tags: ['catalogues'],
        summary: 'Set the organisation’s expected levels and status labels for a catalogue',
        description:
          'expected maps node refs to a level the node allows, not-applicable, or null to clear. fromProfile copies a catalogue profile as the starting point first. Nothing is saved when any value is wrong (422); version must be the one you read (409 otherwise).',
        params: orgCatalogueParams,
        body: orgCatalogueSettingsChange,
        response: { 200: orgCatalogueSettings },
      },
    },
    async (request) => service.setOrgSettings(contextOf(app, request), orgOf(request).id, request.params.key, request.params.version, request.body),
  );
}
