// From directory groups to Bulwark roles. The organisation's single sign-on connection holds its
// mapping of groups (by name or object id) to roles; provisioning uses the same mapping, so a person
// gets the same roles whichever way their groups arrive. Nobody is ever made a system administrator
// by a group.
import { isRole, type Role } from '../../../platform/policy/roles.js';

/** Group key (lower-cased name or id) → roles. */
export type GroupRoleMapping = Map<string, Set<Role>>;

const NEVER_MAPPED: ReadonlySet<Role> = new Set<Role>(['system-admin']);

/**
 * Reads mappings as stored in sso_connections.group_roles_json. Accepted shapes, so the mapping
 * reads the same however it was entered: a list of {group, roles} (or {group, role}), or an object
 * of group → role or roles. Unknown roles are skipped; text that is not JSON maps nothing.
 */
export function parseGroupRoleMappings(stored: readonly string[]): GroupRoleMapping {
  const mapping: GroupRoleMapping = new Map();
  const add = (group: unknown, roles: unknown) => {
    if (typeof group !== 'string' || !group.trim()) return;
    const list = Array.isArray(roles) ? roles : [roles];
    const valid = list.filter((r): r is Role => typeof r === 'string' && isRole(r) && !NEVER_MAPPED.has(r));
    if (!valid.length) return;
    const key = group.trim().toLowerCase();
    const held = mapping.get(key) ?? new Set<Role>();
    for (const role of valid) held.add(role);
    mapping.set(key, held);
  };
  for (const text of stored) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    if (Array.isArray(parsed)) {
      for (const entry of parsed) {
        if (typeof entry !== 'object' || entry === null) continue;
        const e = entry as Record<string, unknown>;
        add(e.group ?? e.groupId ?? e.name, e.roles ?? e.role);
      }
    } else if (typeof parsed === 'object' && parsed !== null) {
      for (const [group, roles] of Object.entries(parsed)) add(group, roles);
    }
  }
  return mapping;
}

/** The roles a person's groups give them: each group matches by its display name or its external id. */
export function rolesForGroups(mapping: GroupRoleMapping, groups: readonly { displayName: string; externalId: string | null }[]): Set<Role> {
  const roles = new Set<Role>();
  for (const group of groups) {
    for (const key of [group.displayName, group.externalId]) {
      if (!key) continue;
      for (const role of mapping.get(key.trim().toLowerCase()) ?? []) roles.add(role);
    }
  }
  return roles;
}

export interface HeldRole {
  role: string;
  /** 'manual', 'sso' or 'scim' */
  source: string;
}

/**
 * What to change so the person holds exactly the mapped roles that provisioning gave them: grant
 * mapped roles they do not hold by any means, and take away provisioned roles no group gives any
 * more. Roles granted by a person or by sign-on are never touched.
 */
export function provisionedRoleChanges(wanted: ReadonlySet<Role>, held: readonly HeldRole[]): { grant: Role[]; revoke: string[] } {
  const heldRoles = new Set(held.map((h) => h.role));
  return {
    grant: [...wanted].filter((r) => !heldRoles.has(r)).sort(),
    revoke: held.filter((h) => h.source === 'scim' && !wanted.has(h.role as Role)).map((h) => h.role).sort(),
  };
}
