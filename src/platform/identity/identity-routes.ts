// The deployment's identity over HTTP, for the web app before anyone signs in: its names and mark, the
// logo file and the favicon. The logo is sent with its exact type, never sniffed, and an SVG under a
// policy that lets it run and load nothing, in case someone opens it as a page of its own.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { deploymentIdentityView, FAVICON_PATH, IDENTITY_PATH, type DeploymentIdentityView } from '../../contract/identity.js';
import { NotFound } from '../errors.js';
import { type DeploymentIdentity, faviconOf, type Favicon } from './deployment-identity.js';

const LOGO_PATH = `${IDENTITY_PATH}/logo`;
const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
const WHY_PUBLIC = 'Every page shows the service’s name and logo, the sign-in page included.';

export function identityView(identity: DeploymentIdentity): DeploymentIdentityView {
  const { mark } = identity;
  return {
    serviceName: identity.serviceName,
    organisationName: identity.organisationName ?? null,
    mark: mark.kind,
    logoUrl: mark.kind === 'logo' ? `${LOGO_PATH}?v=${mark.logo.version}` : null,
  };
}

export async function identityRoutes(server: FastifyInstance, identity: DeploymentIdentity) {
  const r = server.withTypeProvider<ZodTypeProvider>();
  const config = { policy: { public: WHY_PUBLIC } };
  const view = identityView(identity);
  const favicon = faviconOf(identity);

  r.get(IDENTITY_PATH, { config, schema: { tags: ['identity'], summary: 'The service’s name, the organisation running it and the mark its pages show', response: { 200: deploymentIdentityView } } }, async () => view);
  r.get(LOGO_PATH, { config, schema: { hide: true } }, async (_request, reply) => {
    if (identity.mark.kind !== 'logo') throw new NotFound('This installation has no logo of its own.');
    return sendImage(reply, identity.mark.logo);
  });
  r.get(FAVICON_PATH, { config, schema: { hide: true } }, async (_request, reply) => sendImage(reply, favicon));
}

function sendImage(reply: FastifyReply, image: Favicon) {
  if (image.mediaType === 'image/svg+xml') void reply.header('content-security-policy', SVG_POLICY);
  // The logo changes only with a restart, and its address carries its version.
  return reply.header('cache-control', 'public, max-age=3600').header('x-content-type-options', 'nosniff').type(image.mediaType).send(image.bytes);
}
