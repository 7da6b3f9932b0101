// What an account is for, by the organisation's rules in its order, and whether it is privileged by
// the groups it is in.
import { describe, expect, it } from 'vitest';
import type { KindRule } from '../../src/contract/directory.js';
import { DEFAULT_KIND_RULES, DEFAULT_PRIVILEGED_GROUPS, isPrivilegedGroup, kindOf } from '../../src/modules/directory/domain/account-kinds.js';

const account = (sam: string | null, dn: string | null = null, upn: string | null = null) => ({ samAccountName: sam, userPrincipalName: upn, distinguishedName: dn });

describe('the default kind rules', () => {
  it.each([
    ['a person’s account', account('alice.ahmed', 'CN=alice.ahmed,OU=Staff,DC=t'), 'staff'],
    ['a built-in account, whatever the case', account('KRBTGT', 'CN=krbtgt,CN=Users,DC=t'), 'built-in'],
    ['an account in the Service Accounts OU', account('backup', 'CN=backup,OU=Service Accounts,DC=t'), 'service'],
    ['an account in the Admin Accounts OU', account('jbloggs2', 'CN=jbloggs2,OU=Admin Accounts,OU=IT,DC=t'), 'admin'],
    ['an adm- prefix', account('adm-alice', 'CN=adm-alice,OU=Staff,DC=t'), 'admin'],
    ['an admin. prefix on the UPN only (Entra)', account(null, null, 'admin.alice@trust.onmicrosoft.com'), 'admin'],
    ['an svc_ prefix', account('svc_sql'), 'service'],
    ['a test prefix', account('test.user1'), 'test'],
    ['a ward login', account('ward-7'), 'shared'],
    ['a shared prefix', account('shared.ward7'), 'shared'],
    ['an OU rule before a name rule: svc- in the Admin Accounts OU', account('svc-x', 'CN=svc-x,OU=Admin Accounts,DC=t'), 'admin'],
    ['a surname that starts with ward but no separator', account('wardj'), 'staff'],
  ])('%s → %s', (_, facts, kind) => expect(kindOf(facts, DEFAULT_KIND_RULES)).toBe(kind));
});

describe('the organisation’s own rules', () => {
  const rules: KindRule[] = [
    { kind: 'shared', match: 'name-contains', value: 'nurses' },
    { kind: 'service', match: 'ou', value: 'Robots' },
    { kind: 'test', match: 'name', value: 'ben.brown' },
  ];
  it.each([
    ['a contains rule', account('ward7nurses'), 'shared'],
    ['an OU rule written without OU=', account('x', 'CN=x,OU=Robots,DC=t'), 'service'],
    ['the first matching rule wins', account('icu.nurses', 'CN=icu.nurses,OU=Robots,DC=t'), 'shared'],
    ['an exact name, not a prefix', account('ben.browne'), 'staff'],
    ['no rules at all: everyone is staff', account('Administrator'), 'staff'],
  ])('%s → %s', (name, facts, kind) => expect(kindOf(facts, name.startsWith('no rules') ? [] : rules)).toBe(kind));
});

describe('privileged groups', () => {
  it.each([
    ['listed by name, matched on the CN', { dn: 'CN=Domain Admins,CN=Users,DC=t', cn: 'Domain Admins' }, DEFAULT_PRIVILEGED_GROUPS, true],
    ['in another case', { dn: 'CN=domain admins,CN=Users,DC=t', cn: 'domain admins' }, DEFAULT_PRIVILEGED_GROUPS, true],
    ['an Entra role by name', { dn: 'Global Administrator', cn: 'Global Administrator' }, DEFAULT_PRIVILEGED_GROUPS, true],
    ['a group not listed', { dn: 'CN=Domain Users,CN=Users,DC=t', cn: 'Domain Users' }, DEFAULT_PRIVILEGED_GROUPS, false],
    ['listed by DN: the same DN', { dn: 'CN=IT Admins,OU=Groups,DC=t', cn: 'IT Admins' }, ['cn=it admins, ou=groups, dc=t'], true],
    ['listed by DN: a same-named group elsewhere is not it', { dn: 'CN=IT Admins,OU=Old,DC=t', cn: 'IT Admins' }, ['CN=IT Admins,OU=Groups,DC=t'], false],
  ])('%s → %s', (_, group, listed, privileged) => expect(isPrivilegedGroup(group, listed)).toBe(privileged));
});
