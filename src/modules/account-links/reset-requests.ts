// "Forgotten your password?": a person asks for a reset link by email from the sign-in page. The
// answer is the same whether or not the address has an account, and is given before anything is
// looked up; the link is made and emailed afterwards, only for an active account with a password
// (decision 32).
import type { Actor } from '../../platform/audit/audit-trail.js';
import type { AppContext } from '../../platform/context.js';
import { isDeliverableAddress } from '../../platform/email/addresses.js';
import { NotFound, ValidationFailed } from '../../platform/errors.js';
import { accountForPasswordReset, normaliseEmail, type PasswordResetAccount } from '../accounts/service.js';
import { emailResetLink } from './delivery.js';
import { SELF_SERVICE_RESET_MINUTES } from './domain/self-service-reset.js';
import { issueResetLink } from './reset-links.js';
import { linkFor } from './service.js';

export const SELF_SERVICE_RESET_UNAVAILABLE =
  'Resetting your own password by email is not available here, because it has no email set up. Ask an administrator of your organisation for a password reset link.';

/** What happened to a request, for the logs only: the person asking is never told. */
export type ResetRequestOutcome = 'emailed' | 'email-failed' | Extract<PasswordResetAccount, { eligible: false }>['reason'];

/** The address asked about, normalised; refuses a request it cannot act on before anything is looked up. */
export function checkResetRequest(app: AppContext, email: string): string {
  if (!app.email.enabled) throw new NotFound(SELF_SERVICE_RESET_UNAVAILABLE);
  const normalised = normaliseEmail(email);
  if (!isDeliverableAddress(normalised)) {
    throw new ValidationFailed('Enter your email address in the right format.', [{ field: 'email', message: 'Enter an email address in the right format, like name@example.nhs.uk' }]);
  }
  return normalised;
}

/** Makes a short-lived reset link for the account with this address, if it may have one, and emails it. */
export async function requestPasswordReset(app: AppContext, email: string, requestId: string, now = new Date()): Promise<ResetRequestOutcome> {
  const found = await accountForPasswordReset(app.db, email);
  if (!found.eligible) return found.reason;
  const { account } = found;
  // Nobody is signed in: the record says it came from the sign-in page, and which request it was.
  const actor: Actor = { userId: null, label: 'password reset request from the sign-in page', requestId };
  const { token, row } = await issueResetLink(
    app.db,
    { user: account, orgId: null, createdBy: account.id, lifetimeMinutes: SELF_SERVICE_RESET_MINUTES, actor, requestedBy: 'self', auditOrgId: null },
    now,
  );
  // Email is on, so the public URL is set (config.ts): the link never comes from the request's Host header.
  const link = linkFor(app.config.publicUrl!, 'reset-password', token);
  const delivery = await emailResetLink(app, { linkId: row.id, person: account, link, expiresAt: row.expires_at, requestedBy: { kind: 'self' } });
  return delivery === 'sent' ? 'emailed' : 'email-failed';
}
