// HTTP entry points for access reviews: campaigns (set up, started, closed, read with their figures),
// their items and a reviewer's own items, decisions, reminders, the evidence pack and the actions
// revocations become. Who sees which items is decided in the service from who is asking.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actionList, actionsQuery, closeActionBody, decisionBody, itemList, itemsQuery, myItems, reminderOutcome, review, reviewAction, reviewBody, reviewChangeBody, reviewItem, reviewList, versionBody } from '../../contract/access-reviews.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import { sendAttachment } from '../../platform/http/attachment.js';
import { orgRefOf } from '../accounts/service.js';
import { seesEveryItem } from './policy.js';
import * as service from './service.js';

const tags = ['access-reviews'];
const orgParams = z.object({ orgId: z.string() });
const reviewParams = orgParams.extend({ reviewId: z.string().max(64) });
const itemParams = reviewParams.extend({ itemId: z.string().max(64) });
const actionParams = orgParams.extend({ actionId: z.string().max(64) });
const asOfQuery = z.object({ asOf: z.string().max(40).optional() });
const read = { config: { policy: { action: 'review.read' } } };
const manage = { config: { policy: { action: 'review.manage' } } };
const decide = { config: { policy: { action: 'review.decide' } } };
const asOfWords = 'asOf: a date (the end of that UK day) or an instant; default now. Owners and auditors see every item; anyone else only the items they review.';

function readerOf(request: FastifyRequest): service.Reader {
  const principal = request.principal!;
  return { userId: principal.user.id, seesAll: seesEveryItem(principal, orgRefOf(orgOf(request))) };
}

export async function accessReviewRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/reviews',
    { ...read, schema: { tags, summary: 'The access-review campaigns the reader may see, newest first, each with its completion figures', description: asOfWords, params: orgParams, querystring: asOfQuery, response: { 200: reviewList } } },
    async (request) => service.listReviews(app.db, orgOf(request).id, readerOf(request), asOfOrNow(request.query.asOf)),
  );

  r.post(
    '/orgs/:orgId/reviews',
    { ...manage, schema: { tags, summary: 'Set up a campaign as a draft: its name, scope, how reviewers are found and its due date', params: orgParams, body: reviewBody, response: { 201: review } } },
    async (request, reply) => reply.code(201).send(await service.createReview(contextOf(app, request), orgOf(request).id, request.body, readerOf(request))),
  );

  r.get(
    '/orgs/:orgId/reviews/my-items',
    { ...read, schema: { tags, summary: 'The reader’s own items in the open campaigns, outstanding first, soonest due first', description: asOfWords, params: orgParams, querystring: asOfQuery, response: { 200: myItems } } },
    async (request) => service.myItems(app.db, orgOf(request).id, request.principal!.user.id, asOfOrNow(request.query.asOf)),
  );

  r.get(
    '/orgs/:orgId/reviews/actions',
    { ...read, schema: { tags, summary: 'The actions revocations and changes became, open and closed', params: orgParams, querystring: actionsQuery, response: { 200: actionList } } },
    async (request) => service.listActions(app.db, orgOf(request).id, readerOf(request), request.query),
  );

  r.post(
    '/orgs/:orgId/reviews/actions/:actionId/close',
    { ...manage, schema: { tags, summary: 'Close an action by hand, saying why (give the version read)', params: actionParams, body: closeActionBody, response: { 200: reviewAction } } },
    async (request) => service.closeAction(contextOf(app, request), orgOf(request).id, request.params.actionId, request.body),
  );

  r.get(
    '/orgs/:orgId/reviews/:reviewId',
    { ...read, schema: { tags, summary: 'One campaign with its completion figures', description: asOfWords, params: reviewParams, querystring: asOfQuery, response: { 200: review } } },
    async (request) => service.getReview(app.db, orgOf(request).id, request.params.reviewId, readerOf(request), asOfOrNow(request.query.asOf)),
  );

  r.put(
    '/orgs/:orgId/reviews/:reviewId',
    { ...manage, schema: { tags, summary: 'Change a draft campaign’s name, scope, reviewer rule or due date (give the version read)', params: reviewParams, body: reviewChangeBody, response: { 200: review } } },
    async (request) => service.changeReview(contextOf(app, request), orgOf(request).id, request.params.reviewId, request.body, readerOf(request)),
  );

  r.post(
    '/orgs/:orgId/reviews/:reviewId/start',
    { ...manage, schema: { tags, summary: 'Start a draft campaign: the accounts in scope now become items, each with its reviewer (give the version read)', params: reviewParams, body: versionBody, response: { 200: review } } },
    async (request) => service.startReview(contextOf(app, request), orgOf(request).id, request.params.reviewId, request.body.version, readerOf(request)),
  );

  r.post(
    '/orgs/:orgId/reviews/:reviewId/close',
    { ...manage, schema: { tags, summary: 'Close an open campaign: each revoke and change decision becomes an action (give the version read)', params: reviewParams, body: versionBody, response: { 200: review } } },
    async (request) => service.closeReview(contextOf(app, request), orgOf(request).id, request.params.reviewId, request.body.version, readerOf(request)),
  );

  r.get(
    '/orgs/:orgId/reviews/:reviewId/items',
    { ...read, schema: { tags, summary: 'A campaign’s items the reader may see, by state and (for owners and auditors) by reviewer', params: reviewParams, querystring: itemsQuery, response: { 200: itemList } } },
    async (request) => service.listItems(app.db, orgOf(request).id, request.params.reviewId, readerOf(request), request.query),
  );

  r.put(
    '/orgs/:orgId/reviews/:reviewId/items/:itemId/decision',
    {
      ...decide,
      schema: {
        tags,
        summary: 'Decide an item you review: keep, revoke or change, with a reason (required for revoke, change and keeping a privileged account); give the version read',
        params: itemParams,
        body: decisionBody,
        response: { 200: reviewItem },
      },
    },
    async (request) => service.decideItem(contextOf(app, request), orgOf(request).id, request.params.reviewId, request.params.itemId, request.body, readerOf(request)),
  );

  r.post(
    '/orgs/:orgId/reviews/:reviewId/reminders',
    { ...manage, schema: { tags, summary: 'Email each reviewer with outstanding items in the campaign, at most once a day each; says so when email is not configured', params: reviewParams, response: { 200: reminderOutcome } } },
    async (request) => service.sendReviewReminders(contextOf(app, request), orgOf(request).id, request.params.reviewId),
  );

  for (const format of service.EVIDENCE_FORMATS) {
    r.get(
      `/orgs/:orgId/reviews/:reviewId/evidence.${format}`,
      { ...read, schema: { tags, summary: `The campaign’s evidence pack as ${format.toUpperCase()}: scope, each account with its reviewer, decision, reason and time, the figures and the actions (owners and auditors)`, params: reviewParams, querystring: asOfQuery } },
      async (request, reply) => sendAttachment(reply, await service.exportReviewEvidence(app.db, orgOf(request).id, request.params.reviewId, readerOf(request), format, asOfOrNow(request.query.asOf), app.identity)),
    );
  }
}
