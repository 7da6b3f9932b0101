// Reading alert exports written one JSON object per line, and refusing lines that are not one object.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../../src/platform/errors.js';
import { nestingExceeds, readNdjson, type NdjsonReadOptions } from '../../../src/platform/imports/ndjson-reader.js';
import type { SourceRecord } from '../../../src/platform/imports/types.js';

function streamOf(content: string | Buffer, chunkBytes = 64 * 1024): Readable {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkBytes) chunks.push(bytes.subarray(at, at + chunkBytes));
  return Readable.from(chunks, { objectMode: false });
}

async function ndjson(content: string | Buffer, options: NdjsonReadOptions & { chunkBytes?: number } = {}) {
  const reader = await readNdjson(streamOf(content, options.chunkBytes), options);
  const records: SourceRecord[] = [];
  for await (const record of reader.records) records.push(record);
  return { headers: reader.headers, records };
}

async function refusal(content: string | Buffer, options: NdjsonReadOptions & { chunkBytes?: number } = {}): Promise<ValidationFailed> {
  const error = await ndjson(content, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ValidationFailed) return error;
  throw new Error(`expected a ValidationFailed, got ${String(error)}`);
}

const alert = (n: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ AlertName: `Suspicious sign-in ${n}`, Severity: 'High', TimeGenerated: '2026-12-05T09:15:00Z', ...extra });

describe('reading NDJSON as it streams', () => {
  it('takes the columns from the first object and numbers records by their line', async () => {
    const { headers, records } = await ndjson(`${alert(1)}\n\n${alert(2)}\r\n${alert(3)}`, { chunkBytes: 7 });
    expect(headers).toEqual(['AlertName', 'Severity', 'TimeGenerated']);
    expect(records).toEqual([
      { row: 1, cells: ['Suspicious sign-in 1', 'High', '2026-12-05T09:15:00Z'] },
      { row: 3, cells: ['Suspicious sign-in 2', 'High', '2026-12-05T09:15:00Z'] },
      { row: 4, cells: ['Suspicious sign-in 3', 'High', '2026-12-05T09:15:00Z'] },
    ]);
  });

  it('reads the fields the caller names, in that order, empty where an object lacks one', async () => {
    const { headers, records } = await ndjson(`${alert(1, { Entities: [{ Type: 'account', Name: 'pshah' }], Count: 3, Open: false, Owner: null })}\n{"Severity":"Low"}\n`, {
      fields: ['Severity', 'Entities', 'Count', 'Open', 'Owner'],
    });
    expect(headers).toEqual(['Severity', 'Entities', 'Count', 'Open', 'Owner']);
    expect(records.map((r) => r.cells)).toEqual([
      ['High', '[{"Type":"account","Name":"pshah"}]', '3', 'false', ''],
      ['Low', '', '', '', ''],
    ]);
  });

  it('reads keys that are not in the first object only when they are asked for', async () => {
    const { records } = await ndjson(`{"a":"1"}\n{"a":"2","b":"x"}\n`);
    expect(records.map((r) => r.cells)).toEqual([['1'], ['2']]);
  });

  it('gives a __proto__ key no power over any object', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const { headers, records } = await ndjson('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"a":"1"}\n{"a":"2"}\n');
    expect(headers).toEqual(['__proto__', 'constructor', 'a']);
    expect(records[0]!.cells).toEqual(['{"polluted":true}', '{"prototype":{"polluted":true}}', '1']);
    // An object without the key has no value for it, even though every object inherits a __proto__.
    expect(records[1]!.cells).toEqual(['', '', '2']);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect((({}) as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads UTF-16 exports by their byte order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${alert(1, { User: 'Siân' })}\r\n`, 'utf16le')]);
    expect((await ndjson(bytes, { chunkBytes: 3 })).records[0]!.cells[3]).toBe('Siân');
  });
});

describe('refusing NDJSON that is not one object per line', () => {
  it.each([
    ['a list', '[1,2]', /holds a list, not a JSON object/],
    ['a string', '"alert"', /holds a string, not a JSON object/],
    ['null', 'null', /holds null, not a JSON object/],
    ['broken JSON', '{"AlertName": "x",', /not valid JSON/],
  ])('refuses a line holding %s, naming the line', async (_, line, message) => {
    const error = await refusal(`${alert(1)}\n\n${line}\n${alert(2)}\n`);
    expect(error.errors[0]).toMatchObject({ field: 'row 3', row: 3 });
    expect(error.errors[0]!.message).toMatch(message);
  });

  it('refuses a first line that is not an object too', async () => {
    expect((await refusal('[{"a":1}]\n')).errors[0]).toMatchObject({ row: 1 });
  });

  it('releases the file when its first object is refused', async () => {
    const source = streamOf(`{"":1}\n${'{"a":1}\n'.repeat(50_000)}`, 1024);
    await readNdjson(source).then(
      () => expect.unreachable(),
      (e: unknown) => expect(e).toBeInstanceOf(ValidationFailed),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.destroyed).toBe(true);
  });

  it('refuses a file with no objects at all', async () => {
    expect((await refusal('\n \n')).errors[0]!.message).toMatch(/no JSON objects/);
  });

  it('refuses a line longer than the record limit before it ends', async () => {
    let produced = 0;
    async function* hostile() {
      yield Buffer.from(`${alert(1)}\n{"AlertName":"`);
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      for (let sent = 0; sent < 10 * 1024 * 1024; sent += chunk.length) {
        produced += chunk.length;
        yield chunk;
      }
      yield Buffer.from('"}\n');
    }
    const reader = await readNdjson(Readable.from(hostile(), { objectMode: false }));
    const error = await (async () => {
      for await (const record of reader.records) void record;
    })().then(
      () => undefined,
      (e: unknown) => e as ValidationFailed,
    );
    expect(error?.errors[0]).toMatchObject({ row: 2 });
    expect(error?.errors[0]!.message).toMatch(/longer than 1,048,576 characters/);
    expect(produced).toBeLessThan(2 * 1024 * 1024);
  });

  it('refuses nesting deeper than any export needs, without parsing it', async () => {
    const deep = `{"a":${'['.repeat(40)}${']'.repeat(40)}}`;
    expect((await refusal(`${alert(1)}\n${deep}\n`)).errors[0]).toMatchObject({ row: 2, message: 'The object is nested more than 32 levels deep; no export needs that many.' });
    expect(nestingExceeds('{"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', 32)).toBe(false);
    expect(nestingExceeds('{"a":"\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', 32)).toBe(false);
  });

  it('refuses a value longer than a cell holds, naming its line and key', async () => {
    const error = await refusal(`${alert(1)}\n${alert(2, { Severity: 'x'.repeat(32_768) })}\n`);
    expect(error.errors[0]).toMatchObject({ row: 2, column: 'Severity' });
  });

  it('refuses more keys than the column limit, and more lines than the row limit', async () => {
    expect((await refusal(`${alert(1)}\n`, { limits: { maxColumns: 2 } })).errors[0]!.message).toBe('The first object has 3 keys; the most accepted is 2.');
    const error = await refusal(`${alert(1)}\n${alert(2)}\n\n${alert(3)}\n`, { limits: { maxRows: 2 } });
    expect(error.errors[0]).toMatchObject({ row: 4 });
  });

  it('refuses fields asked for twice or empty', async () => {
    expect((await refusal(`${alert(1)}\n`, { fields: ['Severity', 'Severity'] })).errors[0]!.message).toBe('The key "Severity" is asked for twice.');
    expect((await refusal(`${alert(1)}\n`, { fields: [' '] })).errors[0]!.message).toMatch(/A key is empty/);
  });
});
