// The API contract for single sign-on with OpenID Connect: an organisation's connections to its
// identity provider, and finding the connection that serves an email address.
import { z } from 'zod';

/** People in this group at the identity provider get these roles in the connection's organisation. */
export const groupRoleMapping = z.object({
  /** The group as the ID token names it: Microsoft Entra ID sends each group's object id. */
  group: z.string().max(200),
  roles: z.array(z.string().max(60)).max(20),
});
export type GroupRoleMapping = z.infer<typeof groupRoleMapping>;

export const ssoConnection = z.object({
  id: z.string(),
  orgId: z.string(),
  name: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  /** The client secret itself is never returned: only whether one is stored. */
  clientSecretSet: z.boolean(),
  allowedDomains: z.array(z.string()),
  groupsClaim: z.string(),
  groupRoles: z.array(groupRoleMapping),
  jitProvisioning: z.boolean(),
  trustIdpMfa: z.boolean(),
  enabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type SsoConnection = z.infer<typeof ssoConnection>;

export const ssoConnectionList = z.object({
  connections: z.array(ssoConnection),
  /** The address to register with the identity provider as this application's redirect URI. */
  redirectUri: z.string(),
});
export type SsoConnectionList = z.infer<typeof ssoConnectionList>;

export const ssoConnectionBody = z.object({
  name: z.string().max(100),
  issuer: z.string().max(500),
  clientId: z.string().max(300),
  clientSecret: z
    .string()
    .max(1000)
    .nullable()
    .optional()
    .describe('Write-only. When changing a connection, leave it out to keep the stored secret, or send null to remove it.'),
  allowedDomains: z.array(z.string().max(253)).max(50),
  groupsClaim: z.string().max(100).optional(),
  groupRoles: z.array(groupRoleMapping).max(500).optional(),
  jitProvisioning: z.boolean().optional(),
  trustIdpMfa: z.boolean().optional(),
  enabled: z.boolean().optional(),
});
export type SsoConnectionBody = z.infer<typeof ssoConnectionBody>;

export const ssoConnectionUpdateBody = ssoConnectionBody.extend({
  /** The version the change was made from: a stale one is refused with 409. */
  version: z.number().int(),
});
export type SsoConnectionUpdateBody = z.infer<typeof ssoConnectionUpdateBody>;

export const ssoDiscoverBody = z.object({ email: z.string().max(320) });
export type SsoDiscoverBody = z.infer<typeof ssoDiscoverBody>;

export const ssoChoice = z.object({ connectionId: z.string(), name: z.string(), organisation: z.string() });
export type SsoChoice = z.infer<typeof ssoChoice>;

export const ssoDiscovery = z.object({
  connectionId: z.string(),
  name: z.string(),
  /** Every connection that serves the domain (a domain such as nhs.net can be shared by many organisations). */
  connections: z.array(ssoChoice),
});
export type SsoDiscovery = z.infer<typeof ssoDiscovery>;

/** Why a single sign-on attempt was refused: sent to the sign-in page as ?sso=<reason>. */
export const SSO_REFUSALS = [
  'expired',
  'unavailable',
  'cancelled',
  'failed',
  'no-email',
  'domain-not-allowed',
  'no-account',
  'deactivated',
  'no-mapped-role',
  'outside-organisation',
] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];
