// The API contract for API tokens.
import { z } from 'zod';

export const apiToken = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['personal', 'service', 'scim']),
  /** The token's first characters, to recognise it by. */
  prefix: z.string(),
  scopes: z.array(z.string()),
  roles: z.array(z.string()),
  orgId: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  state: z.enum(['active', 'expired', 'revoked']),
});
export type ApiToken = z.infer<typeof apiToken>;

export const newPersonalTokenBody = z.object({
  name: z.string().max(100),
  scopes: z.array(z.string().max(60)).max(100),
  expiresInDays: z.number().int().optional(),
});
export type NewPersonalTokenBody = z.infer<typeof newPersonalTokenBody>;

export const newOrganisationTokenBody = z.object({
  name: z.string().max(100),
  kind: z.enum(['service', 'scim']),
  scopes: z.array(z.string().max(60)).max(100).optional(),
  roles: z.array(z.string().max(60)).max(20).optional(),
  expiresInDays: z.number().int().optional(),
});
export type NewOrganisationTokenBody = z.infer<typeof newOrganisationTokenBody>;

/** The token itself appears in this response only: it is not stored and cannot be shown again. */
export const createdToken = z.object({ token: z.string(), apiToken });
export type CreatedToken = z.infer<typeof createdToken>;

export const tokenList = z.object({ tokens: z.array(apiToken), availableScopes: z.array(z.string()) });
export type TokenList = z.infer<typeof tokenList>;
