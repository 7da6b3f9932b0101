// HTTP entry points for imports: the kinds of file, saved column mappings, running an import, and its runs.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importKindView, importRun, runImportQuery, saveMappingBody, savedMapping } from '../../contract/imports.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import { receiveUploads, type UploadedFile } from '../../platform/imports/uploaded-file.js';
import * as service from './service.js';
import { sendAttachment } from '../../platform/http/attachment.js';

/** The largest file the API takes in one upload: an ESR extract of a large Trust is tens of MB. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

const orgParams = z.object({ orgId: z.string() });
const kindParams = orgParams.extend({ kind: z.string().max(60) });
const mappingParams = kindParams.extend({ name: z.string().min(1).max(100) });

export async function importRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/import-kinds',
    {
      config: { policy: { action: 'import.read' } },
      schema: { tags: ['imports'], summary: 'The kinds of file Bulwark imports, and the columns each reads', params: orgParams, response: { 200: z.object({ kinds: z.array(importKindView) }) } },
    },
    async () => ({ kinds: service.kindsView() }),
  );

  r.get(
    '/orgs/:orgId/imports',
    {
      config: { policy: { action: 'import.read' } },
      schema: {
        tags: ['imports'],
        summary: 'The latest 50 import runs in this organisation, newest first',
        params: orgParams,
        querystring: z.object({ kind: z.string().max(60).optional() }),
        response: { 200: z.object({ runs: z.array(importRun) }) },
      },
    },
    async (request) => ({ runs: await service.recentRuns(app.db, orgOf(request).id, request.query.kind) }),
  );

  r.get(
    '/orgs/:orgId/imports/:runId',
    {
      config: { policy: { action: 'import.read' } },
      schema: { tags: ['imports'], summary: 'One import run: its counts, its problems, and its progress while it runs', params: orgParams.extend({ runId: z.string() }), response: { 200: importRun } },
    },
    async (request) => service.getRun(app.db, orgOf(request).id, request.params.runId),
  );

  r.get(
    '/orgs/:orgId/imports/:runId/rejects',
    {
      config: { policy: { action: 'import.read' } },
      schema: {
        tags: ['imports'],
        summary: 'The rows a skip-invalid upload rejected, as CSV: the file’s own columns and a Problem column',
        params: z.object({ orgId: z.string(), runId: z.string().max(64) }),
      },
    },
    async (request, reply) => {
      const file = await service.rejectsOf(app.db, orgOf(request).id, request.params.runId);
      return sendAttachment(reply, { fileName: file.fileName, mediaType: 'text/csv; charset=utf-8', bytes: file.bytes });
    },
  );

  r.get(
    '/orgs/:orgId/import-mappings',
    {
      config: { policy: { action: 'import.read' } },
      schema: {
        tags: ['imports'],
        summary: 'Column mappings saved in this organisation',
        params: orgParams,
        querystring: z.object({ kind: z.string().max(60).optional() }),
        response: { 200: z.object({ mappings: z.array(savedMapping) }) },
      },
    },
    async (request) => ({ mappings: await service.listMappings(app.db, orgOf(request).id, request.query.kind) }),
  );

  r.put(
    '/orgs/:orgId/import-mappings/:kind/:name',
    {
      config: { policy: { action: 'import.mapping' } },
      schema: {
        tags: ['imports'],
        summary: 'Save a column mapping under a name (give the version read to change one)',
        description: 'Each field of the kind maps to a column of the file; dates name their format (DD/MM/YYYY, YYYY-MM-DD…). Fields left out are found by their label.',
        params: mappingParams,
        body: saveMappingBody,
        response: { 200: savedMapping },
      },
    },
    async (request) => service.saveMapping(contextOf(app, request), orgOf(request).id, request.params.kind, request.params.name, request.body.mapping, request.body.version),
  );

  r.delete(
    '/orgs/:orgId/import-mappings/:kind/:name',
    {
      config: { policy: { action: 'import.mapping' } },
      schema: { tags: ['imports'], summary: 'Delete a saved column mapping', params: mappingParams },
    },
    async (request, reply) => {
      await service.deleteMapping(contextOf(app, request), orgOf(request).id, request.params.kind, request.params.name);
      return reply.code(204).send();
    },
  );

  // Files arrive as the request body and are written to a temporary file as they come.
  await api.register(async (scope) => {
    receiveUploads(scope, MAX_UPLOAD_BYTES);
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/orgs/:orgId/imports/:kind',
      {
        config: { policy: { action: 'import.run' } },
        schema: {
          tags: ['imports'],
          summary: 'Import a file of this kind into the organisation',
          description:
            'The body is the file itself (CSV, XLSX, NDJSON or JSON). All or nothing unless skipInvalid=true, which keeps the good rows and lists the rejected ones. The same file with the same mapping imported again changes nothing (status repeat). A refused file answers 422 with each problem’s row, column, value and reason, and the runId that records it.',
          params: kindParams,
          querystring: runImportQuery,
          response: { 201: importRun, 200: importRun },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const run = await service.importUploadedFile(contextOf(app, request), orgOf(request), request.params.kind, request.body as UploadedFile | undefined, {
          file: q.file,
          format: q.format,
          encoding: q.encoding,
          delimiter: q.delimiter,
          sheet: q.sheet,
          mapping: q.mapping,
          preset: q.preset,
          skipInvalid: q.skipInvalid === 'true',
          asOf: q.asOf,
          target: q.target,
        });
        return reply.code(run.status === 'repeat' ? 200 : 201).send(run);
      },
    );
  });
}
