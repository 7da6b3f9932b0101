// HTTP entry points for the staff register: the register on a day, one person, and the joiners,
// movers and leavers of imports. ESR files come in through the import routes (POST
// /orgs/:orgId/imports/staff). Under /staff, not /people: the web app's people are its accounts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffChanges, staffChangesQuery, staffDetail, staffDetailQuery, staffList, staffListQuery } from '../../contract/staff.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { orgOf } from '../../platform/http/access.js';
import * as service from './service.js';

const tags = ['staff'];
const orgParams = z.object({ orgId: z.string() });
const read = { config: { policy: { action: 'staff.read' } } };

export async function staffRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/staff',
    {
      ...read,
      schema: {
        tags,
        summary: 'The staff register as it stood on a day: each person’s status and where they work, with counts by status',
        description: 'asOf: a date (the end of that UK day) or an instant; default now. status: current, leaver, future or new (current and within the induction window, inductionDays, 28 by default).',
        params: orgParams,
        querystring: staffListQuery,
        response: { 200: staffList },
      },
    },
    async (request) => service.listStaff(app.db, orgOf(request).id, request.query, asOfOrNow(request.query.asOf)),
  );

  // Before /staff/:employeeNumber, which would otherwise take "changes" for an employee number.
  r.get(
    '/orgs/:orgId/staff/changes',
    {
      ...read,
      schema: {
        tags,
        summary: 'Joiners, movers and leavers found by staff imports',
        description: 'since: an import’s run id (the imports after it) or a date or instant (the imports since then); by default the latest import.',
        params: orgParams,
        querystring: staffChangesQuery,
        response: { 200: staffChanges },
      },
    },
    async (request) => service.staffChanges(app.db, orgOf(request).id, request.query.since),
  );

  r.get(
    '/orgs/:orgId/staff/:employeeNumber',
    {
      ...read,
      schema: {
        tags,
        summary: 'One member of staff with their assignments and where they stood on a day',
        params: orgParams.extend({ employeeNumber: z.string().max(30) }),
        querystring: staffDetailQuery,
        response: { 200: staffDetail },
      },
    },
    async (request) => service.staffMember(app.db, orgOf(request).id, request.params.employeeNumber, asOfOrNow(request.query.asOf), request.query.inductionDays),
  );
}
