// HTTP entry points for the known-exploited vulnerabilities catalogue and an organisation's scanner
// findings. Both are imported through the import pipeline's route (POST /orgs/:orgId/imports/kev and
// /imports/vulns); these read them.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findingDetail, findingList, findingListQuery, kevEntryAnswer, kevEntryParams, kevList, kevListQuery } from '../../contract/vulnerabilities.js';
import type { AppContext } from '../../platform/context.js';
import { orgOf } from '../../platform/http/access.js';
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

  r.get(
    '/orgs/:orgId/vulnerability-findings',
    {
      config: { policy: { action: 'finding.read' } },
      schema: {
        tags: ['vulnerabilities'],
        summary: 'The organisation’s vulnerability findings from scanner exports, worst first',
        description: 'Filters: state (open or fixed), severity (critical, high, medium, low, info), host (a name in any case, or an IP address), cveId, kevListed=true|false (whether the known exploited vulnerabilities catalogue lists the CVE); page, pageSize (up to 500).',
        params: z.object({ orgId: z.string() }),
        querystring: findingListQuery,
        response: { 200: findingList },
      },
    },
    async (request) => service.listFindings(app.db, orgOf(request).id, request.query),
  );

  r.get(
    '/orgs/:orgId/vulnerability-findings/:findingId',
    {
      config: { policy: { action: 'finding.read' } },
      schema: {
        tags: ['vulnerabilities'],
        summary: 'One vulnerability finding, with each period it was open',
        params: z.object({ orgId: z.string(), findingId: z.string().max(64) }),
        response: { 200: findingDetail },
      },
    },
    async (request) => service.getFinding(app.db, orgOf(request).id, request.params.findingId),
  );
}
