// Reading a JSON document whose records are a list: the document itself, or the list under a key,
// with the document's other top-level values given as its properties; and refusing documents that
// hold no such list, or too much.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../../src/platform/errors.js';
import { type JsonReadOptions, readJsonDocument } from '../../../src/platform/imports/json-reader.js';
import type { SourceRecord } from '../../../src/platform/imports/types.js';

function streamOf(content: string | Buffer, chunkBytes = 7): Readable {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkBytes) chunks.push(bytes.subarray(at, at + chunkBytes));
  return Readable.from(chunks, { objectMode: false });
}

async function json(content: string | Buffer, options: JsonReadOptions = {}) {
  const reader = await readJsonDocument(streamOf(content), options);
  const records: SourceRecord[] = [];
  for await (const record of reader.records) records.push(record);
  return { headers: reader.headers, records, properties: { ...reader.properties } };
}

async function refusal(content: string | Buffer, options: JsonReadOptions = {}): Promise<string> {
  const error = await json(content, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ValidationFailed) return error.errors.map((e) => `${e.field}: ${e.message}`).join('\n');
  throw new Error(`expected a ValidationFailed, got ${String(error)}`);
}

describe('reading a JSON document of records', () => {
  it('reads the one list under a key, with the other top-level values as properties', async () => {
    const doc = { title: 'Catalogue', catalogVersion: '2025.08.25', count: 2, draft: false, note: null, items: [{ id: 'A', tags: ['x', 'y'] }, { id: ' B ', size: 3 }] };
    const read = await json(`\uFEFF${JSON.stringify(doc, null, 2)}`);
    expect(read.headers).toEqual(['id', 'tags', 'size']);
    expect(read.records).toEqual([
      { row: 1, cells: ['A', '["x","y"]', ''] },
      { row: 2, cells: ['B', '', '3'] },
    ]);
    expect(read.properties).toEqual({ title: 'Catalogue', catalogVersion: '2025.08.25', count: '2', draft: 'false', note: '' });
  });

  it('reads a document that is itself the list, with no properties', async () => {
    const read = await json('[{"a": 1}, {"a": 2, "b": "two"}]');
    expect(read.headers).toEqual(['a', 'b']);
    expect(read.records.map((r) => r.cells)).toEqual([['1', ''], ['2', 'two']]);
    expect(read.properties).toEqual({});
  });

  it('reads the list under the key named when the document holds more than one', async () => {
    const read = await json('{"vulnerabilities": [{"cveID": "CVE-2024-0001"}], "others": [{"x": 1}]}', { recordsKey: 'vulnerabilities' });
    expect(read.records).toEqual([{ row: 1, cells: ['CVE-2024-0001'] }]);
  });

  it('gives a __proto__ key no power over any object', async () => {
    const read = await json('{"__proto__": "p", "list": [{"__proto__": {"polluted": true}, "a": "1"}]}');
    expect(read.headers).toEqual(['__proto__', 'a']);
    expect(read.properties.__proto__).toBe('p');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('refusing JSON documents that hold no list of records', () => {
  it.each([
    ['text that is not JSON', '{"list": [', /is not valid JSON/],
    ['a document that is one value', '"text"', /neither a list of records nor an object holding one/],
    ['an object without a list of objects', '{"a": 1, "b": [1, 2]}', /holds no list of records/],
    ['an object with two lists and no key named', '{"a": [{"x": 1}], "b": [{"y": 1}]}', /more than one list of records \("a", "b"\)/],
    ['a record that is not an object', '{"list": [{"x": 1}, 2]}', /row 2: Record 2 of "list" is not a JSON object/],
    ['records without keys', '[{}, {}]', /no records with keys/],
    ['nesting deeper than any export needs', `{"list": [${'['.repeat(40)}${']'.repeat(40)}]}`, /nested more than 32 levels/],
  ])('refuses %s', async (_case, content, message) => {
    expect(await refusal(content)).toMatch(message);
  });

  it('refuses a key named that holds no list', async () => {
    expect(await refusal('{"vulnerabilities": {"a": 1}}', { recordsKey: 'vulnerabilities' })).toMatch(/no list under "vulnerabilities"/);
  });

  it('refuses more records than the row limit, more keys than the column limit, and a longer document than the byte limit', async () => {
    expect(await refusal('[{"a": 1}, {"a": 2}, {"a": 3}]', { limits: { maxRows: 2 } })).toMatch(/more than 2 records/);
    expect(await refusal('[{"a": 1, "b": 2, "c": 3}]', { limits: { maxColumns: 2 } })).toMatch(/more than 2 keys/);
    expect(await refusal(`[{"a": "${'x'.repeat(200)}"}]`, { limits: { maxBytes: 100 } })).toMatch(/larger than 100 bytes, the most read whole/);
  });

  it('refuses a value longer than a cell holds, naming its record and key', async () => {
    expect(await refusal(`[{"a": "ok"}, {"a": "${'x'.repeat(50)}"}]`, { limits: { maxFieldChars: 20 } })).toMatch(/row 2, column a: The value of "a" is 50 characters long/);
  });
});
