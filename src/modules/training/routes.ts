// HTTP entry points for training compliance: the report on a day, one department, overdue staff by
// line manager, completions of people not in the staff register, the courses and the settings.
// E-learning exports come in through the import routes (POST /orgs/:orgId/imports/training).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  complianceQuery,
  courseVersionQuery,
  departmentCompliance,
  overdueByManager,
  trainingCompliance,
  trainingCourse,
  trainingCourseBody,
  trainingCourseChange,
  trainingCourseList,
  trainingSettings,
  trainingSettingsBody,
  unmatchedList,
} from '../../contract/training.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import * as service from './service.js';

const tags = ['training'];
const orgParams = z.object({ orgId: z.string() });
const courseParams = orgParams.extend({ courseId: z.string().max(64) });
const read = { config: { policy: { action: 'training.read' } } };
const manage = { config: { policy: { action: 'training.manage' } } };
const asOfWords = 'asOf: a date (the end of that UK day) or an instant; default now.';

export async function trainingRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/training/compliance',
    {
      ...read,
      schema: {
        tags,
        summary: 'Training compliance on a day: by organisation, department and staff group against the target, new starters, induction on time, overdue staff by line manager, unmatched completions and CPD hours',
        description: asOfWords,
        params: orgParams,
        querystring: complianceQuery,
        response: { 200: trainingCompliance },
      },
    },
    async (request) => service.trainingCompliance(app.db, orgOf(request).id, asOfOrNow(request.query.asOf)),
  );

  r.get(
    '/orgs/:orgId/training/departments/:department',
    {
      ...read,
      schema: {
        tags,
        summary: 'One department on a day: its compliance, each counted person’s awareness training, and its new starters',
        description: `${asOfWords} The department as ESR names it (any case); "Not recorded" for people with none.`,
        params: orgParams.extend({ department: z.string().min(1).max(200) }),
        querystring: complianceQuery,
        response: { 200: departmentCompliance },
      },
    },
    async (request) => service.departmentCompliance(app.db, orgOf(request).id, request.params.department, asOfOrNow(request.query.asOf)),
  );

  r.get(
    '/orgs/:orgId/training/overdue',
    { ...read, schema: { tags, summary: 'Current staff whose awareness training has expired or was never done, by line manager', description: asOfWords, params: orgParams, querystring: complianceQuery, response: { 200: overdueByManager } } },
    async (request) => service.overdueByManager(app.db, orgOf(request).id, asOfOrNow(request.query.asOf)),
  );

  r.get(
    '/orgs/:orgId/training/unmatched',
    {
      ...read,
      schema: { tags, summary: 'Completions of counted courses by people not in the staff register (agency staff, locums): counted in no figure', description: asOfWords, params: orgParams, querystring: complianceQuery, response: { 200: unmatchedList } },
    },
    async (request) => service.unmatchedCompletions(app.db, orgOf(request).id, asOfOrNow(request.query.asOf)),
  );

  r.get(
    '/orgs/:orgId/training/courses',
    { ...read, schema: { tags, summary: 'The organisation’s courses (ours are written on first use)', params: orgParams, response: { 200: trainingCourseList } } },
    async (request) => ({ items: await service.listCourses(contextOf(app, request), orgOf(request).id) }),
  );

  r.post(
    '/orgs/:orgId/training/courses',
    { ...manage, schema: { tags, summary: 'Add a course', params: orgParams, body: trainingCourseBody, response: { 201: trainingCourse } } },
    async (request, reply) => reply.code(201).send(await service.createCourse(contextOf(app, request), orgOf(request).id, request.body)),
  );

  r.put(
    '/orgs/:orgId/training/courses/:courseId',
    { ...manage, schema: { tags, summary: 'Change a course (give the version read; a stale one is refused with the current values)', params: courseParams, body: trainingCourseChange, response: { 200: trainingCourse } } },
    async (request) => service.changeCourse(contextOf(app, request), orgOf(request).id, request.params.courseId, request.body),
  );

  r.delete(
    '/orgs/:orgId/training/courses/:courseId',
    { ...manage, schema: { tags, summary: 'Remove a course (its completions are kept, and ignored unless another course claims their name)', params: courseParams, querystring: courseVersionQuery } },
    async (request, reply) => {
      await service.removeCourse(contextOf(app, request), orgOf(request).id, request.params.courseId, request.query.version);
      return reply.code(204).send();
    },
  );

  r.get(
    '/orgs/:orgId/training/settings',
    { ...read, schema: { tags, summary: 'The compliance target, induction window, security staff and CPD hours expected', params: orgParams, response: { 200: trainingSettings } } },
    async (request) => service.trainingSettings(app.db, orgOf(request).id),
  );

  r.put(
    '/orgs/:orgId/training/settings',
    { ...manage, schema: { tags, summary: 'Set the training settings (give the version read; a stale one is refused with the current values)', params: orgParams, body: trainingSettingsBody, response: { 200: trainingSettings } } },
    async (request) => service.saveTrainingSettings(contextOf(app, request), orgOf(request).id, request.body),
  );
}
