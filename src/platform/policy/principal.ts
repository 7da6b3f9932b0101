// Who is asking, and what their memberships let them do where. Roles reach down the tree:
// a role held at a trust applies at its sites and departments; a role held at an ICS or national
// body only lets its holder oversee (read) the organisations below.
import { isOversightType } from './oversight.js';
import type { Role } from './roles.js';

export interface OrgRef {
  id: string;
  /** '/root/…/self/': see organisations.path. */
  path: string;
  type: string;
}

export interface Grant {
  org: OrgRef;
  role: Role;
}

export interface PrincipalUser {
  id: string;
  email: string;
  name: string;
}

/** How the caller proved who they are. */
export type Credential =
  /**
   * A login session; stage 'complete' unless it still owes or must enrol a second factor.
   * secondFactor: it has given one (or signed in with two at once, such as a verified passkey).
   */
  | { kind: 'session'; stage: SessionStage; method: string; secondFactor: boolean }
  /** An API token, limited to its scopes ('organisation:read', 'member:write', …). */
  | { kind: 'token'; tokenId: string; tokenKind: 'personal' | 'service' | 'scim'; scopes: readonly string[]; orgId: string | null }
  /** The command line on the server itself. */
  | { kind: 'local' };

export type SessionStage = 'complete' | 'second-factor' | 'enrolment';

export class Principal {
  constructor(
    readonly user: PrincipalUser,
    readonly grants: readonly Grant[],
    /** Set when the request came with a login session (not, say, from the CLI). */
    readonly sessionId?: string,
    readonly credential: Credential = sessionId ? { kind: 'session', stage: 'complete', method: 'password', secondFactor: false } : { kind: 'local' },
  ) {}

  get isSystemAdmin(): boolean {
    return this.grants.some((g) => g.role === 'system-admin');
  }

  /** Roles that apply in org: held there, or held above it within the same organisation. */
  rolesAt(org: OrgRef): Set<Role> {
    const roles = new Set<Role>();
    for (const g of this.grants) {
      if (g.org.id === org.id || (isAncestor(g.org, org) && !isOversightType(g.org.type))) roles.add(g.role);
    }
    return roles;
  }

  hasRole(org: OrgRef, ...roles: Role[]): boolean {
    const held = this.rolesAt(org);
    return roles.some((r) => held.has(r));
  }

  hasAnyRole(org: OrgRef): boolean {
    return this.rolesAt(org).size > 0;
  }

  /** Roles held at an ICS or national body above org: they allow reading, not acting. */
  oversightRolesAt(org: OrgRef): Set<Role> {
    const roles = new Set<Role>();
    for (const g of this.grants) {
      if (isAncestor(g.org, org) && isOversightType(g.org.type)) roles.add(g.role);
    }
    return roles;
  }

  /** Oversees org with any of roles, or with any role at all when none are named. */
  oversees(org: OrgRef, ...roles: Role[]): boolean {
    const held = this.oversightRolesAt(org);
    return roles.length === 0 ? held.size > 0 : roles.some((r) => held.has(r));
  }
}

function isAncestor(ancestor: OrgRef, org: OrgRef): boolean {
  return ancestor.id !== org.id && org.path.startsWith(ancestor.path);
}
