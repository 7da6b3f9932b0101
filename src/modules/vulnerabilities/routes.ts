// HTTP entry points for the known-exploited vulnerabilities catalogue and an organisation's scanner
// findings. Both are imported through the import pipeline's route (POST /orgs/:orgId/imports/kev and
// /imports/vulns); these read them.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  deadlineSettingsAnswer,
  deadlineSettingsBody,
  endOfSupportEditBody,
  endOfSupportTable,
  exposureQuery,
  exposureReport,
  findingDetail,
  findingList,
  findingListQuery,
  kevEntryAnswer,
  kevEntryParams,
  kevList,
  kevListQuery,
} from '../../contract/vulnerabilities.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
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
        description:
          'Filters: state (open or fixed), severity (critical, high, medium, low, info), host (a name in any case, or an IP address), cveId, kevListed=true|false (whether the known exploited vulnerabilities catalogue lists the CVE), knownRansomwareUse=true|false, assetId, pastDue=true (open and past the deadline at asOf); asOf (the instant deadlines are counted to, now by default); page, pageSize (up to 500).',
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
        querystring: exposureQuery,
        response: { 200: findingDetail },
      },
    },
    async (request) => service.getFinding(app.db, orgOf(request).id, request.params.findingId, asOfOrNow(request.query.asOf)),
  );

  const orgParams = z.object({ orgId: z.string() });
  const manage = { config: { policy: { action: 'finding.manage' } } };

  r.get(
    '/orgs/:orgId/vulnerability-exposure',
    {
      config: { policy: { action: 'finding.read' } },
      schema: {
        tags: ['vulnerabilities'],
        summary: 'What the organisation’s findings leave exposed at an instant: open findings, known exploited ones, those past their deadline and who owns them, remediation in time, unsupported hosts',
        description: 'asOf: an instant with its offset, or a UK date meaning the end of that day; now by default. Days are whole UK calendar days.',
        params: orgParams,
        querystring: exposureQuery,
        response: { 200: exposureReport },
      },
    },
    async (request) => service.exposureReport(app.db, orgOf(request).id, asOfOrNow(request.query.asOf)),
  );

  r.get(
    '/orgs/:orgId/remediation-deadlines',
    {
      config: { policy: { action: 'finding.read' } },
      schema: { tags: ['vulnerabilities'], summary: 'The days allowed to fix a finding, by severity and for known exploited vulnerabilities', params: orgParams, response: { 200: deadlineSettingsAnswer } },
    },
    async (request) => service.deadlineSettingsAnswer(app.db, orgOf(request).id),
  );

  r.put(
    '/orgs/:orgId/remediation-deadlines',
    {
      ...manage,
      schema: {
        tags: ['vulnerabilities'],
        summary: 'Set the remediation deadlines (give the version read; a stale one is refused with the current values)',
        description: 'settings: critical, high, medium and low (whole days from 1 to 365, or null for no deadline) and kev (whole days from 1 to 365).',
        params: orgParams,
        body: deadlineSettingsBody,
        response: { 200: deadlineSettingsAnswer },
      },
    },
    async (request) => service.saveDeadlineSettings(contextOf(app, request), orgOf(request).id, request.body),
  );

  r.get(
    '/orgs/:orgId/end-of-support',
    {
      config: { policy: { action: 'finding.read' } },
      schema: { tags: ['vulnerabilities'], summary: 'The end-of-support table hosts are matched against: the built-in rows with the organisation’s edits', params: orgParams, response: { 200: endOfSupportTable } },
    },
    async (request) => service.endOfSupportTable(app.db, orgOf(request).id),
  );

  r.put(
    '/orgs/:orgId/end-of-support',
    {
      ...manage,
      schema: {
        tags: ['vulnerabilities'],
        summary: 'Put a row in the end-of-support table (replacing a built-in row with its id, or adding one), or take a built-in row out with { id, removed: true }',
        description: 'row: id, product, version, names (phrases scanners write), except (optional), endOfSupport (YYYY-MM-DD, the last supported day), support, source (the vendor’s web page). Give the table’s version read.',
        params: orgParams,
        body: endOfSupportEditBody,
        response: { 200: endOfSupportTable },
      },
    },
    async (request) => service.editEndOfSupport(contextOf(app, request), orgOf(request).id, request.body),
  );

  r.delete(
    '/orgs/:orgId/end-of-support/:rowId',
    {
      ...manage,
      schema: {
        tags: ['vulnerabilities'],
        summary: 'Drop the organisation’s edit of a row: a built-in row applies again as shipped; a row it added goes',
        params: z.object({ orgId: z.string(), rowId: z.string().max(60) }),
        querystring: z.object({ version: z.coerce.number().int().min(0) }),
        response: { 200: endOfSupportTable },
      },
    },
    async (request) => service.editEndOfSupport(contextOf(app, request), orgOf(request).id, { version: request.query.version, row: null }, request.params.rowId),
  );
}
