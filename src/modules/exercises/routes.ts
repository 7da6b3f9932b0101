// HTTP entry points for exercises of the incident response plan: the scenario library, planning, the
// clock and what is recorded against it, the review's findings and actions, and comparison over time.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  clockBody,
  decisionBody,
  exerciseActionBody,
  exerciseActionChangeBody,
  exerciseActionList,
  exerciseChangeBody,
  exerciseComparison,
  exerciseDetail,
  exerciseList,
  findingBody,
  findingChangeBody,
  injectReleaseBody,
  newExerciseBody,
  observationBody,
  scenarioList,
} from '../../contract/exercises.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import * as service from './service.js';

const tags = ['exercises'];
const orgParams = z.object({ orgId: z.string() });
const exerciseParams = orgParams.extend({ id: z.string().max(100) });
const asOfQuery = z.object({ asOf: z.string().max(40).optional() });
const read = { config: { policy: { action: 'exercise.read' } } };
const manage = { config: { policy: { action: 'exercise.manage' } } };
const TIMES = 'Times carry their offset (2026-05-12T10:15:00+01:00), are not in the future and not before the clock started; absent means now.';
const STALE = 'Send the exercise’s version; a stale one gets 409 with the exercise as it now is and who changed it.';

export async function exerciseRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/exercise-scenarios',
    { ...read, schema: { tags, summary: 'The scenario library: each scenario’s objectives, roles, injects and decision points with their target minutes', params: orgParams, response: { 200: scenarioList } } },
    async () => service.exerciseScenarios(),
  );

  r.get(
    '/orgs/:orgId/exercises',
    { ...read, schema: { tags, summary: 'The organisation’s exercises, newest first, with decisions met, late and missed, findings and open actions', params: orgParams, querystring: asOfQuery, response: { 200: exerciseList } } },
    async (request) => service.listExercises(app.db, orgOf(request).id, asOfOrNow(request.query.asOf)),
  );

  r.post(
    '/orgs/:orgId/exercises',
    {
      ...manage,
      schema: {
        tags,
        summary: 'Plan an exercise, from a scenario in the library or from scratch',
        description: 'It is numbered EX-<year>-<n> in this organisation. A scenario fills the objectives, participants (one per role), injects and decision points that are not given.',
        params: orgParams,
        body: newExerciseBody,
        response: { 201: exerciseDetail },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createExercise(contextOf(app, request), orgOf(request).id, request.body)),
  );

  r.get(
    '/orgs/:orgId/exercises/:id',
    { ...read, schema: { tags, summary: 'One exercise: its plan, the clock, each decision point against its target, injects, observations, findings and actions', params: exerciseParams, querystring: asOfQuery, response: { 200: exerciseDetail } } },
    async (request) => service.getExercise(app.db, orgOf(request).id, request.params.id, asOfOrNow(request.query.asOf)),
  );

  r.patch(
    '/orgs/:orgId/exercises/:id',
    { ...manage, schema: { tags, summary: 'Change the plan; once started, only the title, description and objectives', description: STALE, params: exerciseParams, body: exerciseChangeBody, response: { 200: exerciseDetail } } },
    async (request) => service.changeExercise(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.post(
    '/orgs/:orgId/exercises/:id/start',
    { ...manage, schema: { tags, summary: 'Start the exercise’s clock', description: `${TIMES} ${STALE}`, params: exerciseParams, body: clockBody, response: { 200: exerciseDetail } } },
    async (request) => service.startExercise(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.post(
    '/orgs/:orgId/exercises/:id/stop',
    {
      ...manage,
      schema: { tags, summary: 'Stop the clock: the exercise is completed and recorded in the evidence library for CAF D1.c', description: `${TIMES} ${STALE}`, params: exerciseParams, body: clockBody, response: { 200: exerciseDetail } },
    },
    async (request) => service.stopExercise(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.put(
    '/orgs/:orgId/exercises/:id/decisions/:decisionId',
    {
      ...manage,
      schema: {
        tags,
        summary: 'Record when a decision point was reached (or clear it with reachedAt null), with a note',
        description: `Only while the exercise runs. ${TIMES} ${STALE}`,
        params: exerciseParams.extend({ decisionId: z.string().max(100) }),
        body: decisionBody,
        response: { 200: exerciseDetail },
      },
    },
    async (request) => service.recordDecision(contextOf(app, request), orgOf(request).id, request.params.id, request.params.decisionId, request.body),
  );

  r.post(
    '/orgs/:orgId/exercises/:id/injects/:injectId/release',
    { ...manage, schema: { tags, summary: 'Record an inject released to the players', description: `Only while the exercise runs. ${TIMES} ${STALE}`, params: exerciseParams.extend({ injectId: z.string().max(100) }), body: injectReleaseBody, response: { 200: exerciseDetail } } },
    async (request) => service.releaseInject(contextOf(app, request), orgOf(request).id, request.params.id, request.params.injectId, request.body),
  );

  r.post(
    '/orgs/:orgId/exercises/:id/observations',
    { ...manage, schema: { tags, summary: 'Note an observation during the run', description: `Only while the exercise runs. ${TIMES}`, params: exerciseParams, body: observationBody, response: { 200: exerciseDetail } } },
    async (request) => service.addObservation(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.post(
    '/orgs/:orgId/exercises/:id/findings',
    { ...manage, schema: { tags, summary: 'Record a finding with its bottleneck, and the actions that follow from it', description: 'While the exercise runs or after it has finished.', params: exerciseParams, body: findingBody, response: { 200: exerciseDetail } } },
    async (request) => service.addFinding(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.patch(
    '/orgs/:orgId/exercises/:id/findings/:findingId',
    { ...manage, schema: { tags, summary: 'Change a finding', description: 'Send the finding’s version.', params: exerciseParams.extend({ findingId: z.string().max(100) }), body: findingChangeBody, response: { 200: exerciseDetail } } },
    async (request) => service.changeFinding(contextOf(app, request), orgOf(request).id, request.params.id, request.params.findingId, request.body),
  );

  r.post(
    '/orgs/:orgId/exercises/:id/findings/:findingId/actions',
    { ...manage, schema: { tags, summary: 'Add an action to a finding, with its owner and due date', params: exerciseParams.extend({ findingId: z.string().max(100) }), body: exerciseActionBody, response: { 200: exerciseDetail } } },
    async (request) => service.addAction(contextOf(app, request), orgOf(request).id, request.params.id, request.params.findingId, request.body),
  );

  r.patch(
    '/orgs/:orgId/exercises/:id/actions/:actionId',
    { ...manage, schema: { tags, summary: 'Change an action or move it on (open, in progress, done)', description: 'Send the action’s version.', params: exerciseParams.extend({ actionId: z.string().max(100) }), body: exerciseActionChangeBody, response: { 200: exerciseDetail } } },
    async (request) => service.changeAction(contextOf(app, request), orgOf(request).id, request.params.id, request.params.actionId, request.body),
  );

  r.get(
    '/orgs/:orgId/exercise-actions',
    { ...read, schema: { tags, summary: 'Every action from the organisation’s exercises: open ones first, soonest due first', params: orgParams, querystring: asOfQuery, response: { 200: exerciseActionList } } },
    async (request) => service.listExerciseActions(app.db, orgOf(request).id, asOfOrNow(request.query.asOf)),
  );

  r.get(
    '/orgs/:orgId/exercise-comparison',
    {
      config: { policy: { action: 'exercise.compare' } },
      schema: {
        tags,
        summary: 'Completed exercises compared over time: decision minutes by key, and each bottleneck of the one before the latest — closed, recurred or with actions open',
        params: orgParams,
        querystring: asOfQuery,
        response: { 200: exerciseComparison },
      },
    },
    async (request) => service.compareExercisesOverTime(app.db, orgOf(request).id, asOfOrNow(request.query.asOf)),
  );
}
