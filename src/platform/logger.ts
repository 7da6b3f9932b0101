// Structured logs: one JSON line per event, with the request id, and nothing secret or personal.
// Query strings can carry names and email addresses (audit filters), so only the path is logged.
import type { FastifyRequest } from 'fastify';

export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  // The mail server's password, wherever settings or transport options end up in a log line.
  '*.*.password',
  '*.pass',
  '*.*.pass',
  '*.token',
  '*.csrfToken',
];

export function loggerOptions(level: string) {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, path: req.url.split('?')[0], remoteAddress: req.ip }),
    },
  };
}
