// `bulwark catalogue import` run as a person runs it, against a real database on the engine under
// test: foreign formats found from the file, results printed, and hostile files changing nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/database.js';
import { runBulwark } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/catalogue-import');
const fixture = (name: string) => path.join(FIXTURES, name);

let database: TestDatabase;
let env: Record<string, string>;
let scratch: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const target = database.target;
  env = target.engine === 'sqlite' ? { BULWARK_DATA_DIR: path.dirname(target.file) } : { DATABASE_URL: target.url };
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-import-cli-'));
  expect((await runBulwark(['migrate'], env)).code).toBe(0);
});
afterAll(async () => {
  fs.rmSync(scratch, { recursive: true, force: true });
  await database.drop();
});

/** Row counts of everything an import could change. */
async function counts() {
  const handle = openDatabase(database.target);
  try {
    const count = async (table: 'catalogues' | 'catalogue_nodes' | 'catalogue_mapping_sets' | 'catalogue_mapping_links' | 'audit_events') =>
      Number((await handle.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const withText = await handle.db.selectFrom('catalogue_nodes').select((eb) => eb.fn.countAll<number>().as('n')).where('local_text_json', 'is not', null).executeTakeFirstOrThrow();
    return {
      catalogues: await count('catalogues'),
      nodes: await count('catalogue_nodes'),
      nodesWithOfficialText: Number(withText.n),
      crosswalks: await count('catalogue_mapping_sets'),
      links: await count('catalogue_mapping_links'),
      audit: await count('audit_events'),
    };
  } finally {
    await handle.close();
  }
}

describe('bulwark catalogue import', () => {
  it('imports a CISO Assistant library and its mapping set, found from the file, and says what it stored', async () => {
    const before = await counts();
    const r = await runBulwark(['catalogue', 'import', fixture('ciso-clinic-framework.yaml'), '--map', 'urn:intuitem:risk:framework:ncsc-caf-3.2=caf@3.2', '--json'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: true,
      format: 'ciso-assistant',
      catalogues: [{ ref: 'clinic-security@1.0', created: true, nodes: 5 }],
      crosswalks: [{ ref: 'clinic-security-1-0-to-ncsc-caf-3-2', links: 3 }],
    });
    expect(await counts()).toEqual({ ...before, catalogues: before.catalogues + 1, nodes: before.nodes + 5, nodesWithOfficialText: before.nodesWithOfficialText + 5, crosswalks: before.crosswalks + 1, links: before.links + 3, audit: before.audit + 1 });
  });

  it('adds WebCAF indicators to the CAF version named with --catalogue, in words a person reads', async () => {
    const before = await counts();
    const r = await runBulwark(['catalogue', 'import', fixture('webcaf-v3.2-sample.yaml'), '--catalogue', 'caf@3.2'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Added 7 indicators \(3 not achieved, 2 partially achieved, 2 achieved\) under 2 outcomes of caf@3\.2\.\nNote: A1\.a: the file has 2 not achieved indicators; caf@3\.2 records 4\./,
    );
    expect(await counts()).toMatchObject({ nodes: before.nodes + 7, nodesWithOfficialText: before.nodesWithOfficialText + 7, audit: before.audit + 1 });
  });

  it('says which statements share an NCSC index, with their lines, and keeps them all', async () => {
    const r = await runBulwark(['catalogue', 'import', fixture('webcaf-duplicate-ncsc-index.yaml'), '--json'], env);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { indicators: { catalogue: string; added: number }; notices: string[] };
    expect(out.indicators).toMatchObject({ catalogue: 'caf@4.0', added: 4 });
    expect(out.notices).toContain("A4.b.PA.1 is the NCSC index of 2 statements in the file: A4.b.2 (line 22) and A4.b.3 (line 25). All are kept, under the file's own ids.");
    const text = await runBulwark(['catalogue', 'import', fixture('webcaf-missing-ncsc-index.yaml')], env);
    expect(text.stdout).toMatch(/^Note: A4\.b\.3 \(line 26\) has no ncsc-index; it is kept as A4\.b\.3, without one\.$/m);
  });

  it('show names a requirement that has no name by its statement, and prints imported statements under their indicators', async () => {
    expect((await runBulwark(['catalogue', 'import', fixture('ciso-unnamed-requirements.yaml')], env)).code).toBe(0);
    const ward = await runBulwark(['catalogue', 'show', 'ward-checklist@1.0'], env);
    expect(ward.stdout).toContain('  node2  Shared ward workstations lock after five idle minutes and unlock with a smartcard tap');
    expect(ward.stdout).toMatch(/ {2}node3 {2}Printers on the ward hold print jobs .{40,}…/);
    expect(ward.stdout).not.toMatch(/node3 {2}node3/);

    const caf = await runBulwark(['catalogue', 'show', 'caf@4.0'], env);
    expect(caf.stdout).toContain('    A4.b  Secure Software Development and Support');
    expect(caf.stdout).toMatch(/^ {6}A4\.b\.3 {2}Partially achieved indicator\n {10}Test statement for A4\.b that the file gives no index\.$/m);
    const dspt = await runBulwark(['catalogue', 'show', 'dspt@2025-26'], env);
    expect(dspt.stdout.split('\n')[0]).toBe('Data Security and Protection Toolkit 2025-26 (CAF-aligned) (dspt@2025-26)');
  });

  it.each([
    ['hostile-billion-laughs.yaml', [], /laughs.*cannot be read safely[\s\S]*alias bomb/],
    ['hostile-duplicate-keys.yaml', [], /not valid YAML[\s\S]*The key "assessable" appears twice in the same mapping.*\(line 12, column 7\)/],
    ['hostile-proto-key.yaml', [], /objects\.framework\.requirement_nodes\[0\]\.__proto__: The key "__proto__" is not allowed/],
    ['ciso-missing-parent.yaml', [], /requirement_nodes\[1\]\.parent_urn: no requirement node in this framework has the urn .* \(line 18\)/],
    ['webcaf-unknown-outcome.yaml', ['--catalogue', 'caf@3.2'], /caf@3\.2 has no outcome A9\.z/],
  ])('refuses %s, naming the problem and its place, exits non-zero and changes nothing', async (name, extra, pattern) => {
    const before = await counts();
    const r = await runBulwark(['catalogue', 'import', fixture(name), ...extra], env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(pattern);
    expect(await counts()).toEqual(before);
  });

  it('with --json a refused file gives its problems as data, with line numbers', async () => {
    const before = await counts();
    const r = await runBulwark(['catalogue', 'import', fixture('ciso-wrong-types.yaml'), '--json'], env);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ ok: false, message: 'ciso-wrong-types.yaml is not a CISO Assistant library' });
    expect(out.problems[0]).toMatchObject({ field: 'objects.framework.requirement_nodes[0].assessable', row: 13 });
    expect(await counts()).toEqual(before);
  });

  it('refuses a file larger than any importer reads without reading it', async () => {
    const big = path.join(scratch, 'big.yaml');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 11 * 1024 * 1024);
    const r = await runBulwark(['catalogue', 'import', big], env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/big\.yaml is too large to import\n {2}\(file\): The file is 11\.0 MiB; the most Bulwark accepts is 10 MiB\./);
  });

  it('refuses an unknown --format before touching the database', async () => {
    const r = await runBulwark(['catalogue', 'import', fixture('webcaf-v3.2-sample.yaml'), '--format', 'excel'], env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--format must be one of ciso-assistant, webcaf, cis-sheet, bulwark, not "excel"/);
  });
});
