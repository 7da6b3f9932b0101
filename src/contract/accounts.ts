// The API contract for signing in, the signed-in person and the people in an organisation. The
// server validates and serialises with these schemas; the web app imports their types only.
import { z } from 'zod';
import { ROLES } from '../platform/policy/roles.js';

export const signInBody = z.object({ email: z.string().max(320), password: z.string().max(1024) });
export type SignInBody = z.infer<typeof signInBody>;

export const sessionUser = z.object({ id: z.string(), email: z.string(), name: z.string() });
export type SessionUser = z.infer<typeof sessionUser>;

export const sessionStage = z.enum(['complete', 'second-factor', 'enrolment']);
export type SessionStageName = z.infer<typeof sessionStage>;

export const signedIn = z.object({
  user: sessionUser,
  csrfToken: z.string(),
  /** 'complete', or what the person must do before anything else: give a second factor, or enrol one. */
  stage: sessionStage,
  /** The second factors the person can give now. */
  methods: z.array(z.enum(['totp', 'passkey', 'recovery-code'])),
});
export type SignedIn = z.infer<typeof signedIn>;

export const myOrganisation = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  typeLabel: z.string(),
  odsCode: z.string().nullable(),
  parentId: z.string().nullable(),
  depth: z.number(),
  roles: z.array(z.string()),
  /** member: holds a role there or above within the organisation; oversight: through an ICS or national body; system: system administrator. */
  access: z.enum(['member', 'oversight', 'system']),
});
export type MyOrganisation = z.infer<typeof myOrganisation>;

export const me = z.object({
  user: sessionUser,
  csrfToken: z.string(),
  stage: sessionStage,
  isSystemAdmin: z.boolean(),
  organisations: z.array(myOrganisation),
});
export type Me = z.infer<typeof me>;

export const loginSession = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  /** The session this request came with. */
  current: z.boolean(),
});
export type LoginSession = z.infer<typeof loginSession>;

export const member = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  status: z.enum(['active', 'deactivated']),
  lastLoginAt: z.string().nullable(),
  roles: z.array(z.string()),
  version: z.number(),
});
export type Member = z.infer<typeof member>;

export const roleList = z.array(z.enum(ROLES)).max(ROLES.length);

export const rolesBody = z.object({ roles: roleList });
export type RolesBody = z.infer<typeof rolesBody>;

export const passwordChangeBody = z.object({ currentPassword: z.string().max(1024), newPassword: z.string().max(1024) });
export type PasswordChangeBody = z.infer<typeof passwordChangeBody>;
