// Who must use a second factor. The lowest setting an organisation can choose is 'privileged', so
// holders of the privileged roles always need one; 'everyone' extends it to every member. A site or
// department follows the strictest setting of itself and the organisation above it (not of an ICS
// or national body, which oversee but do not govern their members' staff).
import type { Role } from '../../../platform/policy/roles.js';

export const MFA_POLICIES = ['privileged', 'everyone'] as const;
export type MfaPolicy = (typeof MFA_POLICIES)[number];

export const PRIVILEGED_ROLES: readonly Role[] = ['system-admin', 'org-admin', 'siro', 'security-lead'];

export interface HeldRole {
  role: string;
  /** The setting that applies where the role is held, already resolved up the tree. */
  policy: string;
}

export function mfaRequired(held: readonly HeldRole[]): boolean {
  return held.some((h) => h.policy === 'everyone' || (PRIVILEGED_ROLES as readonly string[]).includes(h.role));
}

export function isMfaPolicy(value: string): value is MfaPolicy {
  return (MFA_POLICIES as readonly string[]).includes(value);
}
