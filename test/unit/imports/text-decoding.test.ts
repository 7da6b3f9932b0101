// Decoding the text of a file as it streams: byte order marks, declared encodings, characters split
// across chunks, and bytes that are not text in the encoding the file claims.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../../src/platform/errors.js';
import { decodeText, firstInvalidUtf8, SourceTextDecoder, type TextDecodingOptions } from '../../../src/platform/imports/text-decoding.js';

/** Streams the chunks through the decoder and answers the text and the encoding it used. */
async function decoded(chunks: Buffer[], options: TextDecodingOptions = {}) {
  const decoder = decodeText(options);
  const parts: string[] = [];
  await pipeline(Readable.from(chunks, { objectMode: false }), decoder, async (text: AsyncIterable<string>) => {
    for await (const part of text) parts.push(part);
  });
  return { text: parts.join(''), encoding: decoder.decoder.encoding };
}

async function refusal(chunks: Buffer[], options: TextDecodingOptions = {}): Promise<ValidationFailed> {
  const error = await decoded(chunks, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ValidationFailed) return error;
  throw new Error(`expected a ValidationFailed, got ${String(error)}`);
}

/** Every byte in its own chunk: the harshest way a file can arrive. */
const byteByByte = (bytes: Buffer) => [...bytes].map((b) => Buffer.from([b]));

describe('decoding text as it streams', () => {
  it('drops a UTF-8 byte order mark and reads the rest as UTF-8', async () => {
    const { text, encoding } = await decoded([Buffer.from('\uFEFFName,Email\nPriya,p@trust.nhs.uk\n', 'utf8')]);
    expect(text).toBe('Name,Email\nPriya,p@trust.nhs.uk\n');
    expect(encoding).toBe('utf-8');
  });

  it('keeps a U+FEFF that is content rather than the mark at the start', async () => {
    const { text } = await decoded([Buffer.from('\uFEFFa\uFEFFb', 'utf8')]);
    expect(text).toBe('a\uFEFFb');
  });

  it('recognises UTF-16 little-endian by its byte order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name,Ward\nSiân,Café £5\n', 'utf16le')]);
    const { text, encoding } = await decoded(byteByByte(bytes));
    expect(text).toBe('Name,Ward\nSiân,Café £5\n');
    expect(encoding).toBe('utf-16le');
  });

  it('recognises UTF-16 big-endian by its byte order mark', async () => {
    const le = Buffer.from('Name\nZoë 😀\n', 'utf16le');
    const be = Buffer.from(le).swap16();
    const { text, encoding } = await decoded([Buffer.concat([Buffer.from([0xfe, 0xff]), be.subarray(0, 5)]), be.subarray(5)]);
    expect(text).toBe('Name\nZoë 😀\n');
    expect(encoding).toBe('utf-16be');
  });

  it('lets a byte order mark win over a declared encoding', async () => {
    const { text, encoding } = await decoded([Buffer.from('\uFEFFCafé', 'utf8')], { encoding: 'windows-1252' });
    expect(text).toBe('Café');
    expect(encoding).toBe('utf-8');
  });

  it('decodes Windows-1252 when it is declared: 0xA3 is £ and 0xE9 is é', async () => {
    const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2c, 0xa3, 0x35, 0x0a, 0x80]);
    const { text, encoding } = await decoded([bytes], { encoding: 'windows-1252' });
    expect(text).toBe('Café,£5\n€');
    expect(encoding).toBe('windows-1252');
  });

  it('never guesses Windows-1252: the same bytes undeclared are refused, naming the line, the byte and its offset', async () => {
    const error = await refusal([Buffer.from('Name,Fee\n'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2c, 0xa3, 0x35, 0x0a])]);
    expect(error.errors[0]).toMatchObject({ field: 'line 2, byte offset 12', value: '0xE9' });
    expect(error.errors[0]!.message).toMatch(/^Line 2 of the file has the byte 0xE9 at byte offset 12, which is not UTF-8\./);
    expect(error.errors[0]!.message).toMatch(/CSV UTF-8/);
    expect(error.errors[0]!.message).toMatch(/declare that encoding/);
  });

  it('decodes a character whose bytes are split across chunks', async () => {
    // "£" is C2 A3, "€" is E2 82 AC, "😀" is F0 9F 98 80: each is cut between chunks here.
    const bytes = Buffer.from('Fee £5, €7 😀\n', 'utf8');
    expect((await decoded(byteByByte(bytes))).text).toBe('Fee £5, €7 😀\n');
    const cut = bytes.indexOf(0x9f);
    expect((await decoded([bytes.subarray(0, cut), bytes.subarray(cut)])).text).toBe('Fee £5, €7 😀\n');
  });

  it('finds a bad byte that follows the first half of a character split across chunks', async () => {
    // "é" begins with C3 at the end of the first chunk; the next chunk starts with a byte that cannot follow it.
    const error = await refusal([Buffer.from('ok\nab\xC3', 'latin1'), Buffer.from('(more\n')]);
    expect(error.errors[0]).toMatchObject({ field: 'line 2, byte offset 5', value: '0xC3' });
  });

  it('refuses a file that ends partway through a character', async () => {
    const error = await refusal([Buffer.from('a,b\nc,\xE2\x82', 'latin1')]);
    expect(error.errors[0]!.message).toMatch(/^Line 2 of the file ends partway through a character\./);
  });

  it('refuses UTF-16 that ends on half a character', async () => {
    const error = await refusal([Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x41])])]);
    expect(error.errors[0]!.message).toMatch(/not valid UTF-16 \(little-endian\) text at its end/);
  });

  it('passes NUL characters through as text, for the checks of each value to refuse', async () => {
    expect((await decoded([Buffer.from('a\u0000b,c\n', 'utf8')])).text).toBe('a\u0000b,c\n');
  });

  it('says that UTF-16 text without its mark must have its encoding declared, and reads it once declared', async () => {
    const bytes = Buffer.from('Name,Ward\n', 'utf16le');
    expect((await refusal([bytes])).errors[0]!.message).toMatch(/UTF-16 text without a byte order mark\. Declare its encoding as utf-16le/);
    expect((await decoded([bytes], { encoding: 'utf-16le' })).text).toBe('Name,Ward\n');
  });

  it('says when a "text" file is really a workbook', async () => {
    expect((await refusal([Buffer.from('PK\x03\x04rest of a zip', 'latin1')])).errors[0]!.message).toMatch(/zip archive \(an \.xlsx workbook, perhaps\)/);
    expect((await refusal([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])])).errors[0]!.message).toMatch(/old-style Excel workbook \(\.xls\)/);
  });

  it('reads an empty file and a file shorter than a byte order mark', async () => {
    expect((await decoded([])).text).toBe('');
    expect((await decoded([Buffer.from('a')])).text).toBe('a');
  });

  it('can be used without streams, a chunk at a time', () => {
    const decoder = new SourceTextDecoder();
    const bytes = Buffer.from('£', 'utf8');
    expect(decoder.write(Buffer.from('ab'))).toBe('');
    expect(decoder.write(Buffer.concat([Buffer.from('cd'), bytes.subarray(0, 1)]))).toBe('abcd');
    expect(decoder.write(bytes.subarray(1))).toBe('£');
    expect(decoder.end()).toBe('');
  });
});

describe('finding the first byte that is not UTF-8', () => {
  it.each([
    ['plain ASCII', [0x41, 0x42], -1],
    ['a stray continuation byte', [0x41, 0x80], 1],
    ['an overlong form of "/"', [0xc0, 0xaf], 0],
    ['an encoded surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
    ['a value past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a character cut short by the next one', [0xe2, 0x82, 0x41], 0],
    ['a character unfinished at the end (not yet wrong)', [0x41, 0xe2, 0x82], -1],
  ])('%s', (_, bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });
});
