// HTTP entry points for assessments, under the organisation they belong to.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptSuggestionBody,
  assessmentChangeBody,
  assessmentList,
  assessmentSummary,
  comparison,
  dashboard,
  evidenceLinkBody,
  evidenceUses,
  heatmap,
  myWork,
  newAssessmentBody,
  outcomeDetail,
  responseChangeBody,
  responseView,
  reviewBody,
  reviewLevelBody,
  stateChangeBody,
  trend,
  workspace,
} from '../../contract/assessments.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import { sendAttachment } from '../../platform/http/attachment.js';
import { sourceReaderFor } from '../../platform/live-evidence.js';
import { can } from '../../platform/policy/policy.js';
import type { AssessmentContext } from './assessment-context.js';
import * as service from './service.js';

const orgParams = z.object({ orgId: z.string().max(64) });
const assessmentParams = orgParams.extend({ assessmentId: z.string().max(64) });
const outcomeParams = assessmentParams.extend({ ref: z.string().max(64) });
const asOfQuery = z.object({ asOf: z.string().max(40).optional() });
const tags = ['assessments'];

export async function assessmentRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const read = { config: { policy: { action: 'assessment.read' } } };
  const manage = { config: { policy: { action: 'assessment.manage' } } };
  const respond = { config: { policy: { action: 'assessment.respond' } } };
  const review = { config: { policy: { action: 'assessment.review' } } };
  const asOf = (request: FastifyRequest<{ Querystring: { asOf?: string } }>) => asOfOrNow(request.query.asOf);

  r.get('/orgs/:orgId/assessments', { ...read, schema: { tags, summary: 'The organisation’s assessments, each with progress and status against its profile', params: orgParams, querystring: asOfQuery, response: { 200: assessmentList } } }, async (request) => ({
    assessments: await service.listAssessments(app.db, orgOf(request).id, asOf(request)),
  }));

  r.post('/orgs/:orgId/assessments', { ...manage, schema: { tags, summary: 'Start an assessment, fresh or from an earlier one’s answers', params: orgParams, body: newAssessmentBody, response: { 201: assessmentSummary } } }, async (request, reply) =>
    reply.code(201).send(await service.createAssessment(contextOf(app, request), orgOf(request).id, request.body)),
  );

  r.get('/orgs/:orgId/assessments/:assessmentId', { ...read, schema: { tags, summary: 'The workspace: every response with its evidence, suggestions and review', params: assessmentParams, querystring: asOfQuery, response: { 200: workspace } } }, async (request) => {
    const org = orgOf(request);
    const ref = { id: org.id, path: org.path, type: org.type };
    const p = request.principal!;
    return service.getWorkspace(app.db, org.id, request.params.assessmentId, asOf(request), {
      manage: can(p, 'assessment.manage', ref),
      respond: can(p, 'assessment.respond', ref),
      respondAny: can(p, 'assessment.respond-any', ref),
      agree: can(p, 'assessment.agree', ref),
      review: can(p, 'assessment.review', ref),
    }, sourceReaderFor(p, ref));
  });

  r.patch('/orgs/:orgId/assessments/:assessmentId', { ...manage, schema: { tags, summary: 'Change the title, due date, profile or status rule', params: assessmentParams, body: assessmentChangeBody, response: { 200: assessmentSummary } } }, async (request) =>
    service.changeAssessment(contextOf(app, request), orgOf(request).id, request.params.assessmentId, request.body),
  );

  r.post('/orgs/:orgId/assessments/:assessmentId/state', { ...manage, schema: { tags, summary: 'Send for review, return to draft, submit (locks it) or archive', params: assessmentParams, body: stateChangeBody, response: { 200: assessmentSummary } } }, async (request) =>
    service.moveAssessment(contextOf(app, request), orgOf(request).id, request.params.assessmentId, request.body.to, request.body.version),
  );

  r.get(
    '/orgs/:orgId/assessments/:assessmentId/outcomes/:ref',
    {
      ...read,
      schema: {
        tags,
        summary: 'One outcome: its response, indicators, suggestions, last year’s answer and live evidence',
        description: 'Live evidence: figures from Bulwark’s registers on this outcome, from the sources the reader may also read, as of the instant asked for while the assessment is worked on, or of its submission once submitted.',
        params: outcomeParams,
        querystring: asOfQuery,
        response: { 200: outcomeDetail },
      },
    },
    async (request) => {
      const org = orgOf(request);
      return service.getOutcome(app.db, org.id, request.params.assessmentId, request.params.ref, asOf(request), sourceReaderFor(request.principal!, { id: org.id, path: org.path, type: org.type }));
    },
  );

  r.patch('/orgs/:orgId/assessments/:assessmentId/outcomes/:ref', { ...respond, schema: { tags, summary: 'Change a response; 409 with the current answer when someone changed it first', params: outcomeParams, body: responseChangeBody, response: { 200: responseView } } }, async (request) =>
    service.saveResponse(assessmentContext(app, request), orgOf(request).id, request.params.assessmentId, request.params.ref, request.body),
  );

  r.post('/orgs/:orgId/assessments/:assessmentId/outcomes/:ref/evidence', { ...respond, schema: { tags, summary: 'Link an evidence item from the library to this response', params: outcomeParams, body: evidenceLinkBody, response: { 200: responseView } } }, async (request) =>
    service.linkEvidence(assessmentContext(app, request), orgOf(request).id, request.params.assessmentId, request.params.ref, request.body.evidenceId),
  );

  r.delete('/orgs/:orgId/assessments/:assessmentId/outcomes/:ref/evidence/:evidenceId', { ...respond, schema: { tags, summary: 'Unlink an evidence item from this response', params: outcomeParams.extend({ evidenceId: z.string().max(64) }), response: { 200: responseView } } }, async (request) =>
    service.unlinkEvidence(assessmentContext(app, request), orgOf(request).id, request.params.assessmentId, request.params.ref, request.params.evidenceId),
  );

  r.post('/orgs/:orgId/assessments/:assessmentId/outcomes/:ref/accept-suggestion', { ...respond, schema: { tags, summary: 'Accept a suggestion from another framework’s answer in one step', params: outcomeParams, body: acceptSuggestionBody, response: { 200: responseView } } }, async (request) =>
    service.acceptSuggestion(assessmentContext(app, request), orgOf(request).id, request.params.assessmentId, request.params.ref, request.body),
  );

  r.put('/orgs/:orgId/assessments/:assessmentId/review', { ...review, schema: { tags, summary: 'The independent reviewer’s overall opinion', params: assessmentParams, body: reviewBody, response: { 200: workspace.shape.review.unwrap() } } }, async (request) =>
    service.saveReview(contextOf(app, request), orgOf(request).id, request.params.assessmentId, request.body),
  );

  r.put('/orgs/:orgId/assessments/:assessmentId/review/outcomes/:ref', { ...review, schema: { tags, summary: 'The independent reviewer’s level for one outcome (null removes it)', params: outcomeParams, body: reviewLevelBody, response: { 200: z.object({ ref: z.string(), level: z.string().nullable(), note: z.string().nullable() }) } } }, async (request) =>
    service.saveReviewLevel(contextOf(app, request), orgOf(request).id, request.params.assessmentId, request.params.ref, request.body),
  );

  r.get('/orgs/:orgId/assessments/:assessmentId/heatmap', { ...read, schema: { tags, summary: 'Levels by objective and principle, and CIS coverage per implementation group', params: assessmentParams, querystring: asOfQuery, response: { 200: heatmap } } }, async (request) =>
    service.getHeatmap(app.db, orgOf(request).id, request.params.assessmentId, asOf(request)),
  );

  r.get('/orgs/:orgId/assessments/:assessmentId/comparison', { ...read, schema: { tags, summary: 'Outcome by outcome beside last year’s assessment or the independent review', params: assessmentParams, querystring: asOfQuery.extend({ against: z.enum(['previous', 'review']).default('previous') }), response: { 200: comparison } } }, async (request) =>
    service.compareAssessment(app.db, orgOf(request).id, request.params.assessmentId, request.query.against, asOf(request)),
  );

  r.get(
    '/orgs/:orgId/assessments/:assessmentId/export',
    {
      ...read,
      schema: {
        tags,
        summary: 'The assessment as an XLSX workbook, a CSV file or a PDF summary',
        description: 'Every outcome with its level, expected level, narrative, owner, evidence, review state and the independent reviewer’s level. Spreadsheet cells that could start a formula are shown as text.',
        params: assessmentParams,
        querystring: asOfQuery.extend({ format: z.enum(service.EXPORT_FORMATS).default('xlsx') }),
      },
    },
    async (request, reply) => {
      const file = await service.exportAssessment(app.db, orgOf(request).id, request.params.assessmentId, request.query.format, asOf(request), app.identity);
      return sendAttachment(reply, file);
    },
  );

  r.get('/orgs/:orgId/assessment-trend/:catalogue', { ...read, schema: { tags, summary: 'One framework’s assessments across periods', params: orgParams.extend({ catalogue: z.string().max(63) }), querystring: asOfQuery, response: { 200: trend } } }, async (request) =>
    service.assessmentTrend(app.db, orgOf(request).id, request.params.catalogue, asOf(request)),
  );

  r.get('/orgs/:orgId/my-work', { ...read, schema: { tags, summary: 'Outcomes assigned to you that are not yet agreed, soonest due first', params: orgParams, querystring: asOfQuery, response: { 200: myWork } } }, async (request) => ({
    items: await service.myWork(app.db, orgOf(request).id, request.principal!.user.id, asOf(request)),
  }));

  r.get('/orgs/:orgId/dashboard', { ...read, schema: { tags, summary: 'The organisation’s home: open assessments, deadlines, what is overdue, expiring evidence and your work', params: orgParams, querystring: asOfQuery, response: { 200: dashboard } } }, async (request) =>
    service.dashboard(app.db, orgOf(request).id, request.principal!.user.id, asOf(request)),
  );

  r.get('/orgs/:orgId/evidence/:evidenceId/uses', { ...read, schema: { tags, summary: 'The responses an evidence item supports, across assessments', params: orgParams.extend({ evidenceId: z.string().max(64) }), response: { 200: evidenceUses } } }, async (request) =>
    service.evidenceUses(app.db, orgOf(request).id, request.params.evidenceId),
  );
}

/** The request's context, with what the person may do beyond the route's own action. */
function assessmentContext(app: AppContext, request: FastifyRequest): AssessmentContext {
  const org = orgOf(request);
  const ref = { id: org.id, path: org.path, type: org.type };
  const ctx = contextOf(app, request);
  return { ...ctx, abilities: { respondAny: can(ctx.principal, 'assessment.respond-any', ref), agree: can(ctx.principal, 'assessment.agree', ref) } };
}
