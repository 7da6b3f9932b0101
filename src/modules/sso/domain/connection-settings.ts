// What makes a single sign-on connection's settings acceptable: an issuer Bulwark may talk to, the
// email domains it may vouch for, and group mappings that only grant roles an organisation can give.
import type { FieldProblem } from '../../../platform/errors.js';
import { isRole, type Role } from '../../../platform/policy/roles.js';

export interface GroupRoles {
  group: string;
  roles: Role[];
}

export interface ConnectionInput {
  name: string;
  issuer: string;
  clientId: string;
  allowedDomains: string[];
  groupsClaim?: string | undefined;
  groupRoles?: { group: string; roles: string[] }[] | undefined;
  jitProvisioning?: boolean | undefined;
  trustIdpMfa?: boolean | undefined;
  enabled?: boolean | undefined;
}

export interface ConnectionSettings {
  name: string;
  issuer: string;
  clientId: string;
  allowedDomains: string[];
  groupsClaim: string;
  groupRoles: GroupRoles[];
  jitProvisioning: boolean;
  trustIdpMfa: boolean;
  enabled: boolean;
}

export const DEFAULT_GROUPS_CLAIM = 'groups';

/** Hosts that may be reached over plain http: the machine itself, where test identity providers run. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopback(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname);
}

// One or more dot-separated labels of letters, digits and inner hyphens, ending in a letter label.
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** 'Northshire-Acute.NHS.uk ', '@nhs.net' → the lower-case domain. */
export function normaliseDomain(value: string): string {
  return value.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
}

/** The issuer as an https URL (or http on this machine), or the problem with it. */
export function issuerProblem(issuer: string): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'Enter the issuer as a full web address, like https://login.microsoftonline.com/<tenant id>/v2.0';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) return 'The issuer must be an https:// address';
  if (url.search || url.hash || url.username || url.password) return 'The issuer must not have a query, fragment or user name in it';
  return null;
}

/** Checks and normalises the settings, reporting every problem at once; throws nothing. */
export function checkConnection(input: ConnectionInput): { settings: ConnectionSettings; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const name = input.name.trim();
  if (!name) problems.push({ field: 'name', message: 'Enter a name for the connection, like the identity provider’s name' });

  const issuer = input.issuer.trim();
  const badIssuer = issuerProblem(issuer);
  if (badIssuer) problems.push({ field: 'issuer', message: badIssuer, value: input.issuer });

  const clientId = input.clientId.trim();
  if (!clientId) problems.push({ field: 'clientId', message: 'Enter the client (application) id the identity provider gave Bulwark' });

  const allowedDomains: string[] = [];
  input.allowedDomains.forEach((raw, index) => {
    const domain = normaliseDomain(raw);
    if (!domain) return;
    if (!DOMAIN.test(domain)) problems.push({ field: `allowedDomains.${index}`, message: `“${raw.trim()}” is not an email domain, like nhs.net`, value: raw });
    else if (!allowedDomains.includes(domain)) allowedDomains.push(domain);
  });
  if (allowedDomains.length === 0 && !problems.some((p) => p.field.startsWith('allowedDomains'))) {
    problems.push({ field: 'allowedDomains', message: 'Enter at least one email domain whose people may sign in this way' });
  }

  const groupsClaim = (input.groupsClaim ?? '').trim() || DEFAULT_GROUPS_CLAIM;
  if (!/^[A-Za-z0-9_:./-]{1,100}$/.test(groupsClaim)) {
    problems.push({ field: 'groupsClaim', message: 'The groups claim is a claim name such as groups or roles: letters, digits, and _ : . / -', value: input.groupsClaim });
  }

  const groupRoles: GroupRoles[] = [];
  (input.groupRoles ?? []).forEach((mapping, index) => {
    const group = mapping.group.trim();
    const roles = [...new Set(mapping.roles)];
    if (!group) {
      problems.push({ field: `groupRoles.${index}.group`, message: `Enter the group for mapping ${index + 1}` });
      return;
    }
    if (groupRoles.some((g) => g.group.toLowerCase() === group.toLowerCase())) {
      problems.push({ field: `groupRoles.${index}.group`, message: `The group ${group} is mapped twice: put all its roles in one mapping` });
      return;
    }
    const unknown = roles.filter((r) => !isRole(r));
    if (unknown.length) problems.push({ field: `groupRoles.${index}.roles`, message: `Not a role: ${unknown.join(', ')}`, value: unknown });
    else if (roles.includes('system-admin')) problems.push({ field: `groupRoles.${index}.roles`, message: 'A group cannot make anyone a system administrator' });
    else if (roles.length === 0) problems.push({ field: `groupRoles.${index}.roles`, message: `Choose at least one role for the group ${group}` });
    else groupRoles.push({ group, roles: roles as Role[] });
  });

  return {
    settings: {
      name: name.slice(0, 100),
      issuer,
      clientId,
      allowedDomains,
      groupsClaim,
      groupRoles,
      jitProvisioning: input.jitProvisioning ?? false,
      trustIdpMfa: input.trustIdpMfa ?? false,
      enabled: input.enabled ?? true,
    },
    problems,
  };
}
