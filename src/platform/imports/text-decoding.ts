// Turns the bytes of a text file into text as they stream, in the encoding the file is really in.
// A byte order mark says what a file is and wins over any declaration; without one a file is UTF-8
// unless the caller declares otherwise. Windows-1252 is never guessed: every byte is valid in it, so
// guessing would silently turn a damaged UTF-8 file into the wrong text instead of refusing it.
import { Transform, type TransformCallback } from 'node:stream';
import { count, sourceRefusal } from './source-refusal.js';
import type { SourceEncoding } from './types.js';

export interface TextDecodingOptions {
  /** The encoding the caller declares; a byte order mark in the file overrides it. */
  encoding?: SourceEncoding;
  fileLabel?: string;
}

const BOMS: Array<{ encoding: SourceEncoding; bytes: number[] }> = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/** Enough of the start of a file to recognise a byte order mark or a file that is not text at all. */
const SNIFF_BYTES = 4;

const SAVE_AS_UTF8 = 'Save it from Excel as "CSV UTF-8 (Comma delimited)"';

/**
 * The decoding state of one file: feed it chunks in order, then call `end()`. A character whose bytes
 * are split across two chunks is decoded whole (TextDecoder's `stream` mode holds the first part).
 */
export class SourceTextDecoder {
  private decoder: TextDecoder | undefined;
  private head: Buffer = Buffer.alloc(0);
  /** Bytes handed to the decoder before the current chunk, BOM included, for locating a bad byte. */
  private offset = 0;
  /** Line breaks decoded so far, for saying which line a bad byte is on. */
  private newlines = 0;
  /** The end of the last chunk when it stopped partway through a UTF-8 character (held by the decoder). */
  private held: Buffer = Buffer.alloc(0);
  private readonly fileLabel: string;
  private used: SourceEncoding | undefined;

  constructor(private readonly options: TextDecodingOptions = {}) {
    this.fileLabel = options.fileLabel ?? 'the file';
  }

  /** The encoding the file is being read in, once its first bytes have been seen. */
  get encoding(): SourceEncoding | undefined {
    return this.used;
  }

  write(chunk: Uint8Array): string {
    if (!this.decoder) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < SNIFF_BYTES) return '';
      const start = this.head;
      this.head = Buffer.alloc(0);
      return this.decode(this.begin(start), false);
    }
    return this.decode(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), false);
  }

  end(): string {
    let text = '';
    if (!this.decoder) {
      const start = this.head;
      this.head = Buffer.alloc(0);
      text = this.decode(this.begin(start), false);
    }
    return text + this.decode(Buffer.alloc(0), true);
  }

  /** Chooses the decoder from the first bytes; answers those bytes without any byte order mark. */
  private begin(start: Buffer): Buffer {
    this.refuseIfNotText(start);
    const bom = BOMS.find((b) => b.bytes.every((byte, i) => start[i] === byte));
    const encoding = bom?.encoding ?? this.options.encoding ?? 'utf-8';
    if (!bom && !this.options.encoding) this.refuseIfUtf16WithoutMark(start);
    this.used = encoding;
    // The mark is dropped here, so the decoder must not drop a second U+FEFF that is real content.
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    const skip = bom ? bom.bytes.length : 0;
    this.offset = skip;
    return start.subarray(skip);
  }

  private decode(bytes: Buffer, last: boolean): string {
    const decoder = this.decoder!;
    let text: string;
    try {
      text = last ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch {
      throw this.undecodable(bytes, last);
    }
    // A valid chunk of four bytes or more holds the lead byte of any character it leaves unfinished.
    if (this.used === 'utf-8') this.held = Buffer.from(incompleteUtf8Tail(bytes.length >= 4 ? bytes : Buffer.concat([this.held, bytes])));
    this.offset += bytes.length;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.newlines++;
    return text;
  }

  private undecodable(bytes: Buffer, last: boolean) {
    if (this.used !== 'utf-8') {
      const what = this.used === 'windows-1252' ? 'Windows-1252' : this.used === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)';
      const where = last ? 'at its end' : `after line ${count(this.newlines + 1)}, near byte offset ${count(this.offset)}`;
      return sourceRefusal(this.fileLabel, `The file is not valid ${what} text ${where} (a character is cut short or unpaired). ${SAVE_AS_UTF8} and import that.`, {
        field: `line ${this.newlines + 1}`,
      });
    }
    // The decoder held any partial character from the previous chunk; look at it with this chunk.
    const seen = Buffer.concat([this.held, bytes]);
    const bad = last ? 0 : Math.max(firstInvalidUtf8(seen), 0);
    const badOffset = this.offset - this.held.length + bad;
    let line = this.newlines + 1;
    for (let i = 0; i < bad; i++) if (seen[i] === 0x0a) line++;
    const value = last ? undefined : seen[bad];
    const byte = value === undefined ? 'ends partway through a character' : `has the byte 0x${value.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${count(badOffset)}, which is not UTF-8`;
    return sourceRefusal(
      this.fileLabel,
      `Line ${count(line)} of the file ${byte}. ${SAVE_AS_UTF8} and import that; or, if it comes from an older system that writes Windows-1252 (where £ is the byte 0xA3), declare that encoding.`,
      { field: `line ${line}, byte offset ${badOffset}`, ...(value === undefined ? {} : { value: `0x${value.toString(16).toUpperCase().padStart(2, '0')}` }) },
    );
  }

  private refuseIfNotText(start: Buffer): void {
    if (start[0] === 0x50 && start[1] === 0x4b && start[2] === 0x03 && start[3] === 0x04) {
      throw sourceRefusal(this.fileLabel, 'The file is a zip archive (an .xlsx workbook, perhaps), not text. Import it as a workbook, or save it from Excel as "CSV UTF-8 (Comma delimited)".');
    }
    if (start[0] === 0xd0 && start[1] === 0xcf && start[2] === 0x11 && start[3] === 0xe0) {
      throw sourceRefusal(this.fileLabel, 'The file is an old-style Excel workbook (.xls), not text. Save it from Excel as "Excel Workbook (.xlsx)" or "CSV UTF-8 (Comma delimited)".');
    }
  }

  /** UTF-16 text without its mark reads as UTF-8 full of NUL bytes; say what it is instead. */
  private refuseIfUtf16WithoutMark(start: Buffer): void {
    const printable = (b: number | undefined) => b !== undefined && b >= 0x20 && b < 0x7f;
    const le = printable(start[0]) && start[1] === 0 && printable(start[2]) && start[3] === 0;
    const be = start[0] === 0 && printable(start[1]) && start[2] === 0 && printable(start[3]);
    if (le || be) {
      throw sourceRefusal(this.fileLabel, `The file looks like UTF-16 text without a byte order mark. Declare its encoding as ${le ? 'utf-16le' : 'utf-16be'}, or ${SAVE_AS_UTF8}.`);
    }
  }
}

/** A Transform from the bytes of a file to its text, in string chunks. */
export function decodeText(options: TextDecodingOptions = {}): Transform & { readonly decoder: SourceTextDecoder } {
  const decoder = new SourceTextDecoder(options);
  const stream = new Transform({
    readableObjectMode: true,
    // In object mode the mark counts chunks, not bytes: a few chunks ahead keeps the parser busy
    // without holding a megabyte of text (the default of 16 chunks of 64 KiB would).
    readableHighWaterMark: 2,
    transform(chunk: Buffer | string, encoding: BufferEncoding, done: TransformCallback) {
      try {
        const text = decoder.write(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
        done(null, text === '' ? undefined : text);
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        const text = decoder.end();
        done(null, text === '' ? undefined : text);
      } catch (error) {
        done(error as Error);
      }
    },
  });
  return Object.assign(stream, { decoder });
}

/** The bytes at the end that begin a UTF-8 character whose remaining bytes have not arrived yet. */
function incompleteUtf8Tail(bytes: Uint8Array): Uint8Array {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 4); i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: keep looking for its lead
    const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return bytes.length - i < needs ? bytes.subarray(i) : bytes.subarray(bytes.length);
  }
  return bytes.subarray(bytes.length);
}

/**
 * Offset of the first byte that starts an invalid UTF-8 sequence (overlong forms, surrogates and
 * values past U+10FFFF included, as TextDecoder judges them), or -1 when all of it is valid or merely
 * unfinished at the end.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let needs: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) needs = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      needs = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      needs = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= needs; k++) {
      if (i + k >= bytes.length) return -1;
      const c = bytes[i + k]!;
      if (c < lower || c > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += needs + 1;
  }
  return -1;
}
