// What an account is for, by the organisation's own rules, and whether it is privileged. Kinds come
// from where an account sits (its OU) or how it is named; the first rule that matches wins, in the
// organisation's order, and an account no rule matches is a member of staff's own. Privilege comes
// from membership of the groups (or Entra roles) the organisation names. Pure.
import type { AccountKind, KindRule } from '../../../contract/directory.js';
import { dnContains, type GroupRef, sameDn } from './distinguished-names.js';

/** Our starting rules: built-in accounts by name, then OUs Trusts commonly keep, then naming conventions. */
export const DEFAULT_KIND_RULES: readonly KindRule[] = [
  ...['Administrator', 'Guest', 'krbtgt', 'DefaultAccount', 'WDAGUtilityAccount'].map((value): KindRule => ({ kind: 'built-in', match: 'name', value })),
  { kind: 'service', match: 'ou', value: 'OU=Service Accounts' },
  { kind: 'admin', match: 'ou', value: 'OU=Admin Accounts' },
  { kind: 'shared', match: 'ou', value: 'OU=Shared Accounts' },
  { kind: 'test', match: 'ou', value: 'OU=Test Accounts' },
  ...['adm-', 'admin.', 'admin-'].map((value): KindRule => ({ kind: 'admin', match: 'name-prefix', value })),
  ...['svc-', 'svc_', 'svc.'].map((value): KindRule => ({ kind: 'service', match: 'name-prefix', value })),
  { kind: 'test', match: 'name-prefix', value: 'test' },
  // Logins named for a place or a role rather than a person.
  ...['ward.', 'ward-', 'ward_', 'shared', 'generic', 'reception'].map((value): KindRule => ({ kind: 'shared', match: 'name-prefix', value })),
];

/** Groups whose members can take over a domain or tenant, and the Entra roles that can. */
export const DEFAULT_PRIVILEGED_GROUPS: readonly string[] = [
  'Domain Admins',
  'Enterprise Admins',
  'Schema Admins',
  'Administrators',
  'Account Operators',
  'Backup Operators',
  'Server Operators',
  'Print Operators',
  'Group Policy Creator Owners',
  'DnsAdmins',
  'Global Administrator',
  'Privileged Role Administrator',
  'Privileged Authentication Administrator',
  'Security Administrator',
  'User Administrator',
  'Exchange Administrator',
  'SharePoint Administrator',
  'Conditional Access Administrator',
  'Application Administrator',
  'Cloud Application Administrator',
  'Intune Administrator',
];

/** The facts of an account the kind rules read. */
export interface NamedAccount {
  samAccountName: string | null;
  userPrincipalName: string | null;
  distinguishedName: string | null;
}

/** The names an account goes by for the rules: its sAMAccountName and its UPN before the @, lower case. */
export function namesOf(account: NamedAccount): string[] {
  const names = [account.samAccountName, account.userPrincipalName?.split('@')[0] ?? null];
  return [...new Set(names.filter((n): n is string => !!n && n.trim() !== '').map((n) => n.trim().toLowerCase()))];
}

/** Whether one rule matches the account: case never matters. An OU rule without `=` is taken as `OU=value`. */
export function ruleMatches(rule: KindRule, account: NamedAccount): boolean {
  const value = rule.value.trim().toLowerCase();
  switch (rule.match) {
    case 'ou':
      return account.distinguishedName !== null && dnContains(account.distinguishedName, rule.value.includes('=') ? rule.value : `OU=${rule.value}`);
    case 'name':
      return namesOf(account).some((n) => n === value);
    case 'name-prefix':
      return namesOf(account).some((n) => n.startsWith(value));
    case 'name-contains':
      return namesOf(account).some((n) => n.includes(value));
  }
}

/** The first matching rule's kind, in the organisation's order; staff when none matches. */
export function kindOf(account: NamedAccount, rules: readonly KindRule[]): AccountKind {
  return rules.find((rule) => ruleMatches(rule, account))?.kind ?? 'staff';
}

/** Whether a group is one of the privileged: a listed name matches its CN, a listed DN the whole DN; case never matters. */
export function isPrivilegedGroup(group: GroupRef, privilegedGroups: readonly string[]): boolean {
  return privilegedGroups.some((listed) => {
    const entry = listed.trim();
    if (entry.includes('=') && sameDn(entry, group.dn)) return true;
    return entry.toLowerCase() === group.cn.trim().toLowerCase();
  });
}

/** The privileged groups an account is in (their CNs), in the order the export listed them. */
export function privilegedGroupsOf(groups: readonly GroupRef[], privilegedGroups: readonly string[]): string[] {
  return groups.filter((g) => isPrivilegedGroup(g, privilegedGroups)).map((g) => g.cn);
}
