// The API contract for the deployment's identity: the name and mark the web app shows in its header,
// titles and footer. Public: it says only what every page shows anyway.
import { z } from 'zod';

export const deploymentIdentityView = z.object({
  serviceName: z.string(),
  organisationName: z.string().nullable(),
  /** Bulwark's wordmark, the deployment's own logo, or (for an NHS organisation's own service) the NHS logo. */
  mark: z.enum(['wordmark', 'logo', 'nhs']),
  /** Where the logo is served when the mark is 'logo'. */
  logoUrl: z.string().nullable(),
});
export type DeploymentIdentityView = z.infer<typeof deploymentIdentityView>;

export const IDENTITY_PATH = '/api/v1/identity';
export const FAVICON_PATH = '/api/v1/identity/favicon';
