// HTTP entry points for the evidence library. Files are sent as the request body itself and come back
// as downloads that a browser saves rather than shows, under headers that stop it running anything.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  archiveBody,
  evidenceChangeBody,
  evidenceItem,
  evidenceList,
  evidenceListQuery,
  newEvidenceBody,
  newFileEvidenceQuery,
  newVersionQuery,
} from '../../contract/evidence.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationFailed } from '../../platform/errors.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import * as service from './service.js';

const orgParams = z.object({ orgId: z.string() });
const itemParams = orgParams.extend({ id: z.string().max(100) });
const fileParams = itemParams.extend({ n: z.coerce.number().int().positive().max(1_000_000) });

/** The body as a file, or a 422 saying how to send one. */
function fileFrom(body: unknown, fileName: string | undefined): { file: service.ReceivedFile; fileName: string } {
  if (!service.isReceivedFile(body) || body.bytes.length === 0) {
    throw new ValidationFailed('No file was sent.', [{ field: '(file)', message: 'Choose a file: send its bytes as the request body (Content-Type application/octet-stream).' }]);
  }
  if (!fileName?.trim()) throw new ValidationFailed('The file needs its name.', [{ field: 'fileName', message: 'Give the file’s name in ?fileName=' }]);
  return { file: body, fileName };
}

export async function evidenceRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/evidence',
    {
      config: { policy: { action: 'evidence.read' } },
      schema: {
        tags: ['evidence'],
        summary: 'The evidence library, by title, with each item’s state as of a day',
        description: 'state filters by current, expiring (within 30 days), expired, review-due or not-yet-valid, worked out as of asOf (a date means the end of that UK day; default now). owner is an account id; q matches the title or description.',
        params: orgParams,
        querystring: evidenceListQuery,
        response: { 200: evidenceList },
      },
    },
    async (request) => {
      const q = request.query;
      return service.listEvidence(app.db, orgOf(request).id, { state: q.state, ownerId: q.owner, text: q.q, includeArchived: q.archived === 'true' }, asOfOrNow(q.asOf));
    },
  );

  r.get(
    '/orgs/:orgId/evidence/:id',
    {
      config: { policy: { action: 'evidence.read' } },
      schema: { tags: ['evidence'], summary: 'One piece of evidence, with every version’s details', params: itemParams, response: { 200: evidenceItem } },
    },
    async (request) => service.getEvidence(app.db, orgOf(request).id, request.params.id, new Date()),
  );

  r.get(
    '/orgs/:orgId/evidence/:id/versions/:n/file',
    {
      config: { policy: { action: 'evidence.read' } },
      schema: {
        tags: ['evidence'],
        summary: 'Download one version’s file',
        description: 'Always an attachment, with the media type decided when it was uploaded; ETag and Repr-Digest carry its SHA-256.',
        params: fileParams,
      },
    },
    async (request, reply) => {
      const file = await service.evidenceFile(app.db, orgOf(request).id, request.params.id, request.params.n);
      const textual = file.mediaType.startsWith('text/') || file.mediaType === 'message/rfc822';
      return reply
        .header('content-type', textual ? `${file.mediaType}; charset=utf-8` : file.mediaType)
        .header('content-disposition', service.contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('cache-control', 'private, no-store')
        .header('etag', `"${file.sha256}"`)
        .header('repr-digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`)
        .send(file.content);
    },
  );

  r.patch(
    '/orgs/:orgId/evidence/:id',
    {
      config: { policy: { action: 'evidence.manage' } },
      schema: {
        tags: ['evidence'],
        summary: 'Change a piece of evidence’s title, description, owner or dates',
        description: 'Send the version you read; a stale version gets 409 Conflict rather than overwriting a colleague’s change. null clears a field.',
        params: itemParams,
        body: evidenceChangeBody,
        response: { 200: evidenceItem },
      },
    },
    async (request) => service.updateEvidence(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.post(
    '/orgs/:orgId/evidence/:id/archive',
    {
      config: { policy: { action: 'evidence.manage' } },
      schema: {
        tags: ['evidence'],
        summary: 'Archive a piece of evidence: it leaves the list and the reminders, and is kept with its versions',
        params: itemParams,
        body: archiveBody.optional(),
        response: { 200: evidenceItem },
      },
    },
    async (request) => service.archiveEvidence(contextOf(app, request), orgOf(request).id, request.params.id, request.body?.version),
  );

  // Files arrive as the request body, whatever Content-Type they claim; JSON is still JSON.
  await api.register(async (scope) => {
    service.receiveEvidenceFiles(scope, app.config.evidence.maxBytes);
    const s = scope.withTypeProvider<ZodTypeProvider>();

    s.post(
      '/orgs/:orgId/evidence',
      {
        config: { policy: { action: 'evidence.manage' } },
        schema: {
          tags: ['evidence'],
          summary: 'Add a piece of evidence: a link or a note as JSON, or a file as the body itself',
          description:
            'A link or a note: a JSON body with kind "link" (url) or "note" (noteText), a title and optional description, ownerId and dates (YYYY-MM-DD). A file: the bytes as the body (application/octet-stream), with ?fileName= and the same details in the query; its type is decided from its content.',
          params: orgParams,
          querystring: newFileEvidenceQuery,
          response: { 201: evidenceItem },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(app, request);
        const orgId = orgOf(request).id;
        if (service.isReceivedFile(request.body)) {
          const { file, fileName } = fileFrom(request.body, request.query.fileName);
          return reply.code(201).send(await service.addFileEvidence(ctx, orgId, fileName, request.query, file));
        }
        const parsed = newEvidenceBody.safeParse(request.body);
        if (!parsed.success) {
          const errors = parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(whole)', message: i.message }));
          throw new ValidationFailed('Send a link or a note as JSON, or a file as the body.', errors);
        }
        return reply.code(201).send(await service.addEvidence(ctx, orgId, parsed.data));
      },
    );

    s.post(
      '/orgs/:orgId/evidence/:id/versions',
      {
        config: { policy: { action: 'evidence.manage' } },
        schema: {
          tags: ['evidence'],
          summary: 'Upload a new version of a file; earlier versions are kept',
          description: 'The bytes as the body (application/octet-stream), with ?fileName=. Its type is decided from its content and must agree with the name.',
          params: itemParams,
          querystring: newVersionQuery,
          response: { 201: evidenceItem },
        },
      },
      async (request, reply) => {
        const { file, fileName } = fileFrom(request.body, request.query.fileName);
        return reply.code(201).send(await service.addFileVersion(contextOf(app, request), orgOf(request).id, request.params.id, fileName, file));
      },
    );
  });
}
