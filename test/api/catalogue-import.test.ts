// Importing framework files in foreign formats into a real database (SQLite or PostgreSQL): the right
// tree is stored, and after every failing import nothing at all has changed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalogueFile, type ImportOptions } from '../../src/modules/catalogues/import/import-service.js';
import { crosswalkBetween, exportCatalogue, getCatalogue, importDocument, loadShippedContent, searchNodes } from '../../src/modules/catalogues/service.js';
import { Conflict, DomainError, ValidationFailed } from '../../src/platform/errors.js';
import { MAX_YAML_BYTES } from '../../src/modules/catalogues/import/safe-yaml.js';
import { createTestApp, type TestApp } from '../support/app.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/catalogue-import');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
const CAF_URN = 'urn:intuitem:risk:framework:ncsc-caf-3.2';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(() => t.close());

function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}) {
  return importCatalogueFile({ db: t.app.db, actor: { userId: null, label: 'test:importer' }, now: new Date('2026-11-28T12:00:00Z') }, bytes, fileName, options);
}

/** Everything an import could touch, row by row, so "nothing changed" is checked exactly. */
async function snapshot() {
  const db = t.app.db;
  const [catalogues, nodes, sets, links, audit] = await Promise.all([
    db.selectFrom('catalogues').select(['key', 'version', 'content_hash', 'loaded_at']).orderBy('key').orderBy('version').execute(),
    db.selectFrom('catalogue_nodes').select(['catalogue_id', 'ref', 'parent_ref', 'title', 'sort_order', 'local_text_json']).orderBy('catalogue_id').orderBy('ref').execute(),
    db.selectFrom('catalogue_mapping_sets').select(['key', 'content_hash']).orderBy('key').execute(),
    db.selectFrom('catalogue_mapping_links').select(['set_id', 'sort_order', 'source_ref', 'target_ref']).orderBy('set_id').orderBy('sort_order').execute(),
    db.selectFrom('audit_events').select('seq').execute(),
  ]);
  return { catalogues, nodes, sets, links, audit: audit.length };
}

/** Imports a file that must fail, and proves the database is exactly as it was. */
async function expectRefusedAndUnchanged(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<DomainError> {
  const before = await snapshot();
  let caught: unknown;
  try {
    await importFile(bytes, fileName, options);
  } catch (error) {
    caught = error;
  }
  expect(caught, `${fileName} should have been refused`).toBeInstanceOf(DomainError);
  expect(await snapshot()).toEqual(before);
  return caught as DomainError;
}

async function auditOf(action: string) {
  return t.app.db.selectFrom('audit_events').select(['action', 'entity_type', 'actor_label', 'after_json']).where('action', '=', action).orderBy('seq').execute();
}

describe('a CISO Assistant library', () => {
  it('is stored as a catalogue with the right tree, and its mapping set as a crosswalk to CAF 3.2', async () => {
    const auditBefore = (await auditOf('catalogue.import')).length;
    const summary = await importFile(fixture('ciso-clinic-framework.yaml'), 'clinic.yaml', { frameworkMap: { [CAF_URN]: 'caf@3.2' } });
    expect(summary).toMatchObject({
      format: 'ciso-assistant',
      catalogues: [{ ref: 'clinic-security@1.0', created: true, nodes: 5 }],
      crosswalks: [{ ref: 'clinic-security-1-0-to-ncsc-caf-3-2', created: true, links: 3 }],
    });
    expect(summary.notices).toEqual(['clinic-security-1-0-to-ncsc-caf-3-2: 1 "not_related" mapping carries no link and was left out.']);

    const stored = await getCatalogue(t.app.db, 'clinic-security', '1.0');
    expect(stored).toMatchObject({ source: 'imported', name: 'Clinic Security Baseline', implementationGroups: [{ id: 'core' }, { id: 'extended' }] });
    expect(stored.nodes.map((n) => [n.ref, n.parentRef, n.depth, n.assessable])).toEqual([
      ['GOV', null, 0, false],
      ['GOV.1', 'GOV', 1, true],
      ['GOV.2', 'GOV', 1, true],
      ['ACC', null, 0, false],
      ['ACC.1', 'ACC', 1, true],
    ]);
    expect(stored.nodes[1]).toMatchObject({ title: 'Named security lead', implementationGroups: ['core', 'extended'], levels: ['non-compliant', 'partially-compliant', 'compliant'] });
    expect(stored.nodes[1]!.officialText).toEqual({ title: 'Named security lead', description: 'A named person leads security for the clinic and reports to the partners.' });

    const links = await t.app.db
      .selectFrom('catalogue_mapping_links as l')
      .innerJoin('catalogue_mapping_sets as s', 's.id', 'l.set_id')
      .select(['s.source_key', 's.target_key', 's.target_version', 'l.source_ref', 'l.target_ref', 'l.relation'])
      .where('s.key', '=', 'clinic-security-1-0-to-ncsc-caf-3-2')
      .orderBy('l.sort_order')
      .execute();
    expect(links.map((l) => [l.source_ref, l.relation, l.target_ref])).toEqual([
      ['GOV.1', 'subset', 'A1.b'],
      ['GOV.2', 'intersects', 'A2.a'],
      ['ACC.1', 'equal', 'B2.a'],
    ]);
    expect(links[0]).toMatchObject({ source_key: 'clinic-security', target_key: 'caf', target_version: '3.2' });

    const audit = await auditOf('catalogue.import');
    expect(audit).toHaveLength(auditBefore + 1);
    expect(audit.at(-1)).toMatchObject({ entity_type: 'catalogue', actor_label: 'test:importer' });
    expect(JSON.parse(audit.at(-1)!.after_json!)).toMatchObject({ format: 'ciso-assistant', file: 'clinic.yaml', library: 'urn:bulwark-test:risk:library:clinic-security-1.0' });
  });

  it('a second import of the same library is refused unless replace is asked for', async () => {
    const error = await expectRefusedAndUnchanged(fixture('ciso-clinic-framework.yaml'), 'clinic.yaml', { frameworkMap: { [CAF_URN]: 'caf@3.2' } });
    expect(error).toBeInstanceOf(Conflict);
    expect(error.message).toMatch(/clinic-security@1.0 has already been imported/);
    const replaced = await importFile(fixture('ciso-clinic-framework.yaml'), 'clinic.yaml', { frameworkMap: { [CAF_URN]: 'caf@3.2' }, replace: true });
    expect(replaced.catalogues).toEqual([{ ref: 'clinic-security@1.0', created: false, nodes: 5 }]);
    expect(replaced.crosswalks[0]).toMatchObject({ created: false, links: 3 });
  });

  it('a later mapping file finds the framework imported earlier by its URN', async () => {
    const mappingOnly = [
      'urn: urn:bulwark-test:risk:library:clinic-to-clinic',
      'name: Clinic to itself (test)',
      'objects:',
      '  requirement_mapping_sets:',
      '  - urn: urn:bulwark-test:risk:req_mapping_set:clinic-self',
      '    ref_id: clinic-self',
      '    source_framework_urn: urn:bulwark-test:risk:framework:clinic-security-1.0',
      '    target_framework_urn: urn:bulwark-test:risk:framework:clinic-security-1.0',
      '    requirement_mappings:',
      '    - {source_requirement_urn: "urn:bulwark-test:risk:req_node:clinic-security-1.0:gov.1", target_requirement_urn: "urn:bulwark-test:risk:req_node:clinic-security-1.0:gov.2", relationship: related}',
      '',
    ].join('\n');
    const summary = await importFile(Buffer.from(mappingOnly), 'self.yaml');
    expect(summary.crosswalks).toEqual([{ ref: 'clinic-self', created: true, links: 1 }]);
  });

  it('a mapping file\'s set and its "-revert" are stored as one crosswalk, so reading it either way lists each link once', async () => {
    const summary = await importFile(fixture('ciso-mapping-with-revert.yaml'), 'review.yaml', { frameworkMap: { [CAF_URN]: 'caf@3.2' } });
    expect(summary.crosswalks).toEqual([{ ref: 'clinic-review', created: true, links: 4 }]);
    expect(summary.notices).toContain(
      "clinic-review-revert is clinic-review read the other way round, so it is stored once, as clinic-review, and read either way: 3 of its 4 links are clinic-review's own, turned round; the other 1 is added to clinic-review, in its direction.",
    );
    expect(summary.notices).toContain(
      'clinic-review: 1 mapping repeats an earlier one and is stored once: requirement_mappings[3] (line 30) repeats requirement_mappings[0] (line 21) (GOV.1 subset A1.a).',
    );
    expect(await t.app.db.selectFrom('catalogue_mapping_sets').select('key').where('key', 'like', 'clinic-review%').execute()).toEqual([{ key: 'clinic-review' }]);

    for (const [from, to] of [
      ['caf@3.2', 'clinic-security@1.0'],
      ['clinic-security@1.0', 'caf@3.2'],
    ] as const) {
      const review = (await crosswalkBetween(t.app.db, from, to)).links.filter((l) => l.crosswalk === 'clinic-review');
      const said = review.map((l) => `${l.source.ref} ${l.relation} ${l.target.ref}`);
      expect(said).toHaveLength(4);
      expect(new Set(said).size).toBe(4);
    }
    const fromCaf = (await crosswalkBetween(t.app.db, 'caf@3.2', 'clinic-security@1.0')).links.filter((l) => l.crosswalk === 'clinic-review');
    expect(fromCaf.find((l) => l.source.ref === 'A1.a')).toMatchObject({ relation: 'superset', target: { ref: 'GOV.1' } });
  });

  it('re-importing a mapping file removes the "-revert" crosswalk an earlier import stored on its own', async () => {
    await importDocument(
      { db: t.app.db, actor: { userId: null, label: 'test:importer' }, now: new Date('2026-11-28T12:00:00Z') },
      {
        format: 'bulwark.crosswalk/1',
        id: 'clinic-review-revert',
        name: 'As an earlier import stored it',
        source: { catalogue: 'caf', version: '3.2' },
        target: { catalogue: 'clinic-security', version: '1.0' },
        provenance: { publisher: 'Test', version: '1', date: '2026', licence: 'Test' },
        links: [{ source: 'A1.a', target: 'GOV.1', relation: 'superset' }],
      },
      'earlier.json',
    );
    const summary = await importFile(fixture('ciso-mapping-with-revert.yaml'), 'review.yaml', { frameworkMap: { [CAF_URN]: 'caf@3.2' }, replace: true });
    expect(summary.notices).toContain('The crosswalk clinic-review-revert an earlier import stored separately is removed: clinic-review holds its links.');
    expect(await t.app.db.selectFrom('catalogue_mapping_sets').select('key').where('key', 'like', 'clinic-review%').execute()).toEqual([{ key: 'clinic-review' }]);
  });

  it('a requirement with no name is labelled by its statement wherever it is listed, never by its bare reference', async () => {
    await importFile(fixture('ciso-unnamed-requirements.yaml'), 'ward.yaml');
    const ward = await getCatalogue(t.app.db, 'ward-checklist', '1.0');
    expect(ward.nodes.map((n) => [n.ref, n.title, n.label.slice(0, 40)])).toEqual([
      ['node1', 'Shared workstations', 'Shared workstations'],
      ['node2', 'node2', 'Shared ward workstations lock after five'],
      ['node3', 'node3', 'Printers on the ward hold print jobs unt'],
    ]);
    const long = ward.nodes[2]!;
    expect(long.label.length).toBeLessThanOrEqual(160);
    expect(long.label.endsWith('…')).toBe(true);
    expect(long.officialText!.description!.length).toBeGreaterThan(400);
    const found = await searchNodes(t.app.db, { q: 'smartcard', limit: 10 });
    expect(found.results.map((r) => [r.ref, r.label.slice(0, 24)])).toEqual([['node2', 'Shared ward workstations']]);
  });

  it('a mapping set whose framework Bulwark cannot place fails, and the valid framework in the same file is not stored either', async () => {
    const renamed = fixture('ciso-clinic-framework.yaml').toString().replaceAll('clinic-security-1.0', 'clinic-security-2.0');
    const error = await expectRefusedAndUnchanged(Buffer.from(renamed), 'clinic-2.yaml');
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).errors).toEqual([
      expect.objectContaining({ field: 'objects.requirement_mapping_sets[0].target_framework_urn', row: 68, value: CAF_URN }),
    ]);
    expect(await t.app.db.selectFrom('catalogues').select('key').where('key', '=', 'clinic-security').where('version', '=', '2.0').execute()).toEqual([]);
  });

  it.each([
    ['hostile-billion-laughs.yaml', /alias bomb/],
    ['hostile-duplicate-keys.yaml', /The key "assessable" appears twice.*line 12/],
    ['hostile-proto-key.yaml', /The key "__proto__" is not allowed.*line 13/],
    ['ciso-wrong-types.yaml', /must be true or false, not "yes" \(line 13\)/],
    ['ciso-missing-parent.yaml', /no requirement node in this framework has the urn.*\(line 18\)/],
  ])('%s is refused with a clear error and nothing is loaded', async (name, pattern) => {
    const error = await expectRefusedAndUnchanged(fixture(name), name, { format: 'ciso-assistant' });
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).errors.map((e) => e.message).join('\n')).toMatch(pattern);
  });

  it('an oversized file is refused before it is parsed, and nothing is loaded', async () => {
    const padding = `# ${'x'.repeat(200)}\n`.repeat(Math.ceil(MAX_YAML_BYTES / 200));
    const error = await expectRefusedAndUnchanged(Buffer.concat([fixture('ciso-clinic-framework.yaml'), Buffer.from(padding)]), 'big.yaml');
    expect(error.message).toBe('big.yaml is too large to import');
  });
});

describe('a CAF file in the WebCAF shape', () => {
  it('adds indicator checklists under the outcomes of caf@3.2, grouped by level, with the statements as this installation’s text', async () => {
    const summary = await importFile(fixture('webcaf-v3.2-sample.yaml'), 'webcaf-v3.2.yaml', { catalogue: 'caf@3.2' });
    expect(summary).toMatchObject({
      format: 'webcaf',
      indicators: { catalogue: 'caf@3.2', outcomes: 2, added: 7, byLevel: { 'not-achieved': 3, 'partially-achieved': 2, achieved: 2 }, replaced: 0 },
    });
    expect(summary.notices).toContain('A1.a: the file has 2 not achieved indicators; caf@3.2 records 4.');

    const caf = await getCatalogue(t.app.db, 'caf', '3.2');
    expect(caf.source).toBe('shipped');
    const a1a = caf.nodes.findIndex((n) => n.ref === 'A1.a');
    expect(caf.nodes.slice(a1a, a1a + 4).map((n) => [n.ref, n.parentRef, n.type, n.depth, n.attributes.achievementLevel ?? null])).toEqual([
      ['A1.a', 'A1', 'outcome', 2, null],
      ['A1.a.1', 'A1.a', 'indicator', 3, 'not-achieved'],
      ['A1.a.2', 'A1.a', 'indicator', 3, 'not-achieved'],
      ['A1.a.3', 'A1.a', 'indicator', 3, 'achieved'],
    ]);
    expect(caf.nodes[a1a + 4]!.ref).toBe('A1.b');
    expect(caf.nodes.find((n) => n.ref === 'A2.a.7')).toMatchObject({ title: 'Partially achieved indicator', officialText: { description: 'Test statement PA2 for A2.a.' } });
    expect(caf.nodes.filter((n) => n.type === 'outcome')).toHaveLength(39);
    const audit = (await auditOf('catalogue.import')).at(-1)!;
    expect(JSON.parse(audit.after_json!)).toMatchObject({ format: 'webcaf', catalogue: 'caf@3.2', added: 7 });
  });

  it('importing it again replaces the indicators rather than adding a second set', async () => {
    const summary = await importFile(fixture('webcaf-v3.2-sample.yaml'), 'webcaf-v3.2.yaml', { catalogue: 'caf@3.2' });
    expect(summary.indicators).toMatchObject({ added: 7, replaced: 7 });
    const caf = await getCatalogue(t.app.db, 'caf', '3.2');
    expect(caf.nodes.filter((n) => n.type === 'indicator')).toHaveLength(7);
  });

  it('the indicators survive the next start-up, which finds the shipped CAF file unchanged', async () => {
    expect(await loadShippedContent(t.app.db, t.app.engine)).toEqual({ catalogues: 0, crosswalks: 0 });
    const caf = await getCatalogue(t.app.db, 'caf', '3.2');
    expect(caf.nodes.filter((n) => n.type === 'indicator')).toHaveLength(7);
  });

  it('the indicators also survive a release whose shipped CAF file changed, which reloads its structure', async () => {
    // As if the database had been loaded from an earlier release's file.
    await t.app.db.updateTable('catalogues').set({ content_hash: 'earlier-release' }).where('key', '=', 'caf').where('version', '=', '3.2').execute();
    expect((await loadShippedContent(t.app.db, t.app.engine)).catalogues).toBe(1);
    const caf = await getCatalogue(t.app.db, 'caf', '3.2');
    const indicators = caf.nodes.filter((n) => n.type === 'indicator');
    expect(indicators).toHaveLength(7);
    expect(indicators.every((n) => n.parentRef !== null && caf.nodes.some((o) => o.ref === n.parentRef && o.type === 'outcome'))).toBe(true);
  });

  it('finds the CAF version from the outcomes when it is not named (A4.b exists only in CAF 4.0)', async () => {
    const summary = await importFile(fixture('webcaf-v4.0-sample.yaml'), 'webcaf-v4.0.yaml');
    expect(summary.indicators).toMatchObject({ catalogue: 'caf@4.0', outcomes: 1, added: 4 });
    const caf = await getCatalogue(t.app.db, 'caf', '4.0');
    // Named by their level and NCSC index, with the statement (official text) beside them.
    expect(caf.nodes.find((n) => n.ref === 'A4.b.1')).toMatchObject({ label: 'Not achieved indicator A4.b.NA.1', officialText: { description: 'Test statement NA1 for A4.b.' } });
    expect(caf.nodes.filter((n) => n.parentRef === 'A4.b').map((n) => [n.ref, n.attributes.ncscIndex])).toEqual([
      ['A4.b.1', 'A4.b.NA.1'],
      ['A4.b.2', 'A4.b.PA.1'],
      ['A4.b.3', 'A4.b.A.1'],
      ['A4.b.4', 'A4.b.A.2'],
    ]);
  });

  it.each([
    ['webcaf-duplicate-ncsc-index.yaml', ['A4.b.1', 'A4.b.2', 'A4.b.3', 'A4.b.4'], "A4.b.PA.1 is the NCSC index of 2 statements in the file: A4.b.2 (line 22) and A4.b.3 (line 25). All are kept, under the file's own ids."],
    ['webcaf-missing-ncsc-index.yaml', ['A4.b.1', 'A4.b.2', 'A4.b.3', 'A4.b.4', 'A4.b.5'], 'A4.b.3 (line 26) has no ncsc-index; it is kept as A4.b.3, without one.'],
    [
      'webcaf-repeated-local-id.yaml',
      ['A4.b.1', 'A4.b.2-PA', 'A4.b.2-A', 'A4.b.3'],
      'A4.b: the file lists A4.b.2 under partially achieved (line 22) and achieved (line 26); both statements are kept, as A4.b.2-PA and A4.b.2-A.',
    ],
  ])('%s is imported with every statement kept and a notice that names the lines', async (name, refs, notice) => {
    const summary = await importFile(fixture(name), name);
    expect(summary.indicators).toMatchObject({ catalogue: 'caf@4.0', added: refs.length });
    expect(summary.notices).toContain(notice);
    const caf = await getCatalogue(t.app.db, 'caf', '4.0');
    const stored = caf.nodes.filter((n) => n.parentRef === 'A4.b');
    expect(stored.map((n) => n.ref)).toEqual(refs);
    // Only indexes the file gives are stored: none is counted up from a position.
    expect(stored.every((n) => n.attributes.ncscIndex === undefined || /^A4\.b\.(NA|PA|A)\.\d+$/.test(String(n.attributes.ncscIndex)))).toBe(true);
    expect(stored.map((n) => n.ref).some((ref) => /\.(NA|PA|A)\.\d+$/.test(ref))).toBe(false);
  });

  it.each([
    ['webcaf-unknown-outcome.yaml', { catalogue: 'caf@3.2' }, /caf@3.2 has no outcome A9.z; is this file for a different CAF version\? \(line 20\)/],
    ['webcaf-partial-on-two-level.yaml', { catalogue: 'caf@3.2' }, /A1.a has no Partially achieved level in caf@3.2/],
    ['webcaf-v3.2-sample.yaml', {}, /fit more than one CAF version \(caf@3.2, caf@4.0\); name one with --catalogue/],
    ['webcaf-v3.2-sample.yaml', { catalogue: 'caf@9.9' }, /Bulwark holds no catalogue caf@9.9/],
  ])('%s (%o) is refused with a clear error and nothing changes', async (name, options, pattern) => {
    const error = await expectRefusedAndUnchanged(fixture(name), name, options);
    expect((error as ValidationFailed).errors.map((e) => e.message).join('\n')).toMatch(pattern);
  });
});

// --- The CIS Controls spreadsheet ----------------------------------------------------------------------

/**
 * A workbook in the layout of the official CIS Controls sheet, for every control and safeguard of the
 * stored cis-controls@8.1, with placeholder text (the real CIS text may not be in the repository).
 */
async function cisWorkbook(change: (rows: unknown[][]) => void = () => {}): Promise<Buffer> {
  const cis = await exportCatalogue(t.app.db, 'cis-controls', '8.1');
  const rows: unknown[][] = [['CIS Control', 'CIS Safeguard', 'Asset Type', 'Security Function', 'Title', 'Description', 'IG1', 'IG2', 'IG3']];
  for (const node of cis.nodes) {
    if (node.type === 'control') rows.push([Number(node.ref), null, null, null, `Control ${node.ref} title (test)`, `Control ${node.ref} description (test)`]);
    else {
      const groups = node.implementationGroups ?? [];
      rows.push([
        Number(node.parentRef),
        node.ref, // as text, as the official sheet stores it
        node.attributes?.assetType,
        node.attributes?.securityFunction,
        `Safeguard ${node.ref} title (test)`,
        `Safeguard ${node.ref} description (test)`,
        groups.includes('ig1') ? 'x' : null,
        groups.includes('ig2') ? 'x' : null,
        groups.includes('ig3') ? 'x' : null,
      ]);
    }
  }
  change(rows);
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('License for Use').addRow(['Placeholder licence sheet (test)']);
  const sheet = workbook.addWorksheet('Controls V8.1');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the CIS Controls spreadsheet', () => {
  it('a workbook whose IG flags disagree with CIS Controls 8.1 is refused, naming row, column and value, and nothing changes', async () => {
    const bytes = await cisWorkbook((rows) => {
      const row = rows.findIndex((r) => r[1] === '1.3'); // 1.3 is IG2 and IG3
      rows[row]![6] = 'x';
    });
    const error = (await expectRefusedAndUnchanged(bytes, 'cis-v8.xlsx')) as ValidationFailed;
    expect(error.errors).toEqual([expect.objectContaining({ field: 'row 5, column G (IG1)', row: 5, column: 'G (IG1)', value: 'x' })]);
    expect(error.errors[0]!.message).toMatch(/puts safeguard 1.3 in IG1, but in CIS Controls 8.1 \(cis-controls@8.1\) it is not in IG1/);
  });

  it('a zip bomb named .xlsx is refused before the spreadsheet reader sees it, and nothing changes', async () => {
    const content = Buffer.alloc(100 * 1024 * 1024, 0x20);
    const data = zlib.deflateRawSync(content, { level: 9 });
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(zlib.crc32(content) >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(zlib.crc32(content) >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46 + name.length, 12);
    end.writeUInt32LE(30 + name.length + data.length, 16);
    const bomb = Buffer.concat([local, name, data, central, name, end]);
    const error = (await expectRefusedAndUnchanged(bomb, 'cis.xlsx')) as ValidationFailed;
    expect(error.errors[0]!.message).toMatch(/unpacks to 100\.0 MiB/);
  });

  it('gives every control and safeguard of cis-controls@8.1 this installation’s copy of the text, in one audited change', async () => {
    const summary = await importFile(await cisWorkbook(), 'CIS_Controls_v8.1.xlsx');
    expect(summary).toMatchObject({ format: 'cis-sheet', officialText: { catalogue: 'cis-controls@8.1', controls: 18, safeguards: 153 }, notices: [] });
    const cis = await getCatalogue(t.app.db, 'cis-controls', '8.1');
    expect(cis.nodes.find((n) => n.ref === '3.10')!.officialText).toEqual({ title: 'Safeguard 3.10 title (test)', description: 'Safeguard 3.10 description (test)' });
    expect(cis.nodes.find((n) => n.ref === '18')!.officialText).toMatchObject({ title: 'Control 18 title (test)' });
    expect(cis.nodes.filter((n) => n.officialText)).toHaveLength(171);
    // Our own short titles are untouched: the CIS text sits beside them.
    expect(cis.nodes.find((n) => n.ref === '3.10')!.title).toBe('Safeguard 3.10');
    const audit = await auditOf('catalogue.official-text.import');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ format: 'cis-sheet', catalogue: 'cis-controls@8.1', safeguards: 153, sheet: 'Controls V8.1' });
  });

  it('reads the same sheet saved as CSV', async () => {
    const csv = [
      'CIS Control,CIS Safeguard,Asset Type,Security Function,Title,Description,IG1,IG2,IG3',
      '4,,,,"Control 4 title, from CSV (test)",,,,',
      '4,4.1,Documentation,Govern,Safeguard 4.1 title from CSV (test),"A ""quoted"" description (test)",x,x,x',
    ].join('\r\n');
    const summary = await importFile(Buffer.from(csv), 'cis.csv');
    expect(summary.officialText).toMatchObject({ controls: 1, safeguards: 1 });
    expect(summary.notices[0]).toMatch(/^The sheet has no row for 152 safeguards of CIS Controls 8.1/);
    const cis = await getCatalogue(t.app.db, 'cis-controls', '8.1');
    expect(cis.nodes.find((n) => n.ref === '4.1')!.officialText).toEqual({ title: 'Safeguard 4.1 title from CSV (test)', description: 'A "quoted" description (test)' });
  });
});

describe('Bulwark’s own format through the same importer', () => {
  it('a catalogue written as YAML is imported, with one audit record', async () => {
    const yaml = [
      'format: bulwark.catalogue/1',
      'id: clinic-checks',
      'version: "1"',
      'name: Clinic checks (test)',
      'kind: standards',
      'provenance: {publisher: Test, version: "1", date: "2026", licence: Test, url: "https://example.org"}',
      'levels: [{id: "no", label: "No"}, {id: "yes", label: "Yes"}]',
      'defaultLevels: ["no", "yes"]',
      'nodes:',
      '  - {ref: C1, parentRef: null, type: standard, title: First check, assessable: true}',
      '',
    ].join('\n');
    const summary = await importFile(Buffer.from(yaml), 'clinic-checks.yaml');
    expect(summary).toMatchObject({ format: 'bulwark', document: { kind: 'catalogue', ref: 'clinic-checks@1', created: true, nodes: 1 } });
  });

  it('a JSON document with a __proto__ key is refused and nothing changes', async () => {
    const error = (await expectRefusedAndUnchanged(Buffer.from('{"format":"bulwark.catalogue/1","__proto__":{"isAdmin":true}}'), 'x.json')) as ValidationFailed;
    expect(error.errors[0]!.message).toMatch(/"__proto__" is not allowed/);
  });
});
