// The importers' readers on their own, with no database: safe YAML, safe spreadsheets (zip checks),
// CISO Assistant libraries, WebCAF-shaped CAF files and the CIS Controls sheet, good and hostile.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../src/platform/errors.js';
import type { CatalogueDocument } from '../../src/modules/catalogues/domain/catalogue-format.js';
import { validateCatalogue } from '../../src/modules/catalogues/domain/catalogue-format.js';
import {
  catalogueRefFor,
  frameworkToCatalogue,
  mappingSetsToCrosswalks,
  readCisoAssistantLibrary,
} from '../../src/modules/catalogues/import/ciso-assistant.js';
import { addCisText, readCisSheet } from '../../src/modules/catalogues/import/cis-spreadsheet.js';
import { readCsvRows } from '../../src/platform/imports/safe-csv.js';
import {
  inspectXlsxArchive,
  MAX_SHEET_ROWS,
  MAX_ZIP_ENTRIES,
  readXlsxSheets,
  type SheetData,
} from '../../src/platform/imports/safe-xlsx.js';
import { parseSafeJson } from '../../src/modules/catalogues/import/safe-json.js';
import { MAX_YAML_BYTES, MAX_YAML_DEPTH, parseSafeYaml } from '../../src/modules/catalogues/import/safe-yaml.js';
import { addIndicators, readWebCaf } from '../../src/modules/catalogues/import/webcaf.js';
import { zipOf, type ZipPart } from '../support/zip-archive.js';
import { detectFormat } from '../../src/modules/catalogues/import/import-service.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/catalogue-import');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
const NOW = new Date('2026-11-28T12:00:00Z');

/** Runs work and answers the ValidationFailed it throws (failing the test if it throws nothing else). */
function failureOf(work: () => unknown): ValidationFailed {
  try {
    work();
  } catch (error) {
    if (error instanceof ValidationFailed) return error;
    throw error;
  }
  throw new Error('expected a ValidationFailed, but nothing was thrown');
}
async function asyncFailureOf(work: () => Promise<unknown>): Promise<ValidationFailed> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ValidationFailed) return error;
    throw error;
  }
  throw new Error('expected a ValidationFailed, but nothing was thrown');
}
const messages = (e: ValidationFailed) => e.errors.map((p) => `${p.field}: ${p.message}`).join('\n');

describe('safe YAML', () => {
  it('reads an ordinary document and knows the line of each value', () => {
    const yaml = parseSafeYaml('a: 1\nb:\n  - x\n  - y\nc:\n  d: e\n', 'test.yaml');
    expect(yaml.value).toEqual({ a: 1, b: ['x', 'y'], c: { d: 'e' } });
    expect(yaml.lineAt(['b', 1])).toBe(4);
    expect(yaml.lineAt(['c', 'd'])).toBe(6);
  });

  it('refuses a key written twice in one mapping, naming the key and its line', () => {
    const e = failureOf(() => parseSafeYaml(fixture('hostile-duplicate-keys.yaml'), 'dup.yaml'));
    expect(e.message).toBe('dup.yaml is not valid YAML');
    expect(e.errors).toHaveLength(1);
    expect(e.errors[0]).toMatchObject({ row: 12 });
    expect(e.errors[0]!.message).toMatch(/^The key "assessable" appears twice in the same mapping.*\(line 12, column 7\)$/);
  });

  it.each([
    ['__proto__', fixture('hostile-proto-key.yaml').toString(), 'objects.framework.requirement_nodes[0].__proto__', 13],
    ['constructor', 'list:\n  - name: x\n    constructor: {}\n', 'list[0].constructor', 3],
    ['prototype', 'prototype: 1\n', 'prototype', 1],
  ])('refuses a %s key, with its path and line, and nothing reaches Object.prototype', (key, source, field, row) => {
    const e = failureOf(() => parseSafeYaml(source, 'proto.yaml'));
    expect(e.errors[0]).toMatchObject({ field, row, value: key });
    expect(e.errors[0]!.message).toMatch(`The key "${key}" is not allowed`);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses a billion-laughs alias bomb, before expanding it', () => {
    const e = failureOf(() => parseSafeYaml(fixture('hostile-billion-laughs.yaml'), 'laughs.yaml'));
    expect(e.message).toBe('laughs.yaml cannot be read safely');
    expect(e.errors[0]!.message).toMatch(/alias bomb/);
    expect(e.errors[0]!.row).toBeGreaterThanOrEqual(5);
  });

  it('accepts aliases used the way WebCAF uses them: one rules table reused by every outcome', () => {
    const rules = Array.from({ length: 27 }, (_, i) => `  r${i}:\n    status: *na\n    message: *msg\n`).join('');
    const outcomes = Array.from({ length: 60 }, (_, i) => `  O${i}:\n    assessment-rules: *rules\n    baseline: *na\n`).join('');
    const yaml = parseSafeYaml(`statuses:\n  - &na Not achieved\nmessages:\n  m: &msg Message\nassessment-rules: &rules\n${rules}objectives:\n${outcomes}`, 'rules.yaml');
    const value = yaml.value as { objectives: Record<string, { 'assessment-rules': Record<string, { status: string }> }> };
    expect(Object.keys(value.objectives)).toHaveLength(60);
    expect(value.objectives.O59!['assessment-rules'].r26!.status).toBe('Not achieved');
  });

  it('refuses an alias that refers to the value containing it', () => {
    const e = failureOf(() => parseSafeYaml('a: &x\n  - 1\n  - *x\n', 'loop.yaml'));
    expect(e.errors[0]!.message).toMatch(/refers to a value that contains it/);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const big = Buffer.alloc(MAX_YAML_BYTES + 1, 'a');
    const e = failureOf(() => parseSafeYaml(big, 'big.yaml'));
    expect(e.message).toBe('big.yaml is too large to import');
    expect(e.errors[0]).toMatchObject({ value: MAX_YAML_BYTES + 1 });
  });

  it('refuses a file under the size limit that would take far too much memory to parse (a huge flow list)', () => {
    const e = failureOf(() => parseSafeYaml(`[${'1,'.repeat(1_000_000)}1]`, 'flow.yaml'));
    expect(e.message).toBe('flow.yaml is too complex to import');
  });

  it(`refuses values nested more than ${MAX_YAML_DEPTH} deep`, () => {
    const e = failureOf(() => parseSafeYaml(`a: ${'['.repeat(200)}${']'.repeat(200)}\n`, 'deep.yaml'));
    expect(e.errors[0]!.message).toMatch(/nested more than 32 levels/);
  });

  it.each([
    [800, 'deep.yaml'],
    [100_000, 'deep.yaml'],
    [800, 'deep.json'],
    [100_000, 'deep.json'],
  ])('refuses lists nested %i deep in %s before any parser runs, saying where, and never overflows the stack', (depth, name) => {
    const text = Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    const e = failureOf(() => (name.endsWith('.json') ? parseSafeJson(text, name) : parseSafeYaml(text, name)));
    expect(e.message).toBe(`${name} cannot be read safely`);
    expect(e.errors).toEqual([{ field: '(file)', message: 'Values are nested more than 32 levels deep; no catalogue needs that (line 1, column 33)', row: 1, column: '33' }]);
  });

  it('refuses block YAML nested thousands deep, at the line where it gets too deep', () => {
    const text = Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}-`).join('\n');
    const e = failureOf(() => parseSafeYaml(text, 'stairs.yaml'));
    expect(e.errors[0]).toMatchObject({ row: 33, message: expect.stringMatching(/nested more than 32 levels deep/) });
  });

  it('reads the deepest real shapes: WebCAF and CISO Assistant files pass the nesting check', () => {
    expect(() => parseSafeYaml(fixture('webcaf-v3.2-sample.yaml'), 'v3.yaml')).not.toThrow();
    expect(() => parseSafeYaml(fixture('ciso-clinic-framework.yaml'), 'ciso.yaml')).not.toThrow();
  });

  it('says JSON, not YAML, about a JSON file: syntax errors, duplicate keys and encoding', () => {
    expect(failureOf(() => parseSafeJson(Buffer.from('{"format": "bulwark.catalogue/1",\n "id": }'), 'bad.json')).message).toBe('bad.json is not valid JSON');
    const duplicate = failureOf(() => parseSafeJson(Buffer.from('{"id": "a",\n "id": "b"}'), 'dup.json'));
    expect(duplicate.message).toBe('dup.json is not valid JSON');
    expect(duplicate.errors[0]!.message).toMatch(/The key "id" appears twice.*\(line 2, column 2\)/);
    const latin1 = failureOf(() => parseSafeJson(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]), 'latin1.json'));
    expect(latin1.errors[0]!.message).toMatch(/save it as UTF-8 JSON/);
  });

  it('JSON syntax errors give the line and column', () => {
    const e = failureOf(() => parseSafeJson(Buffer.from('{\n  "a": 1\n  "b": 2\n}'), 'lines.json'));
    expect(e.errors[0]).toMatchObject({ row: 3, column: '3' });
  });

  it('cuts a long value in a problem to 300 characters, and the whole message to 1,000', () => {
    const urn = `urn:example:${'x'.repeat(100_000)}`;
    const library = [
      'urn: urn:example:library:long',
      'name: Long',
      'objects:',
      '  framework:',
      '    urn: urn:example:framework:long',
      '    name: Long',
      '    requirement_nodes:',
      '      - urn: urn:example:node:1',
      `        parent_urn: ${urn}`,
      '        assessable: true',
    ].join('\n');
    const yaml = parseSafeYaml(library, 'long.yaml');
    const e = failureOf(() => frameworkToCatalogue(yaml, readCisoAssistantLibrary(yaml, 'long.yaml'), 'long.yaml', { now: NOW }));
    const problem = e.errors[0]!;
    expect(problem.message.length).toBeLessThanOrEqual(1000);
    expect(problem.message).toMatch(/has the urn "urn:example:x{288}…"/);
    expect(String(problem.value)).toHaveLength(300);
    expect(problem.row).toBe(9);
  });

  it.each([
    ['a tag', 'a: !!binary aGVsbG8=\n', /The tag .* is not allowed/],
    ['a custom tag', 'a: !python/object:os.system ls\n', /The tag .* is not allowed/],
    ['two documents', 'a: 1\n---\nb: 2\n', /more than one YAML document/],
    ['a syntax error', 'a: [1, 2\nb: 3\n', /line 2/],
    ['a key that is a list', '? [a, b]\n: 1\n', /keys must be plain text/],
  ])('refuses %s with a message saying what and where', (_, source, pattern) => {
    const e = failureOf(() => parseSafeYaml(source, 'x.yaml'));
    expect(messages(e)).toMatch(pattern);
    expect(e.errors[0]!.row).toBeGreaterThanOrEqual(1);
  });

  it('refuses bytes that are not UTF-8 text', () => {
    const e = failureOf(() => parseSafeYaml(Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]), 'bin.yaml'));
    expect(e.errors[0]!.message).toMatch(/not UTF-8 text/);
  });
});

// --- Spreadsheets ----------------------------------------------------------------------------------

const CIS_HEADER = ['CIS Control', 'CIS Safeguard', 'Asset Type', 'Security Function', 'Title', 'Description', 'IG1', 'IG2', 'IG3'];

async function workbookOf(rows: unknown[][], sheetName = 'Controls V8.1'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('License for Use').addRow(['Placeholder licence sheet (test)']);
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('safe spreadsheets', () => {
  it('reads a workbook written by a spreadsheet program into rows of text, numbers kept', async () => {
    const bytes = await workbookOf([CIS_HEADER, [1, null, null, null, 'Control 1 title (test)', 'Control 1 description (test)'], [1, 1.1, 'Devices', 'Identify', { richText: [{ text: 'Safeguard 1.1 ' }, { text: 'title (test)' }] }, '', 'x', 'x', 'x']]);
    const parts = inspectXlsxArchive(bytes);
    expect(parts.map((p) => p.name)).toContain('xl/workbook.xml');
    const sheets = await readXlsxSheets(bytes);
    expect(sheets.map((s) => s.name)).toEqual(['License for Use', 'Controls V8.1']);
    const rows = sheets[1]!.rows;
    expect(rows[2]!.cells[1]).toEqual({ text: '1.1', number: 1.1 });
    expect(rows[2]!.cells[4]!.text).toBe('Safeguard 1.1 title (test)');
  });

  it('refuses a zip bomb: a small part that says it unpacks to hundreds of megabytes', () => {
    const bomb = zipOf([{ name: '[Content_Types].xml', content: Buffer.from('<Types/>') }, { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(100 * 1024 * 1024, 0x20) }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const e = failureOf(() => inspectXlsxArchive(bomb, 'bomb.xlsx'));
    expect(e.errors[0]).toMatchObject({ field: 'part "xl/worksheets/sheet1.xml"' });
    expect(e.errors[0]!.message).toMatch(/unpacks to 100\.0 MiB/);
  });

  it('refuses a part that expands more than 100 times, even within the size limits', () => {
    const e = failureOf(() => inspectXlsxArchive(zipOf([{ name: 'xl/sharedStrings.xml', content: Buffer.alloc(4 * 1024 * 1024, 0x20) }]), 'ratio.xlsx'));
    expect(e.errors[0]!.message).toMatch(/expands \d+ times.*zip bomb/);
  });

  it('refuses a part that unpacks to more than the zip directory declares (a lying zip bomb)', () => {
    const liar = zipOf([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(2 * 1024 * 1024, 0x41), declaredSize: 1000 }]);
    const e = failureOf(() => inspectXlsxArchive(liar, 'liar.xlsx'));
    expect(e.errors[0]!.message).toMatch(/unpacks to more than the zip directory declares/);
  });

  it(`refuses an archive with more than ${MAX_ZIP_ENTRIES} parts`, () => {
    const many = zipOf(Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `xl/media/p${i}.xml`, content: Buffer.from('<a/>') })));
    const e = failureOf(() => inspectXlsxArchive(many, 'many.xlsx'));
    expect(e.errors[0]).toMatchObject({ value: MAX_ZIP_ENTRIES + 1 });
    expect(e.errors[0]!.message).toMatch(/1001 parts/);
  });

  it.each([
    ['a nested archive', [{ name: 'xl/embeddings/inner.zip', content: Buffer.from('PK') }], /another archive inside it/],
    ['an encrypted part', [{ name: 'xl/workbook.xml', content: Buffer.from('<w/>'), flags: 0x801 }], /encrypted/],
    ['an XML part with a DTD', [{ name: 'xl/workbook.xml', content: Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w>&a;</w>') }], /DTD or entities/],
    ['two parts with one name', [{ name: 'a.xml', content: Buffer.from('<a/>') }, { name: 'a.xml', content: Buffer.from('<b/>') }], /same name/],
  ])('refuses %s, naming the part', (_, parts, pattern) => {
    const e = failureOf(() => inspectXlsxArchive(zipOf(parts as ZipPart[]), 'bad.xlsx'));
    expect(e.errors[0]!.field).toMatch(/^part "/);
    expect(e.errors[0]!.message).toMatch(pattern);
  });

  it('refuses a file that is not a zip at all, and a truncated one', async () => {
    expect(failureOf(() => inspectXlsxArchive(Buffer.from('Control,Safeguard\n1,1.1\n'))).errors[0]!.message).toMatch(/not an \.xlsx workbook/);
    const good = await workbookOf([CIS_HEADER]);
    expect(failureOf(() => inspectXlsxArchive(good.subarray(0, good.length - 30))).errors[0]!.message).toMatch(/end of its zip directory is missing|damaged/);
  });

  it(`refuses a sheet with more than ${MAX_SHEET_ROWS} rows`, async () => {
    const bytes = await workbookOf(Array.from({ length: MAX_SHEET_ROWS + 5 }, (_, i) => [i]));
    const e = await asyncFailureOf(() => readXlsxSheets(bytes, 'rows.xlsx'));
    expect(e.errors[0]!.message).toMatch(/more than 10000 rows/);
  });

  it('reads CSV with quoted commas, doubled quotes and line breaks inside quotes', () => {
    const rows = readCsvRows(Buffer.from('\uFEFFCIS Control,CIS Safeguard,Title\r\n1,,"Control 1, with a comma (test)"\n1,1.1,"A ""quoted"" title\nover two lines (test)"\n\n'));
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(rows[1]!.cells[2]!.text).toBe('Control 1, with a comma (test)');
    expect(rows[2]!.cells[2]!.text).toBe('A "quoted" title\nover two lines (test)');
  });

  it('refuses CSV with a quote never closed, naming the row', () => {
    const e = failureOf(() => readCsvRows(Buffer.from('a,b\n1,"open\n2,3\n')));
    expect(e.errors[0]).toMatchObject({ row: 2 });
  });
});

// --- CISO Assistant --------------------------------------------------------------------------------

describe('CISO Assistant library', () => {
  const yaml = parseSafeYaml(fixture('ciso-clinic-framework.yaml'), 'clinic.yaml');
  const library = readCisoAssistantLibrary(yaml, 'clinic.yaml');

  it('becomes a catalogue: refs from ref_id, parents from parent_urn, groups carried over, the text kept as official text', () => {
    const { doc } = frameworkToCatalogue(yaml, library, 'clinic.yaml', { now: NOW });
    expect(validateCatalogue(doc, 'clinic.yaml')).toEqual(doc);
    expect(doc).toMatchObject({ id: 'clinic-security', version: '1.0', name: 'Clinic Security Baseline', kind: 'framework' });
    expect(doc.provenance).toMatchObject({ publisher: 'Bulwark test suite', date: '2026-01-15', url: 'https://example.org/clinic-security' });
    expect(doc.implementationGroups).toEqual([
      { id: 'core', label: 'Core' },
      { id: 'extended', label: 'Extended' },
    ]);
    expect(doc.nodes.map((n) => [n.ref, n.parentRef, n.type, n.assessable])).toEqual([
      ['GOV', null, 'section', false],
      ['GOV.1', 'GOV', 'requirement', true],
      ['GOV.2', 'GOV', 'requirement', true],
      ['ACC', null, 'section', false],
      ['ACC.1', 'ACC', 'requirement', true],
    ]);
    const gov1 = doc.nodes[1]!;
    expect(gov1.implementationGroups).toEqual(['core', 'extended']);
    expect(gov1.officialText).toEqual({ title: 'Named security lead', description: 'A named person leads security for the clinic and reports to the partners.' });
    expect(gov1.description).toBeUndefined();
    // A node with no name is titled by its reference; its text is still kept.
    expect(doc.nodes[2]).toMatchObject({ title: 'GOV.2', officialText: { description: 'Security risks are reviewed at least once a year.' } });
  });

  it('turns its mapping set into a crosswalk, translating relationships and leaving not_related out', () => {
    const framework = frameworkToCatalogue(yaml, library, 'clinic.yaml', { now: NOW });
    const cafRefs = new Map([
      ['a1.b', 'A1.b'],
      ['a2.a', 'A2.a'],
      ['b2.a', 'B2.a'],
    ]);
    const [crosswalk] = mappingSetsToCrosswalks(yaml, library, 'clinic.yaml', (urn) =>
      urn === framework.frameworkUrn
        ? { catalogue: { catalogue: 'clinic-security', version: '1.0' }, refOf: (u) => framework.refByUrn.get(u) }
        : urn === 'urn:intuitem:risk:framework:ncsc-caf-3.2'
          ? { catalogue: { catalogue: 'caf', version: '3.2' }, refOf: (u) => cafRefs.get(u.slice(u.lastIndexOf(':') + 1)) }
          : undefined,
    NOW);
    expect(crosswalk!.doc).toMatchObject({ id: 'clinic-security-1-0-to-ncsc-caf-3-2', source: { catalogue: 'clinic-security', version: '1.0' }, target: { catalogue: 'caf', version: '3.2' } });
    expect(crosswalk!.doc.links).toEqual([
      { source: 'GOV.1', target: 'A1.b', relation: 'subset' },
      { source: 'GOV.2', target: 'A2.a', relation: 'intersects' },
      { source: 'ACC.1', target: 'B2.a', relation: 'equal' },
    ]);
    expect(crosswalk!.skippedNotRelated).toBe(1);
    expect(crosswalk!.notices).toEqual([]);
  });

  it('stores a mapping set and its "-revert" as one crosswalk, keeps a link only the reverse makes, and reports repeated mappings with their lines', () => {
    const mapping = parseSafeYaml(fixture('ciso-mapping-with-revert.yaml'), 'review.yaml');
    const refs = (u: string) => u.slice(u.lastIndexOf(':') + 1).toUpperCase();
    const conversions = mappingSetsToCrosswalks(mapping, readCisoAssistantLibrary(mapping, 'review.yaml'), 'review.yaml', (urn) =>
      urn === 'urn:bulwark-test:risk:framework:clinic-security-1.0'
        ? { catalogue: { catalogue: 'clinic-security', version: '1.0' }, refOf: refs }
        : { catalogue: { catalogue: 'caf', version: '3.2' }, refOf: (u) => refs(u).replace(/^([A-D]\d)\.([A-Z])$/, (_, p: string, o: string) => `${p}.${o.toLowerCase()}`) },
    NOW);
    expect(conversions).toHaveLength(1);
    const [review] = conversions;
    expect(review!.doc).toMatchObject({ id: 'clinic-review', source: { catalogue: 'clinic-security' }, target: { catalogue: 'caf' } });
    expect(review!.doc.links).toEqual([
      { source: 'GOV.1', target: 'A1.a', relation: 'subset' },
      { source: 'GOV.2', target: 'A2.b', relation: 'intersects' },
      { source: 'ACC.1', target: 'B2.c', relation: 'superset' },
      { source: 'ACC.1', target: 'C1.a', relation: 'related' },
    ]);
    expect(review!.reverseIds).toEqual(['clinic-review-revert']);
    expect(review!.notices).toEqual([
      'clinic-review: 1 mapping repeats an earlier one and is stored once: requirement_mappings[3] (line 30) repeats requirement_mappings[0] (line 21) (GOV.1 subset A1.a).',
      "clinic-review-revert is clinic-review read the other way round, so it is stored once, as clinic-review, and read either way: 3 of its 4 links are clinic-review's own, turned round; the other 1 is added to clinic-review, in its direction.",
      'clinic-review-revert: 1 mapping repeats an earlier one and is stored once: requirement_mappings[3] (line 48) repeats requirement_mappings[0] (line 39) (A1.a superset GOV.1).',
    ]);
  });

  it('says which framework it cannot place, with the line', () => {
    const e = failureOf(() => mappingSetsToCrosswalks(yaml, library, 'clinic.yaml', () => undefined, NOW));
    expect(e.errors.map((p) => p.field)).toEqual(['objects.requirement_mapping_sets[0].source_framework_urn', 'objects.requirement_mapping_sets[0].target_framework_urn']);
    expect(e.errors[1]!.message).toMatch(/--map urn:intuitem:risk:framework:ncsc-caf-3.2=<catalogue>@<version>.*\(line 68\)/);
  });

  it('refuses a node whose parent is missing, naming the node and line', () => {
    const bad = parseSafeYaml(fixture('ciso-missing-parent.yaml'), 'orphan.yaml');
    const e = failureOf(() => frameworkToCatalogue(bad, readCisoAssistantLibrary(bad, 'orphan.yaml'), 'orphan.yaml', { now: NOW }));
    expect(e.errors).toEqual([
      expect.objectContaining({ field: 'objects.framework.requirement_nodes[1].parent_urn', row: 18, value: 'urn:bulwark-test:risk:req_node:orphan-1.0:zz' }),
    ]);
    expect(e.errors[0]!.message).toMatch(/no requirement node in this framework has the urn/);
  });

  it('refuses values of the wrong type, each with its path and line', () => {
    const bad = parseSafeYaml(fixture('ciso-wrong-types.yaml'), 'types.yaml');
    const e = failureOf(() => readCisoAssistantLibrary(bad, 'types.yaml'));
    expect(e.message).toBe('types.yaml is not a CISO Assistant library');
    expect(e.errors.map((p) => [p.field, p.row])).toEqual([
      ['objects.framework.requirement_nodes[0].assessable', 13],
      ['objects.framework.requirement_nodes[1].urn', 16],
    ]);
    expect(e.errors[0]!.message).toBe('must be true or false, not "yes" (line 13)');
  });

  it('refuses an implementation group the framework does not define', () => {
    const source = fixture('ciso-clinic-framework.yaml').toString().replace('      - extended\n    - urn: urn:bulwark-test:risk:req_node:clinic-security-1.0:acc\n', '      - premium\n    - urn: urn:bulwark-test:risk:req_node:clinic-security-1.0:acc\n');
    const bad = parseSafeYaml(source, 'groups.yaml');
    const e = failureOf(() => frameworkToCatalogue(bad, readCisoAssistantLibrary(bad, 'groups.yaml'), 'groups.yaml', { now: NOW }));
    expect(e.errors[0]).toMatchObject({ field: 'objects.framework.requirement_nodes[2].implementation_groups[0]', value: 'premium' });
  });

  it.each([
    [{ ref_id: 'ncsc-caf-3.2', urn: 'x' }, 2, { catalogue: 'ncsc-caf', version: '3.2' }],
    [{ ref_id: 'CIS-Controls-v8', urn: 'x' }, 1, { catalogue: 'cis-controls', version: '8' }],
    [{ ref_id: 'gdpr', urn: 'x' }, 4, { catalogue: 'gdpr', version: '4' }],
    [{ ref_id: null, urn: 'urn:intuitem:risk:framework:iso27001-2022' }, 1, { catalogue: 'iso27001', version: '2022' }],
  ])('names the catalogue from the framework ref_id: %o', (framework, version, expected) => {
    expect(catalogueRefFor(framework, { version: String(version) })).toEqual(expected);
  });
});

// --- WebCAF ------------------------------------------------------------------------------------------

/** A two-outcome slice of a CAF catalogue: A1.a has two levels, A2.a three, and an old indicator. */
function cafSlice(): CatalogueDocument {
  return validateCatalogue(
    {
      format: 'bulwark.catalogue/1',
      id: 'caf',
      version: '3.2',
      name: 'CAF (test slice)',
      kind: 'framework',
      provenance: { publisher: 'Test', version: '3.2', date: '2024', licence: 'Test', url: 'https://example.org' },
      levels: [
        { id: 'not-achieved', label: 'Not achieved' },
        { id: 'partially-achieved', label: 'Partially achieved' },
        { id: 'achieved', label: 'Achieved' },
      ],
      defaultLevels: ['not-achieved', 'partially-achieved', 'achieved'],
      nodes: [
        { ref: 'A', parentRef: null, type: 'objective', title: 'A', assessable: false },
        { ref: 'A1', parentRef: 'A', type: 'principle', title: 'A1', assessable: false },
        { ref: 'A1.a', parentRef: 'A1', type: 'outcome', title: 'Board Direction', assessable: true, levels: ['not-achieved', 'achieved'], attributes: { indicatorsNotAchieved: 2, indicatorsPartiallyAchieved: 0, indicatorsAchieved: 4 } },
        { ref: 'A1.a.NA.9', parentRef: 'A1.a', type: 'indicator', title: 'Old', assessable: false },
        { ref: 'A2', parentRef: 'A', type: 'principle', title: 'A2', assessable: false },
        { ref: 'A2.a', parentRef: 'A2', type: 'outcome', title: 'Risk Management Process', assessable: true },
        { ref: 'A2.b', parentRef: 'A2', type: 'outcome', title: 'Assurance', assessable: true },
      ],
    },
    'slice',
  );
}

describe('WebCAF-shaped CAF file', () => {
  const read = (name: string) => {
    const yaml = parseSafeYaml(fixture(name), name);
    return { yaml, file: readWebCaf(yaml, name) };
  };

  it('reads the v3.2 shape (numbered keys, sections, plain statements), keying each statement on its outcome and the file\'s own id, with no index invented', () => {
    const { file } = read('webcaf-v3.2-sample.yaml');
    expect(file.outcomes.map((o) => [o.code, o.principleCode, o.indicators.map((i) => [i.localId, i.ref, i.ncscIndex ?? null])])).toEqual([
      ['A1.a', 'A1', [['1', 'A1.a.1', null], ['2', 'A1.a.2', null], ['3', 'A1.a.3', null]]],
      ['A2.a', 'A2', [['5', 'A2.a.5', null], ['6', 'A2.a.6', null], ['7', 'A2.a.7', null], ['8', 'A2.a.8', null]]],
    ]);
    expect(file.outcomes[1]!.indicators[3]).toMatchObject({ level: 'achieved', statement: 'Test statement A1 for A2.a, written over two lines.' });
    // v3.2's shape has no index field, so a statement without one is no news.
    expect(file.notices).toEqual([]);
  });

  it('reads the v4.0 shape (outcomes by code, each statement under its own id with its ncsc-index)', () => {
    const [outcome] = read('webcaf-v4.0-sample.yaml').file.outcomes;
    expect(outcome!.indicators.map((i) => [i.level, i.ref, i.ncscIndex])).toEqual([
      ['not-achieved', 'A4.b.1', 'A4.b.NA.1'],
      ['partially-achieved', 'A4.b.2', 'A4.b.PA.1'],
      ['achieved', 'A4.b.3', 'A4.b.A.1'],
      ['achieved', 'A4.b.4', 'A4.b.A.2'],
    ]);
  });

  it('keeps both statements that share an NCSC index, each under its own id, and says so with both lines', () => {
    const { file } = read('webcaf-duplicate-ncsc-index.yaml');
    expect(file.outcomes[0]!.indicators.map((i) => [i.ref, i.ncscIndex])).toEqual([
      ['A4.b.1', 'A4.b.NA.1'],
      ['A4.b.2', 'A4.b.PA.1'],
      ['A4.b.3', 'A4.b.PA.1'],
      ['A4.b.4', 'A4.b.A.1'],
    ]);
    expect(file.notices).toEqual(['A4.b.PA.1 is the NCSC index of 2 statements in the file: A4.b.2 (line 22) and A4.b.3 (line 25). All are kept, under the file\'s own ids.']);
  });

  it('keeps a statement with no ncsc-index under its own id, invents no index for it, and names its line, not its neighbour\'s', () => {
    const { file } = read('webcaf-missing-ncsc-index.yaml');
    const partial = file.outcomes[0]!.indicators.filter((i) => i.level === 'partially-achieved');
    expect(partial.map((i) => [i.ref, i.ncscIndex ?? null])).toEqual([
      ['A4.b.2', 'A4.b.PA.1'],
      ['A4.b.3', null],
      ['A4.b.4', 'A4.b.PA.2'],
    ]);
    expect(file.notices).toEqual(['A4.b.3 (line 26) has no ncsc-index; it is kept as A4.b.3, without one.']);
  });

  it('keeps both statements when the file lists one id under two levels, telling them apart by level', () => {
    const { file } = read('webcaf-repeated-local-id.yaml');
    expect(file.outcomes[0]!.indicators.map((i) => [i.localId, i.ref, i.level])).toEqual([
      ['A4.b.1', 'A4.b.1', 'not-achieved'],
      ['A4.b.2', 'A4.b.2-PA', 'partially-achieved'],
      ['A4.b.2', 'A4.b.2-A', 'achieved'],
      ['A4.b.3', 'A4.b.3', 'achieved'],
    ]);
    expect(file.notices).toEqual(['A4.b: the file lists A4.b.2 under partially achieved (line 22) and achieved (line 26); both statements are kept, as A4.b.2-PA and A4.b.2-A.']);
  });

  it('adds the statements under their outcomes, grouped by level, replacing earlier ones, text as official text', () => {
    const { yaml, file } = read('webcaf-v3.2-sample.yaml');
    const merge = addIndicators(yaml, cafSlice(), file.outcomes, 'v32.yaml');
    expect(validateCatalogue(merge.doc, 'merged')).toBeTruthy();
    expect(merge).toMatchObject({ outcomes: 2, indicators: 7, replaced: 1 });
    const under = (ref: string) => merge.doc.nodes.filter((n) => n.parentRef === ref);
    expect(under('A1.a').map((n) => [n.ref, n.title, n.attributes])).toEqual([
      ['A1.a.1', 'Not achieved indicator', { achievementLevel: 'not-achieved', localId: '1' }],
      ['A1.a.2', 'Not achieved indicator', { achievementLevel: 'not-achieved', localId: '2' }],
      ['A1.a.3', 'Achieved indicator', { achievementLevel: 'achieved', localId: '3' }],
    ]);
    expect(under('A2.a')[1]).toMatchObject({ type: 'indicator', assessable: false, officialText: { description: 'Test statement PA1 for A2.a.' } });
    expect(merge.doc.nodes.find((n) => n.ref === 'A1.a.NA.9')).toBeUndefined();
    expect(merge.notices).toEqual([
      'A1.a: the file has 1 achieved indicator; caf@3.2 records 4.',
      'The file has no indicators for 1 outcome of caf@3.2: A2.b.',
    ]);
  });

  it('titles a v4.0 statement with the NCSC index the file gives it, and records the index as a fact', () => {
    const yaml = parseSafeYaml(fixture('webcaf-missing-ncsc-index.yaml'), 'v40.yaml');
    const slice = cafSlice();
    slice.nodes.push({ ref: 'A4', parentRef: 'A', type: 'principle', title: 'A4', assessable: false }, { ref: 'A4.b', parentRef: 'A4', type: 'outcome', title: 'Software', assessable: true });
    const merge = addIndicators(yaml, slice, readWebCaf(yaml, 'v40.yaml').outcomes, 'v40.yaml');
    const under = merge.doc.nodes.filter((n) => n.parentRef === 'A4.b');
    expect(under.map((n) => [n.ref, n.title, n.attributes?.ncscIndex ?? null])).toEqual([
      ['A4.b.1', 'Not achieved indicator A4.b.NA.1', 'A4.b.NA.1'],
      ['A4.b.2', 'Partially achieved indicator A4.b.PA.1', 'A4.b.PA.1'],
      ['A4.b.3', 'Partially achieved indicator', null],
      ['A4.b.4', 'Partially achieved indicator A4.b.PA.2', 'A4.b.PA.2'],
      ['A4.b.5', 'Achieved indicator A4.b.A.1', 'A4.b.A.1'],
    ]);
  });

  it('refuses an outcome the loaded version does not have, naming it and its line', () => {
    const { yaml, file } = read('webcaf-unknown-outcome.yaml');
    const e = failureOf(() => addIndicators(yaml, cafSlice(), file.outcomes, 'unknown.yaml'));
    expect(e.message).toBe('unknown.yaml does not fit caf@3.2');
    expect(e.errors).toEqual([expect.objectContaining({ field: 'objectives.A.principles.A9.outcomes["A9.z"].code', row: 20, value: 'A9.z' })]);
    expect(e.errors[0]!.message).toMatch(/caf@3.2 has no outcome A9.z/);
  });

  it('refuses partially-achieved indicators for an outcome with no such level', () => {
    const { yaml, file } = read('webcaf-partial-on-two-level.yaml');
    const e = failureOf(() => addIndicators(yaml, cafSlice(), file.outcomes, 'partial.yaml'));
    expect(e.errors[0]!.message).toMatch(/A1.a has no Partially achieved level in caf@3.2, but the file lists 1 partially achieved indicator/);
  });

  it('refuses an ncsc-index that belongs to another outcome or level, at the line of that statement\'s index', () => {
    const source = fixture('webcaf-duplicate-ncsc-index.yaml').toString().replace('PA2 for A4.b, filed under the same index as PA1.\n                  ncsc-index: A4.b.PA.1', 'PA2 for A4.b.\n                  ncsc-index: A4.b.A.7');
    const e = failureOf(() => readWebCaf(parseSafeYaml(source, 'index.yaml'), 'index.yaml'));
    expect(e.errors).toHaveLength(1);
    expect(e.errors[0]).toMatchObject({ value: 'A4.b.A.7', row: 26, field: 'objectives.A.principles.A4.outcomes["A4.b"].indicators.partially-achieved["A4.b.3"].ncsc-index' });
    expect(e.errors[0]!.message).toMatch(/not an index of a partially achieved indicator of A4.b/);
  });

  it('refuses an id that cannot be a reference, at its statement\'s line', () => {
    const source = fixture('webcaf-v4.0-sample.yaml').toString().replace('A4.b.3:', '"A4.b.3 <x>":');
    const e = failureOf(() => readWebCaf(parseSafeYaml(source, 'id.yaml'), 'id.yaml'));
    expect(e.errors[0]).toMatchObject({ value: 'A4.b.3 <x>', row: 29 });
    expect(e.errors[0]!.message).toMatch(/cannot be stored as a reference/);
  });
});

// --- The CIS Controls sheet --------------------------------------------------------------------------

/** A CIS Controls slice as Bulwark ships it: control 1 with safeguards 1.1 (IG1–3) and 1.2 (IG2–3), control 3 with 3.10. */
function cisSlice(): CatalogueDocument {
  const safeguard = (ref: string, parentRef: string, groups: string[]) => ({
    ref,
    parentRef,
    type: 'safeguard' as const,
    title: `Safeguard ${ref}`,
    assessable: true,
    implementationGroups: groups,
    attributes: parentRef === '1' ? { assetType: 'Devices', securityFunction: 'Identify' } : { assetType: 'Data', securityFunction: 'Protect' },
  });
  return validateCatalogue(
    {
      format: 'bulwark.catalogue/1',
      id: 'cis-controls',
      version: '8.1',
      name: 'CIS Critical Security Controls',
      shortName: 'CIS Controls 8.1',
      kind: 'controls',
      provenance: { publisher: 'Test', version: '8.1', date: '2024', licence: 'Test', url: 'https://example.org' },
      levels: [{ id: 'implemented', label: 'Implemented' }],
      defaultLevels: ['implemented'],
      implementationGroups: [
        { id: 'ig1', label: 'IG1' },
        { id: 'ig2', label: 'IG2' },
        { id: 'ig3', label: 'IG3' },
      ],
      nodes: [
        { ref: '1', parentRef: null, type: 'control', title: 'Inventory and Control of Enterprise Assets', assessable: false },
        safeguard('1.1', '1', ['ig1', 'ig2', 'ig3']),
        safeguard('1.2', '1', ['ig2', 'ig3']),
        { ref: '3', parentRef: null, type: 'control', title: 'Data Protection', assessable: false },
        ...Array.from({ length: 10 }, (_, i) => safeguard(`3.${i + 1}`, '3', ['ig3'])),
      ],
    },
    'cis slice',
  );
}

function sheetOf(rows: Array<Array<string | number | null>>, name = 'Controls V8.1'): SheetData[] {
  return [
    { name: 'License for Use', rows: [{ number: 1, cells: [{ text: 'Placeholder licence (test)' }] }] },
    {
      name,
      rows: rows.map((cells, i) => ({
        number: i + 1,
        cells: cells.map((c) => (typeof c === 'number' ? { text: String(c), number: c } : { text: c ?? '' })),
      })),
    },
  ];
}

describe('CIS Controls sheet', () => {
  const good = () =>
    sheetOf([
      CIS_HEADER,
      [1, null, null, null, 'Control 1 title (test)', 'Control 1 description (test)', null, null, null],
      [1, 1.1, 'Devices', 'Identify', 'Safeguard 1.1 title (test)', 'Safeguard 1.1 description (test)', 'x', 'x', 'x'],
      [1, 1.2, 'Devices', 'Respond', 'Safeguard 1.2 title (test)', 'Safeguard 1.2 description (test)', null, 'X', 'x'],
      [3, null, null, null, 'Control 3 title (test)', '', null, null, null],
      ...Array.from({ length: 10 }, (_, i): Array<string | number | null> => [3, i === 9 ? 3.1 : Number(`3.${i + 1}`), 'Data', 'Protect', `Safeguard 3.${i + 1} title (test)`, '', null, null, 'x']),
    ]);

  it('reads controls and safeguards, telling 3.10 from 3.1 by position when Excel stored them as numbers', () => {
    const sheet = readCisSheet(good(), 'cis.xlsx');
    expect(sheet.sheetName).toBe('Controls V8.1');
    expect(sheet.controls.map((c) => c.ref)).toEqual(['1', '3']);
    expect(sheet.safeguards.map((s) => s.ref)).toEqual(['1.1', '1.2', ...Array.from({ length: 10 }, (_, i) => `3.${i + 1}`)]);
    expect(sheet.safeguards[1]).toMatchObject({ row: 4, groups: ['ig2', 'ig3'], title: 'Safeguard 1.2 title (test)' });
  });

  it('gives the matching safeguards and controls this installation’s official text, with a notice where facts differ', () => {
    const merge = addCisText(readCisSheet(good(), 'cis.xlsx'), cisSlice(), 'cis.xlsx');
    expect(merge.updates).toHaveLength(14);
    expect(merge.doc.nodes.find((n) => n.ref === '1.1')!.officialText).toEqual({ title: 'Safeguard 1.1 title (test)', description: 'Safeguard 1.1 description (test)' });
    expect(merge.doc.nodes.find((n) => n.ref === '3')!.officialText).toEqual({ title: 'Control 3 title (test)' });
    expect(merge.notices).toEqual(['Row 4: the sheet gives safeguard 1.2 the security function "Respond"; CIS Controls 8.1 (cis-controls@8.1) records "Identify".']);
  });

  it('refuses a safeguard whose IG flags disagree with Bulwark’s, naming row, column and value', () => {
    const sheets = good();
    sheets[1]!.rows[3]!.cells[6] = { text: 'x' }; // 1.2 marked IG1
    const e = failureOf(() => addCisText(readCisSheet(sheets, 'cis.xlsx'), cisSlice(), 'cis.xlsx'));
    expect(e.errors).toEqual([expect.objectContaining({ field: 'row 4, column G (IG1)', row: 4, column: 'G (IG1)', value: 'x' })]);
    expect(e.errors[0]!.message).toMatch(/puts safeguard 1.2 in IG1, but in CIS Controls 8.1 \(cis-controls@8.1\) it is not in IG1/);
  });

  it('refuses a safeguard Bulwark does not have', () => {
    const sheets = good();
    sheets[1]!.rows.push({ number: 16, cells: [{ text: '1' }, { text: '1.9' }, { text: 'Devices' }, { text: 'Identify' }, { text: 'Safeguard 1.9 (test)' }, { text: '' }, { text: '' }, { text: '' }, { text: 'x' }] });
    const e = failureOf(() => addCisText(readCisSheet(sheets, 'cis.xlsx'), cisSlice(), 'cis.xlsx'));
    expect(e.errors[0]).toMatchObject({ field: 'row 16, column B (Safeguard)', value: '1.9' });
  });

  it.each([
    ['an IG mark that is neither x nor blank', 5, 8, { text: 'maybe' }, 'row 6, column I (IG3)', /Expected "x".*not "maybe"/],
    ['a safeguard number out of order', 5, 1, { text: '3.2', number: 3.2 }, 'row 6, column B (Safeguard)', /Expected safeguard 3.1 here/],
    ['a safeguard on the wrong control', 5, 1, { text: '4.1' }, 'row 6, column B (Safeguard)', /Safeguard 4.1 is on a row of control 3/],
    ['a control that is not a number', 5, 0, { text: 'three' }, 'row 6, column A (Control)', /whole number/],
  ])('refuses %s, naming row and column', (_, rowIndex, column, cell, field, pattern) => {
    const sheets = good();
    sheets[1]!.rows[rowIndex]!.cells[column] = cell;
    const e = failureOf(() => readCisSheet(sheets, 'cis.xlsx'));
    expect(e.errors[0]!.field).toBe(field);
    expect(e.errors[0]!.message).toMatch(pattern);
  });

  it('says which columns are missing when the header row lacks them', () => {
    const e = failureOf(() => readCisSheet(sheetOf([['CIS Control', 'CIS Safeguard', 'Title', 'IG1']]), 'cis.xlsx'));
    expect(e.errors[0]!.message).toBe('The header row of sheet "Controls V8.1" has no Description, IG2, IG3 column.');
  });

  it('says when no sheet looks like the CIS sheet', () => {
    const e = failureOf(() => readCisSheet(sheetOf([['Name', 'Value']], 'Other'), 'other.xlsx'));
    expect(e.errors[0]!.message).toMatch(/No sheet \("License for Use", "Other"\) has the CIS header row/);
  });

  it('reads the same sheet from a real .xlsx workbook', async () => {
    const rows = good()[1]!.rows.map((r) => r.cells.map((c) => (c.number ?? c.text) || null));
    const sheet = readCisSheet(await readXlsxSheets(await workbookOf(rows), 'cis.xlsx'), 'cis.xlsx');
    expect(sheet.safeguards.at(-1)).toMatchObject({ ref: '3.10', title: 'Safeguard 3.10 title (test)', groups: ['ig3'] });
  });
});

describe('format detection', () => {
  it.each([
    ['ciso-clinic-framework.yaml', 'ciso-assistant'],
    ['webcaf-v3.2-sample.yaml', 'webcaf'],
    ['webcaf-v4.0-sample.yaml', 'webcaf'],
  ])('%s is %s', (name, format) => {
    const bytes = fixture(name);
    expect(detectFormat(bytes, name, () => parseSafeYaml(bytes, name))).toBe(format);
  });

  it('knows a workbook by its bytes and a Bulwark document by its format field', async () => {
    expect(detectFormat(await workbookOf([CIS_HEADER]), 'upload.bin')).toBe('cis-sheet');
    const own = Buffer.from('format: bulwark.crosswalk/1\nid: x\n');
    expect(detectFormat(own, 'x.yaml', () => parseSafeYaml(own, 'x.yaml'))).toBe('bulwark');
  });

  it('says what it expected when the file is none of them', () => {
    const other = Buffer.from('hello: world\n');
    expect(failureOf(() => detectFormat(other, 'x.yaml', () => parseSafeYaml(other, 'x.yaml'))).errors[0]!.message).toMatch(/Expected a CISO Assistant library/);
  });
});
