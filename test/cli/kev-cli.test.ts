// `bulwark import kev FILE --json` as a system administrator runs it on the server: no --org (the
// catalogue is held for every organisation; the run is recorded at the top of the tree), the
// catalogue's version in what it prints, an older catalogue refused with a non-zero exit, and
// `bulwark kev list` and `show` reading what was imported.
import { describe, expect, it } from 'vitest';
import { demoDatabaseForCommands, runBulwark } from '../support/cli.js';
import { kevCsv, kevEntry, kevJson, TEN_ENTRIES } from '../fixtures/kev/kev-files.js';

const cli = demoDatabaseForCommands('kev-cli');
const write = (name: string, text: string) => cli.write(name, text);

describe('bulwark import kev', () => {
  it('imports the JSON catalogue without --org and prints the run as JSON', async () => {
    const file = write('known_exploited_vulnerabilities.json', kevJson(TEN_ENTRIES, { version: '2025.03.12', released: '2025-03-12T14:00:00.000Z' }));
    const result = await runBulwark(['import', 'kev', file, '--json'], cli.env);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, kind: 'kev', status: 'applied', rowsRead: 10, imported: 10, rejected: 0 });

    const shown = await runBulwark(['kev', 'show', 'cve-2024-10003', '--json'], cli.env);
    expect(shown.code, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ catalogue: { version: '2025.03.12', versionPublished: true, entryCount: 10 }, entry: { cveId: 'CVE-2024-10003', knownRansomwareUse: true, dueDate: '2025-03-24' } });
    const listed = await runBulwark(['kev', 'list', '--ransomware'], cli.env);
    expect(listed.stdout).toMatch(/^Catalogue version 2025\.03\.12, released 2025-03-12, 10 entries\./);
    expect(listed.stdout.trim().split('\n').slice(1).map((line) => line.split(' ')[0])).toEqual(['CVE-2024-10009', 'CVE-2024-10006', 'CVE-2024-10003']);
  });

  it('refuses an older catalogue with a non-zero exit and a reason, and keeps the one held', async () => {
    const file = write('older.csv', kevCsv([kevEntry(1), kevEntry(2)], { bom: true, crlf: true }));
    const result = await runBulwark(['import', 'kev', file], cli.env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/latest entry was added on 2025-03-02, before the latest in the catalogue held \(version 2025\.03\.12/);
    const shown = await runBulwark(['kev', 'show', 'CVE-2024-10010', '--json'], cli.env);
    expect(JSON.parse(shown.stdout).catalogue.version).toBe('2025.03.12');
  });
});
