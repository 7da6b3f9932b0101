// The API contract for invitations (and adding a person, which is one) and password-reset links.
// Link tokens travel in the URL fragment and then in request bodies, never in a path or query,
// so they do not reach server or proxy logs.
import { z } from 'zod';
import { roleList, sessionStage, sessionUser } from './accounts.js';

export const invitation = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  roles: z.array(z.string()),
  createdAt: z.string(),
  expiresAt: z.string(),
  usedAt: z.string().nullable(),
  state: z.enum(['pending', 'accepted', 'declined', 'expired', 'revoked']),
});
export type Invitation = z.infer<typeof invitation>;

/**
 * Adding a person: their email, name and roles, and an initial password that is used only if the
 * email has no Bulwark account yet. The answer is the invitation, the same whether or not it had one.
 */
export const newPersonBody = z.object({ email: z.string().max(320), name: z.string().max(200), password: z.string().max(1024).optional(), roles: roleList });
export type NewPersonBody = z.infer<typeof newPersonBody>;
/**
 * How the link reached the person: 'sent' by email, 'failed' (the email could not be sent: pass the
 * link on yourself), or 'not-configured' (this installation sends no email).
 */
export const linkDelivery = z.enum(['sent', 'failed', 'not-configured']);
export type LinkDelivery = z.infer<typeof linkDelivery>;

/** The invitation made, and whether it was emailed to the person. */
export const addedPerson = z.object({ invitation, delivery: linkDelivery });
export type AddedPerson = z.infer<typeof addedPerson>;

/** An invitation waiting for the signed-in person to accept or decline. */
export const myInvitation = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  roles: z.array(z.string()),
  roleLabels: z.array(z.string()),
  invitedAt: z.string(),
  expiresAt: z.string(),
});
export type MyInvitation = z.infer<typeof myInvitation>;

/** After accepting: the stage the session is in now (the new roles may need a second factor first). */
export const acceptedMyInvitation = z.object({ organisationId: z.string(), roles: z.array(z.string()), stage: sessionStage });
export type AcceptedMyInvitation = z.infer<typeof acceptedMyInvitation>;

export const newInvitationBody = z.object({ email: z.string().max(320), name: z.string().max(200), roles: roleList });
export type NewInvitationBody = z.infer<typeof newInvitationBody>;

/** The link is in this response only; when it was not emailed, the administrator sends it to the person. */
export const createdLink = z.object({ link: z.string(), expiresAt: z.string(), delivery: linkDelivery });
export type CreatedLink = z.infer<typeof createdLink>;

export const createdInvitation = createdLink.extend({ invitation });
export type CreatedInvitation = z.infer<typeof createdInvitation>;

export const linkTokenBody = z.object({ token: z.string().max(200) });

/** What the person opening an invitation sees before accepting it. */
export const invitationPreview = z.object({
  email: z.string(),
  name: z.string().nullable(),
  organisationName: z.string(),
  roles: z.array(z.string()),
  /** The roles in words, for a person who cannot read the reference lists before signing in. */
  roleLabels: z.array(z.string()),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof invitationPreview>;

export const acceptInvitationBody = z.object({ token: z.string().max(200), password: z.string().max(1024), name: z.string().max(200).optional() });
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBody>;

export const acceptedInvitation = z.object({
  user: sessionUser,
  csrfToken: z.string(),
  stage: sessionStage,
  methods: z.array(z.enum(['totp', 'passkey', 'recovery-code'])),
});

export const resetPreview = z.object({ email: z.string(), expiresAt: z.string() });
export type ResetPreview = z.infer<typeof resetPreview>;

export const resetPasswordBody = z.object({ token: z.string().max(200), password: z.string().max(1024) });
export type ResetPasswordBody = z.infer<typeof resetPasswordBody>;

/** "Forgotten your password?" from the sign-in page. */
export const passwordResetRequestBody = z.object({ email: z.string().max(320) });
export type PasswordResetRequestBody = z.infer<typeof passwordResetRequestBody>;

/** The same for every address, whether or not it has an account. */
export const passwordResetRequested = z.object({ message: z.string() });
export type PasswordResetRequested = z.infer<typeof passwordResetRequested>;

/** What the sign-in pages may offer on this installation. */
export const authOptions = z.object({
  /** People can ask for a password reset link by email (SMTP_URL is set). */
  passwordResetByEmail: z.boolean(),
});
export type AuthOptions = z.infer<typeof authOptions>;
