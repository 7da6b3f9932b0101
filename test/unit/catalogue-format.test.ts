// The catalogue format refuses bad files with problems that name the file, the JSON path and what is wrong.
import { describe, expect, it } from 'vitest';
import { parseDocumentText } from '../../src/modules/catalogues/domain/catalogue-file.js';
import { catalogueProblems, validateCatalogue } from '../../src/modules/catalogues/domain/catalogue-format.js';
import { placeNodes, reverseRelation } from '../../src/modules/catalogues/domain/catalogue-tree.js';
import { ValidationFailed } from '../../src/platform/errors.js';

function aCatalogue(overrides: Record<string, unknown> = {}) {
  return {
    format: 'bulwark.catalogue/1',
    id: 'local-checks',
    version: '1',
    name: 'Local checks',
    kind: 'framework',
    provenance: { publisher: 'Northshire ICS', version: '1', date: '2026-01', licence: 'MIT' },
    levels: [
      { id: 'no', label: 'No' },
      { id: 'yes', label: 'Yes' },
    ],
    defaultLevels: ['no', 'yes'],
    nodes: [
      { ref: 'A', parentRef: null, type: 'objective', title: 'Objective A', assessable: false },
      { ref: 'A.1', parentRef: 'A', type: 'outcome', title: 'First', assessable: true },
    ],
    ...overrides,
  };
}

const problemsOf = (doc: unknown) => catalogueProblems(doc, 'local.json').problems.map((p) => `${p.path}: ${p.message}`);

describe('checking a catalogue file', () => {
  it('a well-formed catalogue passes', () => {
    expect(problemsOf(aCatalogue())).toEqual([]);
  });

  it.each([
    ['a ref used twice', { nodes: [...aCatalogue().nodes, { ref: 'A.1', parentRef: 'A', type: 'outcome', title: 'Again', assessable: true }] }, '$.nodes[2].ref: "A.1" is already the ref of nodes[1]'],
    ['a parent that does not exist', { nodes: [{ ref: 'A.1', parentRef: 'Z', type: 'outcome', title: 'Lost', assessable: true }] }, '$.nodes[0].parentRef: no node has the ref "Z"'],
    [
      'parents that form a loop',
      {
        nodes: [
          { ref: 'A', parentRef: 'B', type: 'objective', title: 'A', assessable: false },
          { ref: 'B', parentRef: 'A', type: 'objective', title: 'B', assessable: false },
        ],
      },
      '$.nodes[0].parentRef: "A" is its own ancestor',
    ],
    ['a level the catalogue does not define', { nodes: [{ ref: 'A', parentRef: null, type: 'outcome', title: 'A', assessable: true, levels: ['maybe'] }] }, `$.nodes[0].levels[0]: level "maybe" is not one of the catalogue's levels`],
    ['a profile naming a missing node', { profiles: [{ id: 'target', name: 'Target', expected: { 'B.9': 'yes' } }] }, '$.profiles[0].expected["B.9"]: no node has the ref "B.9"'],
    ['a profile expecting a level the node does not allow', { profiles: [{ id: 'target', name: 'Target', expected: { 'A.1': 'perhaps' } }] }, '$.profiles[0].expected["A.1"]: "A.1" allows no, yes (or not-applicable), not "perhaps"'],
    ['a profile on a node that is not assessable', { profiles: [{ id: 'target', name: 'Target', expected: { A: 'yes' } }] }, '$.profiles[0].expected.A: "A" is not assessable'],
    ['an unknown field', { colour: 'blue' }, '$: Unrecognized key: "colour"'],
    ['a provenance URL that is not http(s)', { provenance: { publisher: 'P', version: '1', date: '2026', licence: 'MIT', url: 'javascript:alert(1)' } }, '$.provenance.url: must be an http(s) URL'],
  ])('%s is reported with its path', (_, overrides, expected) => {
    expect(problemsOf(aCatalogue(overrides)).join('\n')).toContain(expected);
  });

  it('a profile may expect not-applicable', () => {
    expect(problemsOf(aCatalogue({ profiles: [{ id: 't', name: 'T', expected: { 'A.1': 'not-applicable' } }] }))).toEqual([]);
  });

  it('validateCatalogue throws ValidationFailed whose problems name the file and the path', () => {
    const error = (() => {
      try {
        validateCatalogue(aCatalogue({ version: '' }), 'content/catalogues/local.json');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).message).toBe('content/catalogues/local.json is not a valid catalogue: 1 problem.');
    expect((error as ValidationFailed).errors[0]!.field).toBe('content/catalogues/local.json:$.version');
  });
});

describe('reading a file', () => {
  it('reads YAML as well as JSON', () => {
    const parsed = parseDocumentText('format: bulwark.catalogue/1\nid: local-checks\n', 'local.yaml');
    expect(parsed).toEqual({ ok: true, value: { format: 'bulwark.catalogue/1', id: 'local-checks' } });
  });
  it('refuses keys that would reach an object prototype', () => {
    const parsed = parseDocumentText('{"nodes":[{"attributes":{"__proto__":{"admin":true}}}]}', 'evil.json');
    expect(parsed).toMatchObject({ ok: false, problems: [{ file: 'evil.json', path: '$.nodes[0].attributes.__proto__' }] });
  });
  it('refuses a YAML file that expands aliases without limit', () => {
    const name = (i: number) => String.fromCharCode(97 + i);
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `${name(i + 1)}: &${name(i + 1)} [${Array(10).fill(`*${name(i)}`).join(', ')}]`)];
    expect(parseDocumentText(lines.join('\n'), 'bomb.yaml')).toMatchObject({ ok: false, problems: [{ file: 'bomb.yaml', message: expect.stringMatching(/alias/) }] });
  });
  it.each([
    ['deep.json', 800],
    ['deep.json', 100_000],
    ['deep.yaml', 800],
    ['deep.yaml', 100_000],
  ])('refuses %s nested %i deep before parsing it, saying where', (name, depth) => {
    const parsed = parseDocumentText(`${'['.repeat(depth)}${']'.repeat(depth)}`, name);
    expect(parsed).toEqual({ ok: false, problems: [{ file: name, path: '$', message: 'values are nested more than 32 levels deep (line 1, column 33); no catalogue needs that' }] });
  });
  it('says where JSON is broken', () => {
    const parsed = parseDocumentText('{"id": ', 'broken.json');
    expect(parsed).toMatchObject({ ok: false, problems: [{ file: 'broken.json', path: '$', message: expect.stringMatching(/not valid JSON/) }] });
  });
});

describe('the tree', () => {
  it('is read depth-first, siblings by their order and then by their place in the file', () => {
    const placed = placeNodes([
      { ref: 'B', parentRef: null, type: 'objective', title: 'B', assessable: false, order: 2 },
      { ref: 'A', parentRef: null, type: 'objective', title: 'A', assessable: false, order: 1 },
      { ref: 'A.2', parentRef: 'A', type: 'outcome', title: 'A.2', assessable: true },
      { ref: 'B.1', parentRef: 'B', type: 'outcome', title: 'B.1', assessable: true },
      { ref: 'A.1', parentRef: 'A', type: 'outcome', title: 'A.1', assessable: true, order: 0 },
    ]);
    expect(placed.map((p) => `${p.depth}:${p.node.ref}`)).toEqual(['0:A', '1:A.1', '1:A.2', '0:B', '1:B.1']);
  });
  it('a subset read the other way is a superset', () => {
    expect([reverseRelation('subset'), reverseRelation('superset'), reverseRelation('equal'), reverseRelation('intersects')]).toEqual(['superset', 'subset', 'equal', 'intersects']);
  });
});
