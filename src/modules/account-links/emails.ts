// The emails that carry invitation and password-reset links: what each says, as both bodies.
// Names come from people and administrators, so they are kept to one line; the layout escapes them.
import { headerText } from '../../platform/email/addresses.js';
import { type EmailSender, renderEmail, type RenderedEmail, ukDateTime } from '../../platform/email/email-layout.js';

export interface InvitationEmail {
  personName: string | null;
  organisationName: string;
  invitedBy: string;
  roleLabels: string[];
  /** The address already has an account here: they accept with its password. */
  existingAccount: boolean;
  link: string;
  expiresAt: string;
}

export function invitationEmail(invitation: InvitationEmail, sender: EmailSender): RenderedEmail {
  const service = sender.serviceName;
  const organisation = oneLine(invitation.organisationName);
  const roles = invitation.roleLabels.map((label) => label.toLowerCase()).join(', ');
  return renderEmail({
    subject: `Your invitation to ${organisation} on ${service}`,
    heading: `You have been invited to ${organisation} on ${service}`,
    blocks: [
      { paragraph: greeting(invitation.personName) },
      {
        paragraph: `${oneLine(invitation.invitedBy)} has invited you to ${service}, ${organisation}’s workbench for data security and cyber resilience, with ${invitation.roleLabels.length === 1 ? 'the role' : 'the roles'}: ${roles}.`,
      },
      invitation.existingAccount
        ? { paragraph: `You already have a ${service} account with this email address. Sign in as you usually do and accept the invitation under Your account.` }
        : { paragraph: 'Open the link to accept. You will choose your own password.' },
      { action: 'Accept the invitation', href: invitation.link },
      { paragraph: `The link works once, until ${ukDateTime(invitation.expiresAt)} (UK time). If it has expired, ask ${oneLine(invitation.invitedBy)} for a new one.` },
      { note: 'If you were not expecting this invitation, you can ignore this email: nothing happens unless the link is used. Do not forward it: anyone with the link can accept it.' },
    ],
  }, sender);
}

export interface ResetEmail {
  personName: string;
  link: string;
  expiresAt: string;
  /** Who asked for the link: the person themselves (from the sign-in page) or an administrator. */
  requestedBy: { kind: 'self' } | { kind: 'administrator'; name: string; organisationName: string };
}

export function passwordResetEmail(reset: ResetEmail, sender: EmailSender): RenderedEmail {
  const service = sender.serviceName;
  const who =
    reset.requestedBy.kind === 'self'
      ? `Someone asked to reset the password of your ${service} account from the sign-in page. We hope it was you.`
      : `${oneLine(reset.requestedBy.name)}, an administrator of ${oneLine(reset.requestedBy.organisationName)}, has made you a link to choose a new ${service} password.`;
  return renderEmail({
    subject: `Choose a new ${service} password`,
    heading: 'Choose a new password',
    blocks: [
      { paragraph: greeting(reset.personName) },
      { paragraph: who },
      { action: 'Choose a new password', href: reset.link },
      { paragraph: `The link works once, until ${ukDateTime(reset.expiresAt)} (UK time). Choosing a new password signs you out of ${service} everywhere.` },
      {
        note:
          reset.requestedBy.kind === 'self'
            ? 'If you did not ask for this, you can ignore this email: your password stays as it is. Do not forward it: anyone with the link can change your password.'
            : 'If you did not expect this, tell your administrator. Do not forward it: anyone with the link can change your password.',
      },
    ],
  }, sender);
}

function greeting(name: string | null): string {
  const shown = name ? oneLine(name) : '';
  return shown ? `Hello ${shown},` : 'Hello,';
}

const oneLine = (text: string) => headerText(text);
