// Each directory finding as rows: which accounts (or people) it holds on a day, and why, from the
// accounts, the staff register on that day and the settings. Edge cases named in the rows.
import { describe, expect, it } from 'vitest';
import type { FindingKey } from '../../src/contract/directory.js';
import { type AccountFacts, directoryFindings, existedAt, type PersonOnDay } from '../../src/modules/directory/domain/findings.js';
import { directoryFigureValues } from '../../src/modules/directory/domain/directory-figures.js';

const DAY = '2026-03-31';

function anAccount(name: string, facts: Partial<AccountFacts> = {}): AccountFacts {
  return { id: name, directoryId: 'ad', directoryName: 'Active Directory', name, employeeId: null, kind: 'staff', enabled: true, lastLogonAt: '2026-03-30T08:00:00Z', createdInDirectoryAt: '2020-01-01T09:00:00Z', passwordNeverExpires: false, mfaRegistered: null, privilegedGroups: [], ...facts };
}
function aPerson(employeeNumber: string, facts: Partial<PersonOnDay> = {}): PersonOnDay {
  return { employeeNumber, name: `Person ${employeeNumber}`, status: 'current', newStarter: false, leftOn: null, ...facts };
}
const leaver = (n: string, leftOn: string) => aPerson(n, { status: 'leaver', leftOn });

function accountsIn(key: FindingKey, accounts: AccountFacts[], people: PersonOnDay[] = [], dormantDays = 90): string[] {
  const finding = directoryFindings(accounts, people, { dormantDays }, DAY).find((f) => f.key === key)!;
  return finding.entries.map((e) => e.account?.name ?? `person ${e.owner!.employeeNumber}`);
}

describe('leavers', () => {
  it.each<[string, AccountFacts[], PersonOnDay[], string[]]>([
    ['an enabled account of a leaver', [anAccount('a', { employeeId: '1' })], [leaver('1', '2026-01-31')], ['a']],
    ['a disabled one is not', [anAccount('a', { employeeId: '1', enabled: false })], [leaver('1', '2026-01-31')], []],
    ['someone whose last day is today is not a leaver yet', [anAccount('a', { employeeId: '1' })], [aPerson('1')], []],
    ['an admin account sharing its owner’s ID, with spaces', [anAccount('adm-a', { employeeId: ' 1 ', kind: 'admin' }), anAccount('a', { employeeId: '1' })], [leaver('1', '2026-01-31')], ['a', 'adm-a']],
    ['a future starter is not a leaver', [anAccount('a', { employeeId: '1' })], [aPerson('1', { status: 'future' })], []],
  ])('%s', (_, accounts, people, expected) => expect(accountsIn('leaver-enabled', accounts, people)).toEqual(expected));

  it.each<[string, string | null, string[]]>([
    ['last logon the day after leaving', '2026-02-01T09:00:00Z', ['a']],
    ['last logon on the last day itself, late in the evening', '2026-01-31T23:30:00Z', []],
    // 23:30 UTC on 31 July is 00:30 on 1 August in the UK (summer time): a day after leaving.
    ['last logon after midnight UK time, still the last day in UTC', '2025-07-31T23:30:00Z', ['a']],
    ['never logged on', null, []],
  ])('logon after leaving: %s', (_, lastLogonAt, expected) => {
    const leftOn = lastLogonAt?.startsWith('2025') ? '2025-07-31' : '2026-01-31';
    expect(accountsIn('leaver-logon-after-leaving', [anAccount('a', { employeeId: '1', lastLogonAt })], [leaver('1', leftOn)])).toEqual(expected);
  });

  it.each<[string, Partial<AccountFacts>, string[]]>([
    ['privileged and used after leaving: the top finding', { privilegedGroups: ['Domain Admins'], lastLogonAt: '2026-03-20T22:10:00Z' }, ['a']],
    ['privileged, but not used after leaving', { privilegedGroups: ['Domain Admins'], lastLogonAt: '2026-01-10T09:00:00Z' }, []],
    ['used after leaving, but not privileged', { lastLogonAt: '2026-03-20T22:10:00Z' }, []],
  ])('%s', (_, facts, expected) => expect(accountsIn('leaver-privileged-logon-after-leaving', [anAccount('a', { employeeId: '1', ...facts })], [leaver('1', '2026-01-31')])).toEqual(expected));
});

describe('dormant and never used', () => {
  it.each<[string, string | null, number, string[]]>([
    ['89 days since the last logon', '2026-01-01T12:00:00Z', 90, []],
    ['90 days: the threshold itself', '2025-12-31T12:00:00Z', 90, ['a']],
    ['a shorter threshold the organisation set', '2026-01-01T12:00:00Z', 30, ['a']],
    ['never logged on is counted apart, not as dormant', null, 90, []],
  ])('%s', (_, lastLogonAt, days, expected) => expect(accountsIn('dormant', [anAccount('a', { lastLogonAt })], [], days)).toEqual(expected));

  it.each<[string, Partial<AccountFacts>, string[]]>([
    ['never used, made long ago', { lastLogonAt: null, createdInDirectoryAt: '2025-01-01T09:00:00Z' }, ['a']],
    ['never used, made last week', { lastLogonAt: null, createdInDirectoryAt: '2026-03-25T09:00:00Z' }, []],
    ['never used, made on a day the export does not give', { lastLogonAt: null, createdInDirectoryAt: null }, ['a']],
    ['never used but disabled', { lastLogonAt: null, enabled: false, createdInDirectoryAt: '2025-01-01T09:00:00Z' }, []],
  ])('%s', (_, facts, expected) => expect(accountsIn('never-logged-on', [anAccount('a', facts)])).toEqual(expected));
});

describe('matching to the staff register', () => {
  it.each<[string, AccountFacts[], string[]]>([
    ['an ID nobody has', [anAccount('a', { employeeId: '99' })], ['a']],
    ['an ID someone has', [anAccount('a', { employeeId: '1' })], []],
    ['no ID at all is another finding', [anAccount('a')], []],
    ['a disabled account with an unknown ID', [anAccount('a', { employeeId: '99', enabled: false })], []],
  ])('unmatched: %s', (_, accounts, expected) => expect(accountsIn('unmatched-employee-id', accounts, [aPerson('1')])).toEqual(expected));

  it.each<[string, AccountFacts[], PersonOnDay[], string[]]>([
    ['a current person without an account', [anAccount('x', { employeeId: '2' })], [aPerson('1'), aPerson('2')], ['person 1']],
    ['a new starter within the grace is left out', [anAccount('x', { employeeId: '2' })], [aPerson('1', { newStarter: true }), aPerson('2')], []],
    ['a future starter is left out', [anAccount('x', { employeeId: '2' })], [aPerson('1', { status: 'future' }), aPerson('2')], []],
    ['a leaver is left out', [anAccount('x', { employeeId: '2' })], [leaver('1', '2026-01-01'), aPerson('2')], []],
    ['a disabled account still counts as an account', [anAccount('x', { employeeId: '1', enabled: false })], [aPerson('1')], []],
    ['no directory imported yet: nobody is listed', [], [aPerson('1')], []],
  ])('without an account: %s', (_, accounts, people, expected) => expect(accountsIn('staff-without-account', accounts, people)).toEqual(expected));
});

describe('privilege, sharing and passwords', () => {
  it.each<[string, FindingKey, AccountFacts[], string[]]>([
    ['privileged without MFA', 'privileged-without-mfa', [anAccount('a', { privilegedGroups: ['Global Administrator'], mfaRegistered: false })], ['a']],
    ['privileged with MFA', 'privileged-without-mfa', [anAccount('a', { privilegedGroups: ['Global Administrator'], mfaRegistered: true })], []],
    ['privileged, the export does not say', 'privileged-without-mfa', [anAccount('a', { privilegedGroups: ['Domain Admins'], mfaRegistered: null })], []],
    ['not privileged, without MFA', 'privileged-without-mfa', [anAccount('a', { mfaRegistered: false })], []],
    ['every enabled privileged account', 'privileged', [anAccount('a', { privilegedGroups: ['Domain Admins'] }), anAccount('b', { privilegedGroups: ['Backup Operators'], enabled: false }), anAccount('c')], ['a']],
    ['a shared login', 'shared-accounts', [anAccount('ward7', { kind: 'shared' }), anAccount('svc', { kind: 'service' })], ['ward7']],
    ['a person’s password that never expires', 'password-never-expires', [anAccount('a', { passwordNeverExpires: true }), anAccount('adm-a', { kind: 'admin', passwordNeverExpires: true })], ['a', 'adm-a']],
    ['a service account’s is not a person’s', 'password-never-expires', [anAccount('svc', { kind: 'service', passwordNeverExpires: true })], []],
    ['a person’s account without an employee ID', 'person-account-without-employee-id', [anAccount('a'), anAccount('b', { employeeId: '  ' }), anAccount('svc', { kind: 'service' })], ['a', 'b']],
  ])('%s', (_, key, accounts, expected) => expect(accountsIn(key, accounts, [aPerson('1')])).toEqual(expected));
});

describe('the report', () => {
  it('lists every finding, most severe first, each with its reason in words', () => {
    const found = directoryFindings([anAccount('adm-a', { employeeId: '1', kind: 'admin', privilegedGroups: ['Domain Admins'], lastLogonAt: '2026-03-20T22:10:00Z' })], [leaver('1', '2026-01-31')], { dormantDays: 90 }, DAY);
    expect(found.map((f) => [f.key, f.severity, f.entries.length])).toEqual([
      ['leaver-privileged-logon-after-leaving', 'critical', 1],
      ['leaver-logon-after-leaving', 'high', 1],
      ['leaver-enabled', 'high', 1],
      ['privileged-without-mfa', 'high', 0],
      ['dormant', 'medium', 0],
      ['never-logged-on', 'medium', 0],
      ['unmatched-employee-id', 'medium', 0],
      ['shared-accounts', 'medium', 0],
      ['password-never-expires', 'medium', 0],
      ['person-account-without-employee-id', 'low', 0],
      ['staff-without-account', 'low', 0],
      ['privileged', 'info', 1],
    ]);
    expect(found[0]!.entries[0]!.reason).toBe('Person 1 left on 2026-01-31; the account was last used on 2026-03-20; privileged through Domain Admins');
  });

  it.each([
    ['made after the instant', { createdInDirectoryAt: '2026-04-02T09:00:00Z', goneAt: null }, false],
    ['found gone before it', { createdInDirectoryAt: null, goneAt: '2026-03-01T23:59:59Z' }, false],
    ['found gone after it', { createdInDirectoryAt: null, goneAt: '2026-04-07T22:59:59Z' }, true],
    ['made before it, still there', { createdInDirectoryAt: '2020-01-01T09:00:00Z', goneAt: null }, true],
  ])('an account %s existed then: %s', (_, facts, existed) => expect(existedAt(facts, new Date('2026-03-31T22:59:59Z'))).toBe(existed));
});

describe('live evidence', () => {
  it.each<[string, AccountFacts[], Array<[string, string, string]>]>([
    ['no directory imported: no figures', [], []],
    [
      'one privileged account of two with MFA; a leaver’s enabled account; one dormant, one never used',
      [
        anAccount('adm-a', { employeeId: '1', privilegedGroups: ['Global Administrator'], mfaRegistered: true }),
        anAccount('adm-b', { privilegedGroups: ['Global Administrator'], mfaRegistered: false }),
        anAccount('adm-c', { privilegedGroups: ['Domain Admins'], mfaRegistered: null }),
        anAccount('old', { lastLogonAt: '2025-01-01T09:00:00Z' }),
        anAccount('new', { lastLogonAt: null }),
      ],
      [
        ['privileged-accounts-with-mfa', '1 of 2 (50%)', 'attention'],
        ['leavers-with-enabled-accounts', '1', 'attention'],
        ['dormant-enabled-accounts', '2', 'attention'],
      ],
    ],
  ])('%s', (_, accounts, figures) => {
    const findings = directoryFindings(accounts, [leaver('1', '2026-01-31')], { dormantDays: 90 }, DAY);
    expect(directoryFigureValues('org', accounts, findings).map((f) => [f.key, f.text, f.state])).toEqual(figures);
  });
});
