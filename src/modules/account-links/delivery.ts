// Emailing invitation and reset links, once the transaction that made them has committed. Every
// invitation and every reset link, whichever use case made it, is emailed through one function here.
// Without SMTP_URL nothing is sent and the outcome says so; the link is still shown to whoever made it.
import type { AppContext } from '../../platform/context.js';
import type { DeliveryOutcome } from '../../platform/email/email-service.js';
import { ROLE_LABELS, isRole } from '../../platform/policy/roles.js';
import { invitationEmail, passwordResetEmail, type ResetEmail } from './emails.js';

export interface InvitationToEmail {
  /** The invitation as listed: its id goes in the logs, never the token. */
  invitation: { id: string; email: string; name: string | null; roles: string[]; expiresAt: string };
  organisationName: string;
  invitedBy: string;
  existingAccount: boolean;
  link: string;
}

export function emailInvitation(app: AppContext, { invitation, organisationName, invitedBy, existingAccount, link }: InvitationToEmail): Promise<DeliveryOutcome> {
  const roleLabels = invitation.roles.map((role) => (isRole(role) ? ROLE_LABELS[role] : role));
  const message = invitationEmail({ personName: invitation.name, organisationName, invitedBy, roleLabels, existingAccount, link, expiresAt: invitation.expiresAt }, app.identity);
  return app.email.sendEmail({ to: invitation.email, toName: invitation.name, ...message, purpose: 'invitation', reference: invitation.id });
}

export interface ResetLinkToEmail {
  linkId: string;
  person: { email: string; name: string };
  link: string;
  expiresAt: string;
  requestedBy: ResetEmail['requestedBy'];
}

export function emailResetLink(app: AppContext, { linkId, person, link, expiresAt, requestedBy }: ResetLinkToEmail): Promise<DeliveryOutcome> {
  const message = passwordResetEmail({ personName: person.name, link, expiresAt, requestedBy }, app.identity);
  return app.email.sendEmail({ to: person.email, toName: person.name, ...message, purpose: 'password-reset', reference: linkId });
}
