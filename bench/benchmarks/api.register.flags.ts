// api.register.flags: GET /api/v1/orgs/:orgId/asset-flags for a large Trust's information asset register
// (3,000 assets, 400 suppliers, 2,000 data flows and 150 DPIAs, generated with a fixed seed by
// bench/lib/register-history.ts and written through the register's service), read by its IG lead as of
// a fixed instant: every flag rule over every live asset, supplier, flow and signed-off DPIA, each flag
// with the action tracking it, and the counts by rule. Against bare Fastify answering the same bytes as
// a constant on the same route shape, same run.
import { compareWithBareFastify } from '../lib/api-comparison.js';
import type { Benchmark } from '../lib/types.js';

const benchmark: Benchmark = {
  name: 'api.register.flags',
  description:
    'Authenticated GET of the flags report of a register of 3,000 assets, 400 suppliers, 2,000 data flows and 150 DPIAs against bare Fastify returning the same JSON as a constant; median req/s of alternating rounds.',
  engines: ['sqlite', 'postgres'],
  run: (options) => compareWithBareFastify(options, { name: 'api.register.flags', subject: 'register-flags', route: '/api/v1/orgs/:orgId/asset-flags' }),
};

export default benchmark;
