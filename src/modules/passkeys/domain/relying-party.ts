// The relying party a passkey is bound to: its id (a domain name, which the browser checks against the
// page's address) and the origin the browser must report. A configured public URL wins over the
// request, so a proxy's internal host name can never become the passkeys' domain.
export const RELYING_PARTY_NAME = 'Bulwark';

export interface RelyingParty {
  /** The domain name passkeys are created for (no scheme, no port). */
  id: string;
  name: string;
  /** Scheme, host and port the browser must report in clientDataJSON. */
  origin: string;
}

export interface RequestAddress {
  protocol: string;
  /** The Host the request was sent to, with its port if any. */
  host: string;
}

/** The relying party for a request, or null when neither the setting nor the request names a valid host. */
export function relyingPartyFor(publicUrl: string | undefined, request: RequestAddress): RelyingParty | null {
  let url: URL;
  try {
    url = new URL(publicUrl ?? `${request.protocol}://${request.host}`);
  } catch {
    return null;
  }
  if (!url.hostname) return null;
  // URL.origin drops a default port (http://localhost:80 → http://localhost), as browsers do.
  return { id: url.hostname, name: RELYING_PARTY_NAME, origin: url.origin };
}
