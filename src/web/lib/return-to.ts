// Where to go after signing in: only a path on this site, never another origin ("//evil.example"),
// and never back into the sign-in steps themselves.
const NOT_DESTINATIONS = ['/sign-in', '/set-up-mfa', '/accept-invitation', '/reset-password'];

export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (NOT_DESTINATIONS.some((path) => value === path || value.startsWith(`${path}/`) || value.startsWith(`${path}?`))) return '/';
  return value;
}

/** `?returnTo=…` for a path, or nothing when it is the home page. */
export function returnToSearch(returnTo: string): string {
  return returnTo === '/' ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
}
