// Refuses the NUL character (U+0000) anywhere in a request's address or JSON body, in one place and
// before any handler or store sees it: PostgreSQL cannot store it in text (the insert fails with a 500)
// and SQLite stores it, truncating the value in some tools. No person types one on purpose.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BadRequest, ValidationFailed } from '../errors.js';

const ENCODED_NUL = /%00/i;

/** The path of the first string or key holding a NUL, like 'members.0.name'; null when there is none. */
export function nulPathIn(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\0') ? path || '(whole)' : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (key.includes('\0')) return here;
    const found = nulPathIn(inner, here);
    if (found) return found;
  }
  return null;
}

function assertAddressClean(request: FastifyRequest) {
  const raw = request.raw.url ?? '';
  // The decoded parameters and query are checked too, in case a router or parser decodes twice.
  if (raw.includes('\0') || ENCODED_NUL.test(raw) || nulPathIn(request.params) || nulPathIn(request.query)) {
    throw new BadRequest('The address contains a NUL character (%00), which Bulwark does not accept. Remove it and try again.');
  }
}

export function registerNulCharacterGuard(server: FastifyInstance) {
  // The address first, before access control looks anything up by it; the body once it is parsed
  // (after access control, so nothing about a body is said to someone not allowed to send it).
  server.addHook('onRequest', async (request) => assertAddressClean(request));
  server.addHook('preValidation', async (request) => {
    const field = nulPathIn(request.body);
    if (field) {
      throw new ValidationFailed('A value contains a NUL character, which Bulwark does not accept. Remove it and try again.', [
        { field, message: 'contains a NUL character (U+0000); remove it' },
      ]);
    }
  });
}
