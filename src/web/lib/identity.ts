// The deployment's identity (GET /api/v1/identity): the service's name, the organisation running it
// and the mark the header wears. It is fixed while the server runs, so it is read once, before the
// app first draws, and every page's header and title use the same answer (decision 61).
import { type DeploymentIdentityView, IDENTITY_PATH } from '../../contract/identity';
import { apiRequest } from './api-client';

export type DeploymentIdentity = DeploymentIdentityView;

/** Bulwark's own name and wordmark: what shows if the identity cannot be read. */
const DEFAULT: DeploymentIdentity = { serviceName: 'Bulwark', organisationName: null, mark: 'wordmark', logoUrl: null };

let current = DEFAULT;

export async function loadIdentity(): Promise<void> {
  try {
    current = await apiRequest<DeploymentIdentity>(IDENTITY_PATH);
  } catch {
    // The server could not be reached: the pages say so themselves, under Bulwark's own name.
    current = DEFAULT;
  }
}

export function deploymentIdentity(): DeploymentIdentity {
  return current;
}

/** The footer's line: the service, who runs it, and the software it runs on. */
export function footerLine(identity: DeploymentIdentity): string {
  const runBy = identity.organisationName ? `, run by ${identity.organisationName}` : '';
  return identity.serviceName === DEFAULT.serviceName
    ? `Bulwark${runBy}: open-source cyber resilience for health and care`
    : `${identity.serviceName}${runBy}. Built on Bulwark: open-source cyber resilience for health and care`;
}
