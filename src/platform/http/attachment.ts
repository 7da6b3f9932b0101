// A file sent for saving, never for showing: an export or a report built by the server.
import type { FastifyReply } from 'fastify';

export interface Attachment {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
}

export function sendAttachment(reply: FastifyReply, file: Attachment) {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.bytes);
}
