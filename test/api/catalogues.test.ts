// Framework catalogues through the API: everyone signed in reads them; only system administrators import or remove.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOfficialText, getCatalogue, loadShippedContent, saveProfile } from '../../src/modules/catalogues/service.js';
import { inTransaction } from '../../src/platform/db/transaction.js';
import { type Client, createTestApp, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let staff: Client;
let sysadmin: Client;
let orgAdmin: Client;

beforeAll(async () => {
  t = await createTestApp();
  [staff, sysadmin, orgAdmin] = await Promise.all([
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'admin@northshire-ics.example'),
    signIn(t.server, 'orgadmin@northshire-acute.example'),
  ]);
});
afterAll(() => t.close());

function localCatalogue(overrides: Record<string, unknown> = {}) {
  return {
    format: 'bulwark.catalogue/1',
    id: 'northshire-checks',
    version: '1',
    name: 'Northshire supplier checks',
    kind: 'standards',
    provenance: { publisher: 'Northshire ICS', version: '1', date: '2026-03', licence: 'For use within Northshire ICS' },
    levels: [
      { id: 'no', label: 'No' },
      { id: 'yes', label: 'Yes' },
    ],
    defaultLevels: ['no', 'yes'],
    nodes: [
      { ref: 'S1', parentRef: null, type: 'standard', title: 'Supplier has a current DSPT publication', assessable: true },
      { ref: 'S2', parentRef: null, type: 'standard', title: 'Supplier contract names a data protection contact', assessable: true },
    ],
    ...overrides,
  };
}

describe('reading catalogues', () => {
  it('anyone signed in sees every shipped catalogue with its node counts and levels', async () => {
    const res = await staff.get('/api/v1/catalogues');
    expect(res.statusCode).toBe(200);
    const list = res.json().catalogues as Array<{ ref: string; nodeCounts: Record<string, number>; assessableCount: number; source: string; levels: Array<{ label: string }> }>;
    expect(list.map((c) => c.ref)).toEqual([
      'caf@3.2',
      'caf@4.0',
      'caldicott@2020',
      'cis-controls@8.1',
      'dspt@2024-25',
      'dspt@2025-26',
      'ndg-standards@2016',
      'tcop@2019',
      'uk-gdpr-art5@2021',
      'wgll@2021',
    ]);
    const caf = list.find((c) => c.ref === 'caf@3.2')!;
    expect(caf).toMatchObject({ nodeCounts: { objective: 4, principle: 14, outcome: 39 }, assessableCount: 39, source: 'shipped' });
    expect(caf.levels.map((l) => l.label)).toEqual(['Not achieved', 'Partially achieved', 'Achieved']);
    expect(list.find((c) => c.ref === 'dspt@2025-26')!.nodeCounts.outcome).toBe(47);
  });

  it('nobody signed out does', async () => {
    expect((await t.server.inject({ method: 'GET', url: '/api/v1/catalogues' })).statusCode).toBe(401);
  });

  it('one catalogue comes as a tree in reading order, with the levels each outcome allows', async () => {
    const res = await staff.get('/api/v1/catalogues/caf/3.2');
    expect(res.statusCode).toBe(200);
    const caf = res.json();
    expect(caf.nodes.slice(0, 4).map((n: { depth: number; ref: string }) => `${n.depth} ${n.ref}`)).toEqual(['0 A', '1 A1', '2 A1.a', '2 A1.b']);
    const a1a = caf.nodes.find((n: { ref: string }) => n.ref === 'A1.a');
    expect(a1a).toMatchObject({ title: 'Board Direction', assessable: true, levels: ['not-achieved', 'achieved'], urn: 'urn:bulwark:caf:3.2:A1.a' });
    expect(caf.nodes.find((n: { ref: string }) => n.ref === 'B2.a').levels).toEqual(['not-achieved', 'partially-achieved', 'achieved']);
    expect(caf.profiles.map((p: { id: string; expectedCount: number }) => `${p.id} ${p.expectedCount}`)).toEqual(['central-government-baseline 39', 'central-government-enhanced 39']);
  });

  it('CIS safeguards carry their implementation groups, asset type and security function', async () => {
    const cis = (await staff.get('/api/v1/catalogues/cis-controls/8.1')).json();
    expect(cis.implementationGroups.map((g: { label: string }) => g.label)).toEqual(['IG1', 'IG2', 'IG3']);
    expect(cis.nodes.find((n: { ref: string }) => n.ref === '13.1')).toMatchObject({ implementationGroups: ['ig2', 'ig3'], attributes: { assetType: 'Network', securityFunction: 'Detect' } });
  });

  it('an unknown version is 404 and names the versions there are', async () => {
    const res = await staff.get('/api/v1/catalogues/caf/9.9');
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('There is no version 9.9 of caf; there is 3.2, 4.0.');
  });
});

describe('searching', () => {
  it('by identifier finds that node in every catalogue that has it, exact matches first', async () => {
    const res = await staff.get('/api/v1/catalogues/search?q=b2.a');
    expect(res.statusCode).toBe(200);
    const refs = res.json().results.map((r: { catalogue: { ref: string }; ref: string }) => `${r.catalogue.ref} ${r.ref}`);
    expect(refs).toEqual(['caf@4.0 B2.a', 'caf@3.2 B2.a', 'dspt@2025-26 B2.a', 'dspt@2024-25 B2.a']);
  });

  it('by identifier within one catalogue: the exact match, then identifiers that start with it, then titles that contain it', async () => {
    const res = await staff.get('/api/v1/catalogues/search?q=4.1&catalogue=cis-controls@8.1');
    expect(res.json().results.map((r: { ref: string }) => r.ref)).toEqual(['4.1', '4.10', '4.11', '4.12', '14.1']);
  });

  it('by words in titles and descriptions, ignoring case', async () => {
    const res = await staff.get('/api/v1/catalogues/search?q=BACKUPS&catalogue=caf@3.2');
    expect(res.json().results.map((r: { ref: string }) => r.ref)).toEqual(['B3.c', 'B5.c']);
  });

  it('takes the text literally: % and _ are not wildcards', async () => {
    for (const q of ['%', '_']) {
      expect((await staff.get(`/api/v1/catalogues/search?q=${encodeURIComponent(q)}`)).json().results).toEqual([]);
    }
  });

  it('an empty search is refused with a message', async () => {
    const res = await staff.get('/api/v1/catalogues/search?q=%20');
    expect(res.statusCode).toBe(422);
  });
});

describe('crosswalks', () => {
  it('lists every crosswalk with its link count', async () => {
    const list = (await staff.get('/api/v1/crosswalks')).json().crosswalks;
    expect(list).toHaveLength(12);
    expect(list.find((c: { key: string }) => c.key === 'caf-3.2-to-caf-4.0')).toMatchObject({ source: { ref: 'caf@3.2' }, target: { ref: 'caf@4.0' }, links: 39, origin: 'shipped' });
  });

  it('links CAF v3.2 to v4.0 with relations, following the renumbering', async () => {
    const res = await staff.get('/api/v1/crosswalks/links?source=caf@3.2&target=caf@4.0');
    expect(res.statusCode).toBe(200);
    const link = res.json().links.find((l: { source: { ref: string } }) => l.source.ref === 'A2.b');
    expect(link).toMatchObject({ source: { ref: 'A2.b', title: 'Assurance' }, target: { ref: 'A2.c', title: 'Assurance' }, relation: 'equal' });
  });

  it('reads a crosswalk backwards when asked the other way round, swapping subset and superset', async () => {
    const body = (await staff.get('/api/v1/crosswalks/links?source=caf@4.0&target=caf@3.2')).json();
    expect(body.crosswalks).toEqual([expect.objectContaining({ key: 'caf-3.2-to-caf-4.0', reversed: true })]);
    const d2a = body.links.find((l: { source: { ref: string } }) => l.source.ref === 'D2.a');
    expect(d2a).toMatchObject({ source: { title: 'Post Incident Analysis' }, target: { ref: 'D2.a', title: 'Incident Root Cause Analysis' }, relation: 'superset' });
  });

  it('from CIS safeguards to CAF outcomes, in CIS order', async () => {
    const body = (await staff.get('/api/v1/crosswalks/links?source=cis-controls@8.1&target=caf@3.2')).json();
    expect(body.links[0].source.ref).toBe('1.1');
    expect(body.links.filter((l: { source: { ref: string } }) => l.source.ref === '11.2').map((l: { target: { ref: string } }) => l.target.ref)).toEqual(['B5.c']);
  });
});

describe('importing and removing (system administrators)', () => {
  it('an organisation administrator may not import a catalogue', async () => {
    const res = await orgAdmin.post('/api/v1/catalogues', localCatalogue());
    expect(res.statusCode).toBe(403);
  });

  it('a system administrator imports one; it is listed as imported and audited', async () => {
    const res = await sysadmin.post('/api/v1/catalogues', localCatalogue());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ kind: 'catalogue', ref: 'northshire-checks@1', created: true, nodes: 2 });
    const listed = (await staff.get('/api/v1/catalogues')).json().catalogues.find((c: { ref: string }) => c.ref === 'northshire-checks@1');
    expect(listed).toMatchObject({ source: 'imported', nodeCount: 2, assessableCount: 2 });
    const audit = await t.app.db.selectFrom('audit_events').select(['action', 'actor_label']).where('action', '=', 'catalogue.import').execute();
    expect(audit).toEqual([{ action: 'catalogue.import', actor_label: 'admin@northshire-ics.example' }]);
  });

  it('importing the same id and version again is refused unless replace is asked for', async () => {
    expect((await sysadmin.post('/api/v1/catalogues', localCatalogue())).statusCode).toBe(409);
    const replaced = await sysadmin.post('/api/v1/catalogues?replace=true', localCatalogue({ name: 'Northshire supplier checks (2026)' }));
    expect(replaced.statusCode).toBe(201);
    expect(replaced.json().created).toBe(false);
    expect((await staff.get('/api/v1/catalogues/northshire-checks/1')).json().name).toBe('Northshire supplier checks (2026)');
  });

  it('a shipped catalogue cannot be replaced by an import', async () => {
    const res = await sysadmin.post('/api/v1/catalogues?replace=true', localCatalogue({ id: 'caf', version: '3.2' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/ships with Bulwark/);
  });

  it('a bad document is refused naming the path and problem, and changes nothing', async () => {
    const before = (await staff.get('/api/v1/catalogues')).json().catalogues.length;
    const res = await sysadmin.post(
      '/api/v1/catalogues',
      localCatalogue({ id: 'broken-checks', nodes: [{ ref: 'S1', parentRef: 'S0', type: 'standard', title: 'Orphan', assessable: true }] }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ field: 'request body:$.nodes[0].parentRef', message: 'no node has the ref "S0"' }]);
    expect((await staff.get('/api/v1/catalogues')).json().catalogues.length).toBe(before);
  });

  it('a crosswalk is imported once both catalogues exist and every link names real nodes', async () => {
    const crosswalk = {
      format: 'bulwark.crosswalk/1',
      id: 'northshire-checks-to-ndg',
      name: 'Northshire checks to the NDG standards',
      source: { catalogue: 'northshire-checks', version: '1' },
      target: { catalogue: 'ndg-standards', version: '2016' },
      provenance: { publisher: 'Northshire ICS', version: '1', date: '2026-03', licence: 'For use within Northshire ICS' },
      links: [{ source: 'S1', target: '10', relation: 'related' }],
    };
    const bad = await sysadmin.post('/api/v1/catalogues', { ...crosswalk, links: [{ source: 'S1', target: '11', relation: 'related' }] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([{ field: 'request body:$.links[0].target', message: 'ndg-standards@2016 has no node "11"' }]);
    const good = await sysadmin.post('/api/v1/catalogues', crosswalk);
    expect(good.statusCode).toBe(201);
    const links = (await staff.get('/api/v1/crosswalks/links?source=ndg-standards@2016&target=northshire-checks@1')).json().links;
    expect(links).toEqual([expect.objectContaining({ source: expect.objectContaining({ ref: '10', title: 'Accountable suppliers' }), relation: 'related' })]);
  });

  it('the DSPT profile for a year is set by importing a profile document', async () => {
    const profile = { format: 'bulwark.profile/1', catalogue: { catalogue: 'dspt', version: '2025-26' }, id: 'nhs-england', name: 'NHS England profile 2025-26', expected: { 'A1.a': 'achieved', 'B2.a': 'partially-achieved' } };
    const bad = await sysadmin.post('/api/v1/catalogues', { ...profile, expected: { 'A1.a': 'partially-achieved' } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0]).toEqual({ field: 'request body:$.expected["A1.a"]', message: '"A1.a" allows not-achieved, achieved (or not-applicable), not "partially-achieved"' });
    const res = await sysadmin.post('/api/v1/catalogues', profile);
    expect(res.json()).toEqual({ kind: 'profile', ref: 'dspt@2025-26/nhs-england', created: false, expected: 2 });
    const dspt = (await staff.get('/api/v1/catalogues/dspt/2025-26')).json();
    expect(dspt.profiles).toEqual([expect.objectContaining({ id: 'nhs-england', origin: 'local', expectedCount: 2, expected: { 'A1.a': 'achieved', 'B2.a': 'partially-achieved' } })]);
  });

  it('removing: imported catalogues go with their crosswalks; shipped ones stay', async () => {
    expect((await orgAdmin.delete('/api/v1/catalogues/northshire-checks/1')).statusCode).toBe(403);
    expect((await sysadmin.delete('/api/v1/catalogues/caf/3.2')).statusCode).toBe(409);
    const res = await sysadmin.delete('/api/v1/catalogues/northshire-checks/1');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ref: 'northshire-checks@1', crosswalksRemoved: 1 });
    expect((await staff.get('/api/v1/catalogues/northshire-checks/1')).statusCode).toBe(404);
    expect((await staff.get('/api/v1/crosswalks')).json().crosswalks).toHaveLength(12);
  });
});

describe('reloading shipped content', () => {
  it('keeps a profile an administrator set and official text the installation imported', async () => {
    const { db, engine } = t.app;
    await inTransaction(db, async (tx) => {
      await saveProfile(tx, { format: 'bulwark.profile/1', catalogue: { catalogue: 'dspt', version: '2024-25' }, id: 'nhs-england', name: 'NHS England profile 2024-25', expected: { 'E1.a': 'achieved' } });
      const applied = await applyOfficialText(tx, { catalogue: 'cis-controls', version: '8.1' }, { '1.1': { title: 'Official title of 1.1 (imported)' }, '99.9': { title: 'No such safeguard' } });
      expect(applied).toEqual({ updated: 1, unknownRefs: ['99.9'] });
    });
    // As if the files in content/ had changed since the last start.
    await db.updateTable('catalogues').set({ content_hash: 'stale' }).execute();
    expect(await loadShippedContent(db, engine)).toEqual({ catalogues: 10, crosswalks: 0 });
    expect(await loadShippedContent(db, engine)).toEqual({ catalogues: 0, crosswalks: 0 });
    const dspt = await getCatalogue(db, 'dspt', '2024-25');
    expect(dspt.profiles.find((p) => p.id === 'nhs-england')).toMatchObject({ origin: 'local', expected: { 'E1.a': 'achieved' } });
    const cis = await getCatalogue(db, 'cis-controls', '8.1');
    expect(cis.nodes.find((n) => n.ref === '1.1')?.officialText).toEqual({ title: 'Official title of 1.1 (imported)' });
    // Imported text is searchable.
    const found = (await staff.get('/api/v1/catalogues/search?q=official%20title')).json().results;
    expect(found.map((r: { ref: string }) => r.ref)).toEqual(['1.1']);
  });
});

describe('importing a framework file through the API', () => {
  const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/catalogue-import');
  const upload = (client: Client, file: string, body: Buffer, query = '') =>
    client.request('POST', `/api/v1/catalogues/imports?file=${encodeURIComponent(file)}${query}`, body, { 'content-type': 'application/octet-stream' });
  const nodeCount = async () => Number((await t.app.db.selectFrom('catalogue_nodes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('a system administrator imports a WebCAF file and is told what was stored and what is worth a look', async () => {
    const res = await upload(sysadmin, 'caf-with-shared-index.yaml', fs.readFileSync(path.join(FIXTURES, 'webcaf-duplicate-ncsc-index.yaml')));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      format: 'webcaf',
      file: 'caf-with-shared-index.yaml',
      indicators: { catalogue: 'caf@4.0', outcomes: 1, added: 4, byLevel: { 'not-achieved': 1, 'partially-achieved': 2, achieved: 1 } },
    });
    expect(res.json().notices).toContain("A4.b.PA.1 is the NCSC index of 2 statements in the file: A4.b.2 (line 22) and A4.b.3 (line 25). All are kept, under the file's own ids.");
  });

  it('only system administrators may import, and a refused import changes nothing', async () => {
    const before = await nodeCount();
    for (const client of [staff, orgAdmin]) {
      expect((await upload(client, 'caf.yaml', fs.readFileSync(path.join(FIXTURES, 'webcaf-missing-ncsc-index.yaml')))).statusCode).toBe(403);
    }
    expect(await nodeCount()).toBe(before);
  });

  it.each([
    ['deep.json', 800],
    ['deep.json', 100_000],
    ['deep.yaml', 800],
    ['deep.yaml', 100_000],
  ])('%s nested %i deep is refused with a clear 422, and nothing changes', async (name, depth) => {
    const before = await nodeCount();
    const res = await upload(sysadmin, name, Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      detail: `${name} cannot be read safely`,
      errors: [{ field: '(file)', message: 'Values are nested more than 32 levels deep; no catalogue needs that (line 1, column 33)' }],
    });
    expect(await nodeCount()).toBe(before);
  });

  it('a request without a file, or with a file name that names a folder, is refused', async () => {
    const empty = await sysadmin.request('POST', '/api/v1/catalogues/imports?file=x.yaml', undefined);
    expect(empty.statusCode).toBe(422);
    expect(empty.json().detail).toMatch(/Send the file as the body/);
    const folder = await upload(sysadmin, '../etc/caf.yaml', Buffer.from('a: 1'));
    expect(folder.statusCode).toBe(422);
    expect(JSON.stringify(folder.json().errors)).toMatch(/A file name, without folders/);
  });

  it('two imports of the same file at once leave its statements stored once', async () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'webcaf-repeated-local-id.yaml'));
    const results = await Promise.all([upload(sysadmin, 'a.yaml', bytes), upload(sysadmin, 'b.yaml', bytes)]);
    expect(results.map((r) => r.statusCode)).toEqual([201, 201]);
    const caf = await getCatalogue(t.app.db, 'caf', '4.0');
    expect(caf.nodes.filter((n) => n.parentRef === 'A4.b').map((n) => n.ref)).toEqual(['A4.b.1', 'A4.b.2-PA', 'A4.b.2-A', 'A4.b.3']);
  });
});
