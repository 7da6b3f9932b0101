// Who a verified ID token may sign in, and with which roles. Pure rules: the service gathers the
// facts (claims, the account, its roles) and these decide.
import type { SsoRefusal } from '../../../contract/sso.js';
import type { Role } from '../../../platform/policy/roles.js';
import { normaliseDomain, type GroupRoles } from './connection-settings.js';

/** What Bulwark takes from an ID token. */
export interface IdentityClaims {
  subject: string;
  /** Lower-case; null when the token carried no usable address. */
  email: string | null;
  name: string | null;
  /** The groups the person is in; null when the provider left them out because there were too many. */
  groups: string[] | null;
  /** How the provider authenticated the person ('pwd', 'mfa', …). */
  methods: string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/**
 * Reads the claims Bulwark uses. Microsoft Entra ID often sends no `email` for work accounts, so the
 * sign-in name (`preferred_username`, or `upn` in older tokens) stands in when it is an address.
 * When a person is in more groups than fit in a token, Entra ID leaves the groups claim out and
 * names it in `_claim_names` instead ("overage").
 */
export function identityFromClaims(claims: Record<string, unknown>, groupsClaim: string): IdentityClaims {
  const email = [claims.email, claims.preferred_username, claims.upn].map(text).find((v) => v !== null && EMAIL.test(v)) ?? null;
  const names = claims._claim_names;
  const overage = claims[groupsClaim] === undefined && typeof names === 'object' && names !== null && groupsClaim in names;
  return {
    subject: String(claims.sub),
    email: email?.toLowerCase() ?? null,
    name: text(claims.name),
    groups: overage ? null : strings(claims[groupsClaim]),
    methods: strings(claims.amr),
  };
}

export function emailDomain(email: string): string {
  return normaliseDomain(email.slice(email.lastIndexOf('@') + 1));
}

export function domainAllowed(email: string, allowedDomains: readonly string[]): boolean {
  return allowedDomains.includes(emailDomain(email));
}

/**
 * The roles the person's groups map to. Groups are compared without regard to case, as directories
 * treat them (and as provisioning reads the same mapping).
 */
export function mappedRoles(groupRoles: readonly GroupRoles[], groups: readonly string[]): Role[] {
  const held = new Set(groups.map((g) => g.toLowerCase()));
  const roles = new Set<Role>();
  for (const mapping of groupRoles) if (held.has(mapping.group.toLowerCase())) for (const role of mapping.roles) roles.add(role);
  return [...roles];
}

/** The identity provider's MFA counts only when the organisation chose to trust it and the token says it happened. */
export function providerDidMfa(trustIdpMfa: boolean, methods: readonly string[]): boolean {
  return trustIdpMfa && methods.includes('mfa');
}

export interface AccountFacts {
  deactivated: boolean;
  /** Every role the account holds, with the tree path of the organisation it is held in. */
  grants: { role: string; orgPath: string }[];
}

/**
 * Whether an existing account may be signed in through a connection of the organisation at
 * `connectionOrgPath`. An organisation's identity provider vouches for its own people only: an
 * account that is a system administrator, or holds a role outside that organisation and what lies
 * below it, could otherwise be taken over by whoever runs that provider (domains such as nhs.net
 * are shared by many organisations).
 */
export function accountRefusal(account: AccountFacts, connectionOrgPath: string): SsoRefusal | null {
  if (account.deactivated) return 'deactivated';
  if (account.grants.some((g) => g.role === 'system-admin' || !g.orgPath.startsWith(connectionOrgPath))) return 'outside-organisation';
  return null;
}

export interface RoleChange {
  add: Role[];
  remove: Role[];
}

/**
 * How the roles that came from single sign-on change: those the groups no longer give go, the ones
 * they now give come. A role the person already holds some other way (granted by an administrator)
 * is left as it is, and never removed here.
 */
export function ssoRoleChange(current: { role: Role; source: string }[], wanted: readonly Role[]): RoleChange {
  const held = new Set(current.map((m) => m.role));
  return {
    add: wanted.filter((role) => !held.has(role)),
    remove: current.filter((m) => m.source === 'sso' && !wanted.includes(m.role)).map((m) => m.role),
  };
}

/** A path inside Bulwark to return to after signing in; anything else (another site, odd characters) becomes '/'. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 500) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || [...value].some((c) => c.charCodeAt(0) < 0x20)) return '/';
  // Not into the API, nor back into the steps of signing in.
  if (['/api/', '/sign-in', '/set-up-mfa', '/accept-invitation', '/reset-password'].some((p) => value.startsWith(p))) return '/';
  return value;
}
