// HTTP entry points for the NHS cyber alerts register: the list with its overdue lists and counts, one
// alert, recording and changing one, and each step of the response. Every change gives the version read.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cyberAlert,
  cyberAlertAcknowledgeBody,
  cyberAlertApplicabilityBody,
  cyberAlertBody,
  cyberAlertCloseBody,
  cyberAlertEditBody,
  cyberAlertList,
  cyberAlertListQuery,
  cyberAlertRemediatedBody,
  cyberAlertUpdateBody,
} from '../../contract/cyber-alerts.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import * as service from './service.js';

const tags = ['cyber-alerts'];
const orgParams = z.object({ orgId: z.string() });
const alertParams = orgParams.extend({ alertId: z.string().max(64) });
const read = { config: { policy: { action: 'cyber-alert.read' } } };
const manage = { config: { policy: { action: 'cyber-alert.manage' } } };
const STALE_NOTE = 'Give the version read; a stale one is refused (409) with the alert as it now stands.';

export async function cyberAlertRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/cyber-alerts',
    {
      ...read,
      schema: {
        tags,
        summary: 'The organisation’s register of NHS cyber alerts, latest issued first, with counts across it',
        description: 'Filters: state (new, acknowledged, remediated, closed), severity, overdue=acknowledgement (not acknowledged within 48 hours of issue) or remediation (applies and past its remediate-by date); asOf (an instant, or a date meaning the end of that UK day; now by default); page, pageSize.',
        params: orgParams,
        querystring: cyberAlertListQuery,
        response: { 200: cyberAlertList },
      },
    },
    async (request) => service.listCyberAlerts(app.db, orgOf(request).id, request.query),
  );

  r.post(
    '/orgs/:orgId/cyber-alerts',
    { ...manage, schema: { tags, summary: 'Record an NHS cyber alert (one per reference, in any case)', params: orgParams, body: cyberAlertBody, response: { 201: cyberAlert } } },
    async (request, reply) => reply.code(201).send(await service.recordCyberAlert(contextOf(app, request), orgOf(request).id, request.body)),
  );

  r.get(
    '/orgs/:orgId/cyber-alerts/:alertId',
    {
      ...read,
      schema: { tags, summary: 'One alert: its details, response, clocks and the hosts its CVEs or products touch', params: alertParams, querystring: z.object({ asOf: z.string().trim().min(10).max(40).optional() }), response: { 200: cyberAlert } },
    },
    async (request) => service.getCyberAlert(app.db, orgOf(request).id, request.params.alertId, asOfOrNow(request.query.asOf)),
  );

  r.patch(
    '/orgs/:orgId/cyber-alerts/:alertId',
    { ...manage, schema: { tags, summary: 'Change an alert’s details', description: STALE_NOTE, params: alertParams, body: cyberAlertEditBody, response: { 200: cyberAlert } } },
    async (request) => service.changeCyberAlert(contextOf(app, request), orgOf(request).id, request.params.alertId, request.body),
  );

  const step = (summary: string) => ({ tags, summary, description: STALE_NOTE, params: alertParams, response: { 200: cyberAlert } });

  r.post(
    '/orgs/:orgId/cyber-alerts/:alertId/applicability',
    { ...manage, schema: { ...step('Confirm whether the alert applies to our systems'), body: cyberAlertApplicabilityBody } },
    async (request) => service.confirmApplicability(contextOf(app, request), orgOf(request).id, request.params.alertId, request.body),
  );

  r.post(
    '/orgs/:orgId/cyber-alerts/:alertId/acknowledge',
    { ...manage, schema: { ...step('Record the acknowledgement to NHS England (now, or at the instant given)'), body: cyberAlertAcknowledgeBody } },
    async (request) => service.acknowledgeCyberAlert(contextOf(app, request), orgOf(request).id, request.params.alertId, request.body),
  );

  r.post(
    '/orgs/:orgId/cyber-alerts/:alertId/updates',
    { ...manage, schema: { ...step('Add an update on the response'), body: cyberAlertUpdateBody } },
    async (request) => service.addCyberAlertUpdate(contextOf(app, request), orgOf(request).id, request.params.alertId, request.body),
  );

  r.post(
    '/orgs/:orgId/cyber-alerts/:alertId/remediated',
    { ...manage, schema: { ...step('Mark the alert remediated (acknowledged and confirmed applicable first)'), body: cyberAlertRemediatedBody } },
    async (request) => service.markCyberAlertRemediated(contextOf(app, request), orgOf(request).id, request.params.alertId, request.body),
  );

  r.post(
    '/orgs/:orgId/cyber-alerts/:alertId/close',
    { ...manage, schema: { ...step('Close the alert: once remediated, or when confirmed not applicable'), body: cyberAlertCloseBody } },
    async (request) => service.closeCyberAlert(contextOf(app, request), orgOf(request).id, request.params.alertId, request.body),
  );
}
