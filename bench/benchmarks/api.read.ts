// api.read: an authenticated API read of one record, GET /api/v1/orgs/:orgId with a real session
// cookie, through the whole Bulwark server (helmet, cookies, session and membership lookups, policy
// check, the organisation read with its ancestors, subtree and member count, zod response
// serialisation), against bare Fastify answering the same bytes as a constant, on the same route
// shape, in the same run.
import { compareWithBareFastify } from '../lib/api-comparison.js';
import type { Benchmark } from '../lib/types.js';

const benchmark: Benchmark = {
  name: 'api.read',
  description:
    'Authenticated GET /api/v1/orgs/:orgId on the full Bulwark server against bare Fastify (no plugins) returning the same JSON as a constant; median req/s of alternating rounds.',
  engines: ['sqlite', 'postgres'],
  run: (options) => compareWithBareFastify(options, { name: 'api.read', subject: 'organisation', route: '/api/v1/orgs/:orgId' }),
};

export default benchmark;
