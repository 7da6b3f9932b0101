// HTTP entry points for the record of processing activities (UK GDPR Art 30): the record as of an
// instant, the record as a file, and the controller's and DPO's details it carries.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { asOfQuery } from '../../contract/information-assets.js';
import { recordOfProcessing, ropaDetails, ropaDetailsBody, ropaExportQuery } from '../../contract/records-of-processing.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import { sendAttachment } from '../../platform/http/attachment.js';
import * as service from './service.js';

const tags = ['records of processing'];
const orgParams = z.object({ orgId: z.string() });
const policy = (action: string) => ({ config: { policy: { action } } });

export async function ropaRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/ropa',
    {
      ...policy('ropa.read'),
      schema: {
        tags,
        summary: 'The record of processing activities as of an instant: the controller, one activity per live data flow carrying personal data, and the assets holding personal data that no live flow names',
        description: 'asOf: a date (the end of that UK day) or an instant; default now. A field with nothing recorded reads "Not recorded"; each activity lists the Art 30 headings it is missing.',
        params: orgParams,
        querystring: asOfQuery,
        response: { 200: recordOfProcessing },
      },
    },
    async (request) => service.recordOfProcessing(app.db, orgOf(request).id, asOfOrNow(request.query.asOf)),
  );

  r.get(
    '/orgs/:orgId/ropa/export',
    {
      ...policy('ropa.read'),
      schema: {
        tags,
        summary: 'The record of processing as an XLSX workbook (controller, activities, assets without flows), a CSV file of the activities, or a PDF',
        params: orgParams,
        querystring: ropaExportQuery,
      },
    },
    async (request, reply) => sendAttachment(reply, await service.exportRecordOfProcessing(app.db, orgOf(request).id, request.query.format, asOfOrNow(request.query.asOf), app.identity)),
  );

  r.get(
    '/orgs/:orgId/ropa/details',
    { ...policy('ropa.read'), schema: { tags, summary: 'The controller’s and DPO’s details kept for the record, with the people holding the DPO role', params: orgParams, response: { 200: ropaDetails } } },
    async (request) => service.getRopaDetails(app.db, orgOf(request).id),
  );

  r.put(
    '/orgs/:orgId/ropa/details',
    {
      ...policy('ropa.manage'),
      schema: {
        tags,
        summary: 'Replace the controller’s and DPO’s details kept for the record',
        description: 'Every field is replaced; one not sent is cleared. Send the version you read (0 before any are recorded); a stale version gets 409 with the details as they now are.',
        params: orgParams,
        body: ropaDetailsBody,
        response: { 200: ropaDetails },
      },
    },
    async (request) => service.changeRopaDetails(contextOf(app, request), orgOf(request).id, request.body),
  );
}
