// Which operating system or software a scanner's name is, whether it was supported on a day, and an
// organisation's edits over the built-in table.
import { describe, expect, it } from 'vitest';
import { type EndOfSupportRow, checkEndOfSupportEdit, matchEndOfSupport, mergeEndOfSupport, normaliseName, supportOn } from '../../../src/modules/vulnerabilities/domain/end-of-support.js';
import { BUILT_IN_END_OF_SUPPORT } from '../../../src/modules/vulnerabilities/domain/end-of-support-table.js';

describe('the built-in table', () => {
  it('has one row per id, each with a date in the calendar, a source page and a name that matches itself', () => {
    const ids = BUILT_IN_END_OF_SUPPORT.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of BUILT_IN_END_OF_SUPPORT) {
      expect(checkEndOfSupportEdit(row), row.id).toEqual({ ok: true, value: row });
      expect(row.source, row.id).toMatch(/^https:\/\//);
      for (const name of row.names) expect(matchEndOfSupport(name)?.id, `${row.id}: ${name}`).toBe(row.id);
    }
  });
});

describe('matching a name as scanners write it', () => {
  it.each([
    ['Microsoft Windows Server 2012 R2 Standard', 'windows-server-2012-r2'],
    ['Microsoft Windows Server 2012 Standard', 'windows-server-2012'],
    ['Windows Server 2012 Datacenter', 'windows-server-2012'],
    ['Microsoft Windows Server 2008 R2 Enterprise Service Pack 1', 'windows-server-2008-r2'],
    ['Microsoft Windows Server 2008 Standard', 'windows-server-2008'],
    ['Windows 10 Enterprise 22H2', 'windows-10'],
    ['Microsoft Windows 10 Pro', 'windows-10'],
    ['Windows 7 Professional SP1', 'windows-7'],
    ['Microsoft Windows 8.1 Pro', 'windows-8-1'],
    ['Microsoft Windows XP Professional', 'windows-xp'],
    ['CentOS Linux 7.9.2009', 'centos-linux-7'],
    ['CentOS Linux release 7.9.2009 (Core)', 'centos-linux-7'],
    ['CentOS 7', 'centos-linux-7'],
    ['Red Hat Enterprise Linux Server release 7.9 (Maipo)', 'rhel-7'],
    ['Ubuntu 18.04.6 LTS', 'ubuntu-18-04'],
    ['Microsoft SQL Server 2014 SP3', 'sql-server-2014'],
    ['Microsoft SQL Server 2012 SP4 on Windows Server 2016', 'sql-server-2012'],
    ['Microsoft SQL Server 2008 R2', 'sql-server-2008-r2'],
    ['Microsoft Office Professional Plus 2016', 'office-2016'],
    ['Microsoft Office Standard 2019', 'office-2019'],
    ['Microsoft Exchange Server 2016 CU23', 'exchange-server-2016'],
    ['Adobe Flash Player 32 NPAPI', 'flash-player'],
    ['  MICROSOFT   WINDOWS-SERVER-2016 ', 'windows-server-2016'],
  ])('%s is %s', (name, id) => {
    expect(matchEndOfSupport(name)?.id).toBe(id);
  });

  it.each([
    ['Windows 11 Enterprise 23H2', 'Windows 11 is not Windows 10'],
    ['Windows 10 Enterprise LTSC 2019', 'a long-term servicing edition has its own dates'],
    ['Windows 10 Enterprise 2016 LTSB', 'a long-term servicing edition has its own dates'],
    ['Microsoft Windows Server 2019 Standard 10.0.17763', 'a server build number is not Windows 10'],
    ['Windows Server 2022 Datacenter', 'a later server'],
    ['Microsoft SQL Server 2019', 'a later SQL Server'],
    ['CentOS Stream 8', 'CentOS Stream is not CentOS Linux'],
    ['CentOS 8 Stream', 'CentOS Stream is not CentOS Linux'],
    ['CentOS Linux 70', 'a number that only starts with 7'],
    ['Ubuntu 18.10', 'not the 18.04 release'],
    ['Ubuntu 22.04.4 LTS', 'a supported release'],
    ['Microsoft 365 Apps for enterprise', 'not a dated Office'],
    ['', 'nothing'],
  ])('%s is not the wrong row (%s)', (name, _why) => {
    expect(matchEndOfSupport(name)).toBeNull();
  });

  it('takes a name that matches two products as the one whose support ends first', () => {
    expect(matchEndOfSupport('Microsoft SQL Server 2016 on Windows Server 2012 R2')?.id).toBe('windows-server-2012-r2');
  });

  it('reads punctuation as spaces and ignores case', () => {
    expect(normaliseName('  CentOS_Linux-7.9.2009 (Core) ')).toBe('centos linux 7 9 2009 core');
  });
});

describe('whether a name was supported on a day', () => {
  it.each([
    ['Windows 10 Pro on its last day of support', 'Windows 10 Pro', '2025-10-14', 'supported'],
    ['Windows 10 Pro the day after', 'Windows 10 Pro', '2025-10-15', 'unsupported'],
    ['Windows Server 2016 in December 2026', 'Windows Server 2016 Standard', '2026-12-06', 'supported'],
    ['Windows Server 2016 after 12 January 2027', 'Windows Server 2016 Standard', '2027-01-13', 'unsupported'],
    ['Windows Server 2012 R2 in 2026', 'Microsoft Windows Server 2012 R2 Standard', '2026-12-06', 'unsupported'],
    ['CentOS Linux 7 before its end', 'CentOS Linux 7.9.2009', '2024-06-30', 'supported'],
    ['CentOS Linux 7 after its end', 'CentOS Linux 7.9.2009', '2024-07-01', 'unsupported'],
    ['a name not in the table', 'Windows 11 Pro', '2026-12-06', 'not-listed'],
  ])('%s: %s', (_case, name, day, status) => {
    expect(supportOn(name, day).status).toBe(status);
  });
});

describe("an organisation's edits over the built-in table", () => {
  const extended: EndOfSupportRow = {
    id: 'windows-server-2012-r2',
    product: 'Windows Server',
    version: '2012 R2 (with extended security updates)',
    names: ['windows server 2012 r2'],
    endOfSupport: '2026-10-13',
    support: 'extended security updates',
    source: 'https://intranet.example.nhs.uk/esu-agreement',
  };
  const added: EndOfSupportRow = { id: 'pas-v4', product: 'Patient administration system', version: '4', names: ['acme pas 4'], endOfSupport: '2025-03-31', support: 'supplier support', source: 'https://supplier.example/lifecycle' };

  it('replace a built-in row in place, keep the others, and add new rows at the end', () => {
    const merged = mergeEndOfSupport([added, extended]);
    expect(merged).toHaveLength(BUILT_IN_END_OF_SUPPORT.length + 1);
    expect(merged.find((row) => row.id === 'windows-server-2012-r2')).toBe(extended);
    expect(merged.indexOf(extended)).toBe(BUILT_IN_END_OF_SUPPORT.findIndex((row) => row.id === 'windows-server-2012-r2'));
    expect(merged[merged.length - 1]).toBe(added);
    expect(supportOn('Microsoft Windows Server 2012 R2 Standard', '2026-10-13', merged).status).toBe('supported');
    expect(supportOn('Microsoft Windows Server 2012 R2 Standard', '2026-10-14', merged).status).toBe('unsupported');
    expect(supportOn('ACME PAS 4.2', '2025-04-01', merged).status).toBe('unsupported');
    // The non-R2 row is untouched.
    expect(supportOn('Windows Server 2012 Standard', '2026-10-13', merged)).toMatchObject({ status: 'unsupported', row: { endOfSupport: '2023-10-10' } });
  });

  it('take the later of two edits with one id', () => {
    const later = { ...added, endOfSupport: '2026-03-31' };
    const merged = mergeEndOfSupport([added, later, extended, { ...extended, endOfSupport: '2027-10-12' }]);
    expect(merged.filter((row) => row.id === 'pas-v4')).toEqual([later]);
    expect(merged.filter((row) => row.id === 'windows-server-2012-r2').map((row) => row.endOfSupport)).toEqual(['2027-10-12']);
  });

  it('take a built-in row out, so its names are no longer listed', () => {
    const merged = mergeEndOfSupport([{ id: 'flash-player', removed: true }]);
    expect(merged).toHaveLength(BUILT_IN_END_OF_SUPPORT.length - 1);
    expect(supportOn('Adobe Flash Player 32', '2026-01-01', merged).status).toBe('not-listed');
  });

  it('leave the built-in table unchanged', () => {
    const before = JSON.stringify(BUILT_IN_END_OF_SUPPORT);
    mergeEndOfSupport([extended, { id: 'windows-7', removed: true }]);
    expect(JSON.stringify(BUILT_IN_END_OF_SUPPORT)).toBe(before);
  });
});

describe('checking an edited row', () => {
  const good = { id: 'pas-v4', product: 'Patient administration system', version: '4', names: [' acme pas 4 '], endOfSupport: '2025-03-31', support: 'supplier support', source: 'https://supplier.example/lifecycle' };

  it('accepts a good row, trimming its values', () => {
    expect(checkEndOfSupportEdit(good)).toEqual({ ok: true, value: { ...good, names: ['acme pas 4'] } });
  });

  it('accepts taking a built-in row out', () => {
    expect(checkEndOfSupportEdit({ id: 'windows-7', removed: true })).toEqual({ ok: true, value: { id: 'windows-7', removed: true } });
  });

  it.each([
    ['an id with capitals and spaces', { ...good, id: 'PAS v4' }, ['id']],
    ['no product', { ...good, product: '  ' }, ['product']],
    ['no names', { ...good, names: [] }, ['names']],
    ['a name of punctuation only', { ...good, names: ['--'] }, ['names']],
    ['names that are not a list', { ...good, names: 'acme pas 4' }, ['names']],
    ['except that is not a list of words', { ...good, except: [3] }, ['except']],
    ['31 February', { ...good, endOfSupport: '2025-02-31' }, ['endOfSupport']],
    ['a date written the British way', { ...good, endOfSupport: '31/03/2025' }, ['endOfSupport']],
    ['no support named', { ...good, support: '' }, ['support']],
    ['a source that is not a web address', { ...good, source: 'the supplier said so' }, ['source']],
    ['a source that is a script', { ...good, source: 'javascript:alert(1)' }, ['source']],
    ['several bad fields at once', { id: 'x', names: ['x'] }, ['product', 'version', 'endOfSupport', 'support', 'source']],
  ])('refuses %s, naming the field', (_case, input, fields) => {
    const checked = checkEndOfSupportEdit(input);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.map((problem) => problem.field)).toEqual(fields);
  });

  it('refuses something that is not a row', () => {
    expect(checkEndOfSupportEdit('windows-7')).toEqual({ ok: false, problems: [{ field: 'row', message: 'Give the row as an object.' }] });
  });
});
