// A file sent to the API as the request body is written to a private temporary file as it arrives, so
// an upload of any size takes bounded memory, and the pipeline can read it twice (hash, then rows).
// The file is removed when the response has been sent.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationFailed } from '../errors.js';

export interface UploadedFile {
  path: string;
  bytes: number;
}

/** Content types a file may be sent as. */
export const UPLOAD_CONTENT_TYPES = ['application/octet-stream', 'text/csv', 'application/x-ndjson', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** Makes the routes of this scope receive such bodies as an UploadedFile, up to maxBytes. */
export function receiveUploads(scope: FastifyInstance, maxBytes: number): void {
  scope.addContentTypeParser(UPLOAD_CONTENT_TYPES, async (_request: FastifyRequest, payload: NodeJS.ReadableStream) => {
    const file = path.join(os.tmpdir(), `bulwark-upload-${randomUUID()}`);
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > maxBytes) done(new ValidationFailed('The file is too large to import', [{ field: '(file)', message: `The file is larger than ${Math.round(maxBytes / (1024 * 1024))} MiB, the most one upload takes.` }]));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(payload, counter, fs.createWriteStream(file, { mode: 0o600 }));
    } catch (error) {
      fs.rmSync(file, { force: true });
      throw error;
    }
    return { path: file, bytes } satisfies UploadedFile;
  });
  scope.addHook('onResponse', async (request) => {
    const body = request.body as UploadedFile | undefined;
    if (body && typeof body === 'object' && 'path' in body) fs.rmSync(body.path, { force: true });
  });
}
