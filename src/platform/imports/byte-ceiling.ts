// Counts the bytes of a file as they stream past, for progress, and stops the file at the byte
// limit, before the bytes beyond it are decoded or parsed.
import { Transform, type TransformCallback } from 'node:stream';
import { sizeText, sourceRefusal } from './source-refusal.js';

export class ByteCeiling extends Transform {
  private seen = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly fileLabel: string,
  ) {
    super();
  }

  /** Bytes that have passed so far. */
  get bytes(): number {
    return this.seen;
  }

  override _transform(chunk: Buffer | string, encoding: BufferEncoding, done: TransformCallback): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this.seen += bytes.length;
    if (this.seen > this.maxBytes) {
      done(sourceRefusal(this.fileLabel, `The file is larger than ${sizeText(this.maxBytes)}, the most accepted for this import. Split it, or export a shorter period.`, { value: `more than ${this.maxBytes} bytes` }));
      return;
    }
    done(null, bytes);
  }
}
