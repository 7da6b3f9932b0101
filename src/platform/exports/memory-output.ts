// A stream that keeps what is written to it, for an export small enough to send as one buffer.
import { Writable } from 'node:stream';

export function memoryOutput(): { output: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { output, bytes: () => Buffer.concat(chunks) };
}
