// bulwark catalogue, run as a person runs it, against a real database on the engine under test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBulwark } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_SECRET_KEY } from '../support/app.js';

let database: TestDatabase;
let env: Record<string, string>;
let work: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const target = database.target;
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-catalogue-cli-'));
  env = {
    BULWARK_SECRET_KEY: TEST_SECRET_KEY,
    ...(target.engine === 'sqlite' ? { BULWARK_DATA_DIR: path.dirname(target.file) } : { DATABASE_URL: target.url }),
  };
});
afterAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  await database.drop();
});

const bulwark = (args: string[]) => runBulwark(args, env);
const contentFile = (name: string) => path.resolve(import.meta.dirname, '../../content/catalogues', name);

describe('bulwark catalogue', () => {
  it('list --json lists every shipped catalogue with its node counts', async () => {
    const r = await bulwark(['catalogue', 'list', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Array<{ ref: string; nodeCounts: Record<string, number>; nodeCount: number; assessableCount: number; source: string }>;
    expect(Object.fromEntries(list.map((c) => [c.ref, c.nodeCounts]))).toEqual({
      'caf@3.2': { objective: 4, principle: 14, outcome: 39 },
      'caf@4.0': { objective: 4, principle: 14, outcome: 41 },
      'caldicott@2020': { principle: 8 },
      'cis-controls@8.1': { control: 18, safeguard: 153 },
      'dspt@2024-25': { objective: 5, principle: 18, outcome: 47 },
      'dspt@2025-26': { objective: 5, principle: 18, outcome: 47 },
      'ndg-standards@2016': { standard: 10 },
      'tcop@2019': { point: 1, item: 14 },
      'uk-gdpr-art5@2021': { article: 1, principle: 7 },
      'wgll@2021': { measure: 7, expectation: 9 },
    });
    expect(list.every((c) => c.source === 'shipped')).toBe(true);
    expect(list.find((c) => c.ref === 'cis-controls@8.1')).toMatchObject({ nodeCount: 171, assessableCount: 153 });
  });

  it('show prints the tree with levels and implementation groups; without a version it shows the latest', async () => {
    const text = await bulwark(['catalogue', 'show', 'cis-controls@8.1']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('  1.5  Safeguard 1.5  [Not implemented / Partly implemented / Implemented; IG3; Devices; Detect]');
    const latest = JSON.parse((await bulwark(['catalogue', 'show', 'caf', '--json'])).stdout);
    expect(latest).toMatchObject({ ref: 'caf@4.0', nodeCount: 59 });
    expect(latest.nodes).toHaveLength(59);
  });

  it('show names the versions there are when asked for one that is not', async () => {
    const r = await bulwark(['catalogue', 'show', 'dspt@2023-24']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/There is no version 2023-24 of dspt; there is 2024-25, 2025-26\./);
  });

  it('export writes a catalogue back in the format it shipped in', async () => {
    const r = await bulwark(['catalogue', 'export', 'dspt@2025-26']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(fs.readFileSync(contentFile('dspt-2025-26.json'), 'utf8')));
  });

  it('validate passes a good file and, for a bad one, names the file, the path and the problem', async () => {
    const good = await bulwark(['catalogue', 'validate', contentFile('caf-4.0.json'), '--json']);
    expect(JSON.parse(good.stdout)).toMatchObject({ ok: true, kind: 'catalogue', ref: 'caf@4.0', nodes: 59 });

    const doc = JSON.parse(fs.readFileSync(contentFile('ndg-standards-2016.json'), 'utf8'));
    doc.nodes[3].parentRef = '99';
    doc.defaultLevels = ['met', 'exceeded'];
    const file = path.join(work, 'ndg-broken.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const bad = await bulwark(['catalogue', 'validate', file]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('ndg-broken.json is not a valid catalogue: 2 problems.');
    expect(bad.stderr).toContain(`ndg-broken.json:$.defaultLevels[1]: level "exceeded" is not one of the catalogue's levels`);
    expect(bad.stderr).toContain('ndg-broken.json:$.nodes[3].parentRef: no node has the ref "99"');
  });

  it('import takes a catalogue in YAML, refuses it a second time without --replace, and remove takes it away', async () => {
    const file = path.join(work, 'ward-checks.yaml');
    fs.writeFileSync(
      file,
      [
        'format: bulwark.catalogue/1',
        'id: ward-checks',
        'version: "2026"',
        'name: Ward information governance spot checks',
        'kind: standards',
        'provenance: { publisher: Northshire Hospitals, version: "2026", date: "2026-02", licence: Internal }',
        'levels: [{ id: no, label: "No" }, { id: yes, label: "Yes" }]',
        'defaultLevels: [no, yes]',
        'nodes:',
        '  - { ref: W1, parentRef: null, type: standard, title: Screens locked when unattended, assessable: true }',
        '  - { ref: W2, parentRef: null, type: standard, title: Confidential waste bins locked, assessable: true }',
      ].join('\n'),
    );
    const first = await bulwark(['catalogue', 'import', file, '--json']);
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout)).toMatchObject({ ok: true, document: { kind: 'catalogue', ref: 'ward-checks@2026', created: true, nodes: 2 } });
    const again = await bulwark(['catalogue', 'import', file]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already been imported/);
    expect((await bulwark(['catalogue', 'import', file, '--replace'])).stdout).toMatch(/Replaced catalogue ward-checks@2026: 2 nodes\./);
    const listed = JSON.parse((await bulwark(['catalogue', 'list', '--json'])).stdout).find((c: { ref: string }) => c.ref === 'ward-checks@2026');
    expect(listed).toMatchObject({ source: 'imported', nodeCounts: { standard: 2 } });
    const removed = await bulwark(['catalogue', 'remove', 'ward-checks@2026', '--json']);
    expect(JSON.parse(removed.stdout)).toEqual({ ref: 'ward-checks@2026', crosswalksRemoved: 0 });
  });

  it('import sets the year’s DSPT profile from a profile file', async () => {
    const file = path.join(work, 'dspt-profile.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ format: 'bulwark.profile/1', catalogue: { catalogue: 'dspt', version: '2024-25' }, id: 'nhs-england', name: 'NHS England profile 2024-25', expected: { 'B2.a': 'achieved', 'C2.a': 'not-applicable' } }),
    );
    const r = await bulwark(['catalogue', 'import', file]);
    expect(r.stdout).toContain('Set profile dspt@2024-25/nhs-england: 2 expected levels.');
    const dspt = JSON.parse((await bulwark(['catalogue', 'show', 'dspt@2024-25', '--json'])).stdout);
    expect(dspt.profiles[0]).toMatchObject({ id: 'nhs-england', origin: 'local', expected: { 'B2.a': 'achieved', 'C2.a': 'not-applicable' } });
  });

  it('crosswalk --json gives the links between two catalogues', async () => {
    const r = await bulwark(['catalogue', 'crosswalk', 'caf@3.2', 'ndg-standards@2016', '--json']);
    const body = JSON.parse(r.stdout);
    expect(body.links.find((l: { source: { ref: string } }) => l.source.ref === 'B6.b')).toMatchObject({ target: { ref: '3', title: 'Training' }, relation: 'intersects' });
  });
});
