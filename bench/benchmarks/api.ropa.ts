// api.ropa: GET /api/v1/orgs/:orgId/ropa, the record of processing activities (UK GDPR Art 30) of the
// same large register as api.register.flags (bench/lib/register-history.ts), read by the DPO as of a
// fixed instant: one activity per flow of personal data live then, with its flags, and the assets with
// personal data no live flow names, archived records included. Against bare Fastify answering the same
// bytes as a constant on the same route shape, same run.
import { compareWithBareFastify } from '../lib/api-comparison.js';
import type { Benchmark } from '../lib/types.js';

const benchmark: Benchmark = {
  name: 'api.ropa',
  description:
    'Authenticated GET of the record of processing of a register of 3,000 assets, 400 suppliers, 2,000 data flows and 150 DPIAs against bare Fastify returning the same JSON as a constant; median req/s of alternating rounds.',
  engines: ['sqlite', 'postgres'],
  run: (options) => compareWithBareFastify(options, { name: 'api.ropa', subject: 'ropa', route: '/api/v1/orgs/:orgId/ropa' }),
};

export default benchmark;
