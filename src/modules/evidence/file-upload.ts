// A file sent as the request body, read as it arrives: counted against the size limit (so a large
// upload is stopped at the limit, not after it) and hashed with SHA-256 on the way through. Evidence
// files are small enough to hold in memory, and the database takes them whole.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationFailed } from '../../platform/errors.js';

export interface ReceivedFile {
  bytes: Buffer;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
}

export function isReceivedFile(body: unknown): body is ReceivedFile {
  return typeof body === 'object' && body !== null && Buffer.isBuffer((body as ReceivedFile).bytes);
}

export function tooLarge(maxBytes: number): ValidationFailed {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round((maxBytes / (1024 * 1024)) * 10) / 10} MiB` : `${Math.ceil(maxBytes / 1024)} KiB`;
  return new ValidationFailed(`The file is too large: the most one piece of evidence can be is ${size}.`, [
    { field: '(file)', message: `The file is larger than ${size}, the most one piece of evidence can be. Split it, or save it smaller (a PDF rather than scanned images, say).` },
  ]);
}

/**
 * Makes the routes of this scope take any body but JSON as a file, whatever Content-Type it claims:
 * the type is decided later from the bytes. JSON bodies are still parsed as JSON.
 */
export function receiveEvidenceFiles(scope: FastifyInstance, maxBytes: number): void {
  // Plain text would otherwise be read as a string under the server's small body limit.
  scope.removeContentTypeParser(['text/plain']);
  scope.addContentTypeParser('*', async (request: FastifyRequest, payload: NodeJS.ReadableStream) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of payload as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      if (total > maxBytes) throw tooLarge(maxBytes);
      hash.update(bytes);
      chunks.push(bytes);
    }
    return { bytes: Buffer.concat(chunks, total), sha256: hash.digest('hex') } satisfies ReceivedFile;
  });
}
