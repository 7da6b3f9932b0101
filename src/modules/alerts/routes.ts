// HTTP entry points for alert-triage analytics: the report, the triage targets, and the actions the
// findings become. Alert files come in through the import routes (POST /orgs/:orgId/imports/alerts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { alertAction, alertActionBody, alertActionChangeBody, alertActionList, alertReport, alertReportQuery, alertSettings, alertSettingsBody } from '../../contract/alerts.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import * as service from './service.js';

const tags = ['alerts'];
const orgParams = z.object({ orgId: z.string() });
const read = { config: { policy: { action: 'alert.read' } } };
const manage = { config: { policy: { action: 'alert.manage' } } };

export async function alertRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/alert-report',
    {
      ...read,
      schema: {
        tags,
        summary: 'Triage analytics over the imported alerts: per rule, the noisy few, the backlog, analysts’ load, breaches of the triage targets, findings and published SOC figures',
        description: 'from and to: dates (whole UK days) or instants; by default the 90 days to asOf. asOf: a date (the end of that UK day) or an instant; default now.',
        params: orgParams,
        querystring: alertReportQuery,
        response: { 200: alertReport },
      },
    },
    async (request) => service.alertReport(app.db, orgOf(request).id, { from: request.query.from, to: request.query.to }, asOfOrNow(request.query.asOf)),
  );

  r.get(
    '/orgs/:orgId/alert-settings',
    { ...read, schema: { tags, summary: 'The triage target for each severity, in minutes', params: orgParams, response: { 200: alertSettings } } },
    async (request) => service.alertSettings(app.db, orgOf(request).id),
  );

  r.put(
    '/orgs/:orgId/alert-settings',
    {
      ...manage,
      schema: { tags, summary: 'Set the triage targets (give the version read; a stale one is refused with the current values)', params: orgParams, body: alertSettingsBody, response: { 200: alertSettings } },
    },
    async (request) => service.saveAlertSettings(contextOf(app, request), orgOf(request).id, request.body),
  );

  r.get(
    '/orgs/:orgId/alert-actions',
    { ...read, schema: { tags, summary: 'The actions made from triage findings', params: orgParams, response: { 200: alertActionList } } },
    async (request) => ({ items: await service.listAlertActions(app.db, orgOf(request).id) }),
  );

  r.post(
    '/orgs/:orgId/alert-actions',
    {
      ...manage,
      schema: { tags, summary: 'Make a finding of the report an action (once per finding)', params: orgParams, body: alertActionBody, response: { 201: alertAction } },
    },
    async (request, reply) => reply.code(201).send(await service.createAlertAction(contextOf(app, request), orgOf(request).id, request.body)),
  );

  r.patch(
    '/orgs/:orgId/alert-actions/:actionId',
    {
      ...manage,
      schema: { tags, summary: 'Change an action’s owner, due date or status', params: orgParams.extend({ actionId: z.string().max(64) }), body: alertActionChangeBody, response: { 200: alertAction } },
    },
    async (request) => service.changeAlertAction(contextOf(app, request), orgOf(request).id, request.params.actionId, request.body),
  );
}
