// api.incident.metrics: GET /api/v1/orgs/:orgId/incident-metrics for a Trust with two years of incidents
// (2,000, generated with a fixed seed by bench/lib/incident-history.ts and written through the incidents
// service), read by its head of cyber as of the history's end: every incident's timeline and
// notifications are read and worked into response-time metrics by kind and severity, targets, a monthly
// trend and the published figures. Against bare Fastify answering the same bytes as a constant on the
// same route shape, same run.
import { compareWithBareFastify } from '../lib/api-comparison.js';
import type { Benchmark } from '../lib/types.js';

const benchmark: Benchmark = {
  name: 'api.incident.metrics',
  description:
    'Authenticated GET of the incident response-time metrics of a Trust with 2,000 incidents over 24 months (the default twelve-month period) against bare Fastify returning the same JSON as a constant; median req/s of alternating rounds.',
  engines: ['sqlite', 'postgres'],
  run: (options) => compareWithBareFastify(options, { name: 'api.incident.metrics', subject: 'incident-metrics', route: '/api/v1/orgs/:orgId/incident-metrics' }),
};

export default benchmark;
