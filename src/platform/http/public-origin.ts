// The address people reach Bulwark at, for links and redirects: the configured public URL, or the
// origin of the request (behind a proxy, only trustworthy with TRUST_PROXY set).
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

export function publicOrigin(config: Config, request: FastifyRequest): string {
  return config.publicUrl ?? `${request.protocol}://${request.host}`;
}
