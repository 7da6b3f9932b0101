// HTTP entry points for data protection impact assessments: the list with its filters and states as
// of a date, one DPIA in full, and each step against the version read: its details, the screening,
// the risks, the assets and flows it covers, the DPO's advice and the sign-off.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adviceBody, dpiaChangeBody, dpiaDetail, dpiaList, dpiaListQuery, linksBody, newDpiaBody, risksBody, screeningBody, signOffBody } from '../../contract/dpias.js';
import { asOfQuery } from '../../contract/information-assets.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import * as service from './service.js';

const tags = ['DPIAs'];
const orgParams = z.object({ orgId: z.string() });
const recordParams = orgParams.extend({ id: z.string().max(100) });
const policy = (action: string) => ({ config: { policy: { action } } });
const STALE_NOTE = 'Send the version you read; a stale version gets 409 with the DPIA as it now is.';
const REOPENS = 'A change to what was assessed reopens a signed-off DPIA: the sign-off is cleared and the DPO’s advice is kept as advice on an earlier version.';

export async function dpiaRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/dpias',
    {
      ...policy('dpia.read'),
      schema: {
        tags,
        summary: 'The organisation’s DPIAs, newest first, each with its state and flags as of a date',
        description: 'state keeps the DPIAs in that state as of asOf; assetId and flowId keep those covering it. asOf: a date or an instant; default now.',
        params: orgParams,
        querystring: dpiaListQuery,
        response: { 200: dpiaList },
      },
    },
    async (request) => {
      const { state, assetId, flowId, asOf } = request.query;
      return service.listDpias(app.db, orgOf(request).id, { state, assetId, flowId }, asOfOrNow(asOf));
    },
  );

  r.post(
    '/orgs/:orgId/dpias',
    {
      ...policy('dpia.manage'),
      schema: { tags, summary: 'Start a DPIA: it is numbered DPIA-<year>-<n> and begins at screening', params: orgParams, body: newDpiaBody, response: { 201: dpiaDetail } },
    },
    async (request, reply) => reply.code(201).send(await service.createDpia(contextOf(app, request), orgOf(request).id, request.body)),
  );

  r.get(
    '/orgs/:orgId/dpias/:id',
    { ...policy('dpia.read'), schema: { tags, summary: 'One DPIA, with its state and flags as of a date', params: recordParams, querystring: asOfQuery, response: { 200: dpiaDetail } } },
    async (request) => service.getDpia(app.db, orgOf(request).id, request.params.id, asOfOrNow(request.query.asOf)),
  );

  r.patch(
    '/orgs/:orgId/dpias/:id',
    {
      ...policy('dpia.manage'),
      schema: { tags, summary: 'Change a DPIA’s title, description, owner, necessity, consultation or review date', description: `${STALE_NOTE} ${REOPENS}`, params: recordParams, body: dpiaChangeBody, response: { 200: dpiaDetail } },
    },
    async (request) => service.changeDpia(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.put(
    '/orgs/:orgId/dpias/:id/screening',
    {
      ...policy('dpia.manage'),
      schema: {
        tags,
        summary: 'Answer the screening questions: any yes means a DPIA is required; every answer no, with a reason, means it is not',
        description: `The answers given replace those held; a question left out is unanswered. ${STALE_NOTE} ${REOPENS}`,
        params: recordParams,
        body: screeningBody,
        response: { 200: dpiaDetail },
      },
    },
    async (request) => service.answerScreening(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.put(
    '/orgs/:orgId/dpias/:id/risks',
    {
      ...policy('dpia.manage'),
      schema: { tags, summary: 'Replace the DPIA’s risks: each with its likelihood and severity before and after the measures', description: `${STALE_NOTE} ${REOPENS}`, params: recordParams, body: risksBody, response: { 200: dpiaDetail } },
    },
    async (request) => service.replaceRisks(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.put(
    '/orgs/:orgId/dpias/:id/links',
    {
      ...policy('dpia.manage'),
      schema: {
        tags,
        summary: 'Replace the information assets and data flows the DPIA covers',
        description: `Only the organisation’s own; one newly linked must be live, and one archived since may stay. ${STALE_NOTE} ${REOPENS}`,
        params: recordParams,
        body: linksBody,
        response: { 200: dpiaDetail },
      },
    },
    async (request) => service.replaceLinks(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.post(
    '/orgs/:orgId/dpias/:id/advice',
    {
      ...policy('dpia.advise'),
      schema: {
        tags,
        summary: 'Give the DPO’s advice on the assessment as it now stands',
        description: `Only once the assessment is complete and before sign-off; given again, it replaces the advice held. ${STALE_NOTE}`,
        params: recordParams,
        body: adviceBody,
        response: { 200: dpiaDetail },
      },
    },
    async (request) => service.giveDpoAdvice(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.post(
    '/orgs/:orgId/dpias/:id/sign-off',
    {
      ...policy('dpia.sign-off'),
      schema: {
        tags,
        summary: 'Sign the DPIA off: approved, approved with conditions, or not approved',
        description: `Only after the DPO’s advice on this version of the assessment. Approval needs a review date after today; approval with conditions needs the conditions. ${STALE_NOTE}`,
        params: recordParams,
        body: signOffBody,
        response: { 200: dpiaDetail },
      },
    },
    async (request) => service.signOffDpia(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );
}
