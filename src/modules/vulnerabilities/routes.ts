// HTTP entry points for the known-exploited vulnerabilities catalogue. Importing it goes through the
// import pipeline's route (POST /orgs/:orgId/imports/kev); these read it.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { kevEntryAnswer, kevEntryParams, kevList, kevListQuery } from '../../contract/vulnerabilities.js';
import type { AppContext } from '../../platform/context.js';
import * as service from './service.js';

export async function vulnerabilityRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/vulnerabilities/kev',
    {
      config: { policy: { action: 'vulnerability.read' } },
      schema: {
        tags: ['vulnerabilities'],
        summary: 'The known exploited vulnerabilities catalogue held: its version and a page of its entries',
        description: 'Latest added first. Filter by vendor or product (the whole name, any case) and by knownRansomwareUse=true|false. The catalogue is null before one is imported.',
        querystring: kevListQuery,
        response: { 200: kevList },
      },
    },
    async (request) => service.listKevEntries(app.db, request.query),
  );

  r.get(
    '/vulnerabilities/kev/:cveId',
    {
      config: { policy: { action: 'vulnerability.read' } },
      schema: {
        tags: ['vulnerabilities'],
        summary: 'One entry of the known exploited vulnerabilities catalogue, with the catalogue’s version',
        params: kevEntryParams,
        response: { 200: kevEntryAnswer },
      },
    },
    async (request) => service.kevEntry(app.db, request.params.cveId),
  );
}
