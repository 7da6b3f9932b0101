// api.assessment.read: the assessment workspace, GET /api/v1/orgs/:orgId/assessments/:id, for a DSPT
// 2025-26 assessment with all 47 outcomes answered (narratives, owners, due dates), evidence linked
// to most of them once the evidence library is present, and a suggestion from a fully answered CAF
// v3.2 assessment on every outcome the crosswalk reaches (bench/lib/assessment-workspace.ts). Each
// read loads the catalogue, the Trust's expected levels, the crosswalks and the other assessments.
// Against bare Fastify answering the same bytes as a constant on the same route shape, same run.
import { compareWithBareFastify } from '../lib/api-comparison.js';
import type { Benchmark } from '../lib/types.js';

const benchmark: Benchmark = {
  name: 'api.assessment.read',
  description:
    'Authenticated GET of a fully answered DSPT 2025-26 assessment workspace (with suggestions from CAF v3.2, and evidence when the library is present) against bare Fastify returning the same JSON as a constant; median req/s of alternating rounds.',
  engines: ['sqlite', 'postgres'],
  run: (options) => compareWithBareFastify(options, { name: 'api.assessment.read', subject: 'assessment-workspace', route: '/api/v1/orgs/:orgId/assessments/:assessmentId' }),
};

export default benchmark;
