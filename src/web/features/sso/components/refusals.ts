// Why single sign-on did not sign someone in, in words that tell them what to do next. The server
// sends only the reason's code (?sso=<reason>), never anything from the identity provider.
import type { SsoRefusal } from '../api/types';

const REFUSALS: Record<SsoRefusal, string> = {
  expired: 'Signing in took too long, or was finished in a different browser from the one it started in. Try again.',
  unavailable: 'Single sign-on for your organisation is switched off or no longer set up. Sign in with your password, or ask your organisation’s administrator.',
  cancelled: 'Your organisation’s sign-in service did not sign you in: it was cancelled or refused there. Try again.',
  failed: 'Bulwark could not confirm your sign-in with your organisation’s sign-in service. Try again, and if it keeps happening tell your organisation’s administrator.',
  'no-email': 'Your organisation’s sign-in service did not give Bulwark your email address. Ask your organisation’s administrator to check the single sign-on set-up.',
  'domain-not-allowed': 'Your organisation has not allowed single sign-on to Bulwark for your email address’s domain. Sign in with your password, or ask your organisation’s administrator.',
  'no-account': 'You do not have an account here yet. Ask your organisation’s administrator to add you.',
  deactivated: 'Your account has been deactivated. Ask your organisation’s administrator if you still need it.',
  'no-mapped-role': 'None of your groups at your organisation gives you a role in Bulwark, so no account was made for you. Ask your organisation’s administrator.',
  'outside-organisation':
    'Your account has roles beyond this organisation, so its single sign-on cannot sign you in. Sign in with your password or passkey instead.',
};

export function refusalMessage(reason: string): string {
  return (REFUSALS as Record<string, string>)[reason] ?? 'Single sign-on did not sign you in. Try again, or sign in with your password.';
}
