// The web app's page as the server sends it: the built index.html names Bulwark in its title and in
// the note shown without JavaScript, which is what a link preview, a bookmark or a browser that runs
// no script sees. A deployment with its own service name gets the page with that name instead.
import { escapeHtml } from '../email/email-layout.js';
import { DEFAULT_IDENTITY, type IdentityNames } from './deployment-identity.js';

const TITLE = /<title>[^<]*<\/title>/;
const NO_SCRIPT_NOTE = 'Bulwark needs JavaScript to run.';

/** The page naming the service, or undefined when the service is Bulwark and the built file (with its compressed copies) serves as it is. */
export function namedWebShell(builtPage: string, identity: IdentityNames): string | undefined {
  if (identity.serviceName === DEFAULT_IDENTITY.serviceName) return undefined;
  const name = escapeHtml(identity.serviceName);
  // Replaced by functions, so a "$" in the name is only a dollar sign.
  return builtPage.replace(TITLE, () => `<title>${name}</title>`).replace(NO_SCRIPT_NOTE, () => `${name} needs JavaScript to run.`);
}
