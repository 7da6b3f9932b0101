// The roles a person can hold in an organisation, named as NHS organisations name them.
export const ROLES = [
  'system-admin',
  'org-admin',
  'siro',
  'dpo',
  'caldicott-guardian',
  'ig-lead',
  'security-lead',
  'security-analyst',
  'information-asset-owner',
  'line-manager',
  'auditor',
  'staff',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  'system-admin': 'System administrator',
  'org-admin': 'Organisation administrator',
  siro: 'Senior Information Risk Owner (SIRO)',
  dpo: 'Data Protection Officer',
  'caldicott-guardian': 'Caldicott Guardian',
  'ig-lead': 'Information governance lead',
  'security-lead': 'Head of cyber security',
  'security-analyst': 'Security analyst',
  'information-asset-owner': 'Information Asset Owner',
  'line-manager': 'Line manager',
  auditor: 'Auditor (read-only)',
  staff: 'Staff member',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
