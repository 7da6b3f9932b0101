// HTTP entry points for incidents: the register, each incident's timeline and notifications, lessons
// learned, exports, response-time metrics with published benchmarks, and the organisation's settings.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actionBody,
  actionChangeBody,
  benchmarkSet,
  correctionBody,
  incidentChangeBody,
  incidentDetail,
  incidentEvidenceBody,
  incidentList,
  incidentListQuery,
  incidentMetrics,
  incidentSettings,
  incidentSettingsBody,
  metricsQuery,
  newIncidentBody,
  notificationBody,
  reviewBody,
  timelineEntryBody,
} from '../../contract/incidents.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import { sendAttachment } from '../../platform/http/attachment.js';
import * as service from './service.js';

const tags = ['incidents'];
const orgParams = z.object({ orgId: z.string() });
const incidentParams = orgParams.extend({ id: z.string().max(100) });
const asOfQuery = z.object({ asOf: z.string().max(40).optional() });
const read = { config: { policy: { action: 'incident.read' } } };
const manage = { config: { policy: { action: 'incident.manage' } } };

export async function incidentRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/incidents',
    {
      ...read,
      schema: {
        tags,
        summary: 'The incident register, newest first, with each incident’s status and notification clocks as of an instant',
        description: 'status filters by where incidents stand (open means not closed); kind and severity filter; q matches the reference, title or description. asOf: a date (the end of that UK day) or an instant; default now.',
        params: orgParams,
        querystring: incidentListQuery,
        response: { 200: incidentList },
      },
    },
    async (request) => {
      const q = request.query;
      return service.listIncidents(app.db, orgOf(request).id, { status: q.status, kind: q.kind, severity: q.severity, text: q.q }, asOfOrNow(q.asOf));
    },
  );

  r.post(
    '/orgs/:orgId/incidents',
    {
      ...manage,
      schema: {
        tags,
        summary: 'Record an incident, with the milestones known so far',
        description: 'It is numbered INC-<year>-<n> in this organisation. Milestones are instants with their offset, in order, none in the future.',
        params: orgParams,
        body: newIncidentBody,
        response: { 201: incidentDetail },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createIncident(contextOf(app, request), orgOf(request).id, request.body)),
  );

  r.get(
    '/orgs/:orgId/incidents/export',
    {
      ...read,
      schema: {
        tags,
        summary: 'The incident register as a CSV file or an XLSX workbook',
        description: 'One row per incident with its milestones (UTC), durations in hours, reportability and notifications. Cells that could start a spreadsheet formula are written as text.',
        params: orgParams,
        querystring: asOfQuery.extend({ format: z.enum(service.LIST_FORMATS).default('xlsx') }),
      },
    },
    async (request, reply) => {
      const file = await service.exportIncidents(app.db, orgOf(request).id, request.query.format, asOfOrNow(request.query.asOf), app.identity);
      return sendAttachment(reply, file);
    },
  );

  r.get(
    '/orgs/:orgId/incidents/:id',
    { ...read, schema: { tags, summary: 'One incident: its record, timeline with every correction, clocks, notifications, lessons learned, actions and evidence', params: incidentParams, querystring: asOfQuery, response: { 200: incidentDetail } } },
    async (request) => service.getIncident(app.db, orgOf(request).id, request.params.id, asOfOrNow(request.query.asOf)),
  );

  r.patch(
    '/orgs/:orgId/incidents/:id',
    {
      ...manage,
      schema: {
        tags,
        summary: 'Change an incident’s details or its grading on the notification grid',
        description: 'Send the version you read; a stale version gets 409 with the incident as it now is.',
        params: incidentParams,
        body: incidentChangeBody,
        response: { 200: incidentDetail },
      },
    },
    async (request) => service.changeIncident(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.post(
    '/orgs/:orgId/incidents/:id/timeline',
    {
      ...manage,
      schema: {
        tags,
        summary: 'Record a milestone (detected, contained…) or add a note, decision or evidence to the timeline',
        description: 'A milestone already recorded is corrected, not recorded again; a milestone out of order is refused naming both times. Send the incident’s version.',
        params: incidentParams,
        body: timelineEntryBody,
        response: { 200: incidentDetail },
      },
    },
    async (request) => service.addTimelineEntry(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.post(
    '/orgs/:orgId/incidents/:id/timeline/:eventId/correction',
    {
      ...manage,
      schema: {
        tags,
        summary: 'Correct a timeline entry: a new time (or, for a milestone, none), with the reason; the entry corrected is kept',
        params: incidentParams.extend({ eventId: z.string().max(100) }),
        body: correctionBody,
        response: { 200: incidentDetail },
      },
    },
    async (request) => service.correctTimelineEntry(contextOf(app, request), orgOf(request).id, request.params.id, request.params.eventId, request.body),
  );

  r.post(
    '/orgs/:orgId/incidents/:id/notifications',
    {
      ...manage,
      schema: {
        tags,
        summary: 'Record a notification made: to the ICO, DHSC and NHS England, the NIS authority, senior management, the people affected…',
        description: 'The first notification to the ICO stops the 72-hour clock; to the NIS authority or DHSC and NHS England, the NIS clock; to senior management, the 12-hour clock.',
        params: incidentParams,
        body: notificationBody,
        response: { 200: incidentDetail },
      },
    },
    async (request) => service.recordNotification(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.put(
    '/orgs/:orgId/incidents/:id/review',
    {
      ...manage,
      schema: { tags, summary: 'Save the post-incident review: when it was held, the root cause, what went well and what to improve', description: 'Send version 0 for the first save, then the version read.', params: incidentParams, body: reviewBody, response: { 200: incidentDetail } },
    },
    async (request) => service.saveLessons(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.post(
    '/orgs/:orgId/incidents/:id/actions',
    { ...manage, schema: { tags, summary: 'Add an action from the lessons learned, with its owner and due date', params: incidentParams, body: actionBody, response: { 200: incidentDetail } } },
    async (request) => service.addAction(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.patch(
    '/orgs/:orgId/incidents/:id/actions/:actionId',
    { ...manage, schema: { tags, summary: 'Change an action or mark it done', params: incidentParams.extend({ actionId: z.string().max(100) }), body: actionChangeBody, response: { 200: incidentDetail } } },
    async (request) => service.changeAction(contextOf(app, request), orgOf(request).id, request.params.id, request.params.actionId, request.body),
  );

  r.post(
    '/orgs/:orgId/incidents/:id/evidence',
    { ...manage, schema: { tags, summary: 'Link a piece of the organisation’s evidence to the incident', params: incidentParams, body: incidentEvidenceBody, response: { 200: incidentDetail } } },
    async (request) => service.linkIncidentEvidence(contextOf(app, request), orgOf(request).id, request.params.id, request.body.evidenceId),
  );

  r.delete(
    '/orgs/:orgId/incidents/:id/evidence/:evidenceId',
    { ...manage, schema: { tags, summary: 'Unlink a piece of evidence from the incident (the evidence itself stays in the library)', params: incidentParams.extend({ evidenceId: z.string().max(100) }), response: { 200: incidentDetail } } },
    async (request) => service.unlinkIncidentEvidence(contextOf(app, request), orgOf(request).id, request.params.id, request.params.evidenceId),
  );

  r.get(
    '/orgs/:orgId/incidents/:id/report',
    { ...read, schema: { tags, summary: 'The post-incident report as a PDF: the record, timeline, clocks, notifications, lessons learned and actions', params: incidentParams, querystring: asOfQuery } },
    async (request, reply) => sendAttachment(reply, await service.incidentReport(app.db, orgOf(request).id, request.params.id, asOfOrNow(request.query.asOf), app.identity)),
  );

  r.get(
    '/orgs/:orgId/incident-metrics',
    {
      config: { policy: { action: 'incident.metrics' } },
      schema: {
        tags,
        summary: 'Response-time metrics over a period: mean, median and 90th percentile of each, by kind and severity, targets met, the monthly trend, and published figures beside them',
        description: 'from and to: dates (whole UK days) or instants; by default the twelve months to asOf. An incident lacking a milestone is left out of the metrics that need it, and counted as missing.',
        params: orgParams,
        querystring: metricsQuery,
        response: { 200: incidentMetrics },
      },
    },
    async (request) => {
      const q = request.query;
      return service.incidentMetrics(app.db, orgOf(request).id, { from: q.from, to: q.to }, asOfOrNow(q.asOf));
    },
  );

  r.get(
    '/orgs/:orgId/incident-benchmarks',
    { config: { policy: { action: 'incident.metrics' } }, schema: { tags, summary: 'The published response-time figures shipped with Bulwark, with their sources, editions and definitions', params: orgParams, response: { 200: benchmarkSet } } },
    async () => service.incidentBenchmarks(),
  );

  r.get(
    '/orgs/:orgId/incident-settings',
    { ...read, schema: { tags, summary: 'The organisation’s response targets per severity and its DHSC and NHS England reporting threshold', params: orgParams, response: { 200: incidentSettings } } },
    async (request) => service.incidentSettings(app.db, orgOf(request).id),
  );

  r.put(
    '/orgs/:orgId/incident-settings',
    {
      config: { policy: { action: 'incident.configure' } },
      schema: { tags, summary: 'Set the response targets and the reporting threshold', description: 'Send version 0 before the first save, then the version read.', params: orgParams, body: incidentSettingsBody, response: { 200: incidentSettings } },
    },
    async (request) => service.saveIncidentSettings(contextOf(app, request), orgOf(request).id, request.body),
  );
}
