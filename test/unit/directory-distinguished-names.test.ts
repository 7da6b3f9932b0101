// Distinguished names and membership lists as directory exports write them: commas escaped inside a
// CN, hex escapes, lists joined by semicolons or line breaks, plain names from Entra, repeats.
import { describe, expect, it } from 'vitest';
import { dnContains, parseDn, parseGroupList, sameDn } from '../../src/modules/directory/domain/distinguished-names.js';

describe('reading a distinguished name', () => {
  it.each([
    ['a plain DN', 'CN=Domain Admins,CN=Users,DC=trust,DC=nhs,DC=uk', ['Domain Admins', 'Users', 'trust', 'nhs', 'uk']],
    ['an escaped comma inside the CN', 'CN=Smith\\, John,OU=Staff,DC=trust', ['Smith, John', 'Staff', 'trust']],
    ['a comma written as hex', 'CN=Smith\\2C John,OU=Staff', ['Smith, John', 'Staff']],
    ['UTF-8 written as hex', 'CN=Ren\\C3\\A9e,OU=Staff', ['Renée', 'Staff']],
    ['an escaped backslash before a separator', 'CN=Back\\\\,OU=Staff', ['Back\\', 'Staff']],
    ['spaces around separators', 'CN=Ward 7 , OU=Groups', ['Ward 7', 'Groups']],
  ])('%s', (_, dn, values) => expect(parseDn(dn)?.map((r) => r.value)).toEqual(values));

  it.each([
    ['a plain name', 'Global Administrator'],
    ['a piece without a type', 'CN=Ward,Groups'],
    ['an empty type', '=x,OU=y'],
  ])('%s is not a DN', (_, text) => expect(parseDn(text)).toBeNull());
});

describe('comparing DNs', () => {
  it.each([
    ['the same DN in other case and spacing', 'CN=Domain Admins,CN=Users,DC=x', 'cn=domain admins, cn=users, dc=X', true],
    ['a different group', 'CN=Domain Admins,CN=Users,DC=x', 'CN=Domain Users,CN=Users,DC=x', false],
    ['one a suffix of the other', 'CN=Domain Admins,CN=Users,DC=x', 'CN=Users,DC=x', false],
  ])('%s → %s', (_, a, b, same) => expect(sameDn(a, b)).toBe(same));

  it.each([
    ['an OU on the path', 'CN=svc-x,OU=Service Accounts,DC=t', 'OU=Service Accounts', true],
    ['in another case', 'CN=svc-x,OU=Service Accounts,DC=t', 'ou=service accounts', true],
    ['a run of RDNs', 'CN=a,OU=Admins,OU=IT,DC=t', 'OU=Admins,OU=IT', true],
    ['RDNs not in a row', 'CN=a,OU=Admins,OU=Other,OU=IT,DC=t', 'OU=Admins,OU=IT', false],
    ['the text inside a longer OU name', 'CN=a,OU=Service Accounts Old,DC=t', 'OU=Service Accounts', false],
    ['the same words as a CN, not an OU', 'CN=Service Accounts,DC=t', 'OU=Service Accounts', false],
  ])('%s: %s', (_, dn, fragment, holds) => expect(dnContains(dn, fragment)).toBe(holds));
});

describe('reading a membership cell', () => {
  it.each([
    ['empty', '', []],
    ['semicolons', 'CN=A,OU=G;CN=B,OU=G', [['CN=A,OU=G', 'A'], ['CN=B,OU=G', 'B']]],
    ['CRLF line breaks and a blank line', 'CN=A,OU=G\r\n\r\nCN=B,OU=G', [['CN=A,OU=G', 'A'], ['CN=B,OU=G', 'B']]],
    ['an escaped comma inside a CN', 'CN=Imaging\\, Radiology,OU=G;CN=B,OU=G', [['CN=Imaging\\, Radiology,OU=G', 'Imaging, Radiology'], ['CN=B,OU=G', 'B']]],
    ['an escaped semicolon stays inside its DN', 'CN=A\\;B,OU=G;CN=C,OU=G', [['CN=A\\;B,OU=G', 'A;B'], ['CN=C,OU=G', 'C']]],
    ['plain role names', 'Global Administrator; Security Reader', [['Global Administrator', 'Global Administrator'], ['Security Reader', 'Security Reader']]],
    ['the same group twice in other case', 'CN=A,OU=G;cn=a,ou=g', [['CN=A,OU=G', 'A']]],
  ])('%s', (_, cell, groups) => expect(parseGroupList(cell).map((g) => [g.dn, g.cn])).toEqual(groups));
});
