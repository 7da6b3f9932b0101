// How this installation names and shows itself: the service name, the organisation running it, and
// which mark it wears. Bulwark's own wordmark unless the deployment gives its logo, or an NHS
// organisation turns on the NHS identity for its own service (decision 61). Worked out once when the
// app opens; a logo that fails its checks stops the start with a message naming the file and why.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigError, type IdentitySettings } from '../config.js';
import { checkLogo, LOGO_MAX_BYTES, type LogoMediaType, tooLarge } from './logo-check.js';

export interface DeploymentLogo {
  mediaType: LogoMediaType;
  bytes: Buffer;
  /** A short digest of the bytes, so a new logo gets a new address and no browser keeps the old one. */
  version: string;
}

export type DeploymentMark = { kind: 'wordmark' } | { kind: 'logo'; logo: DeploymentLogo } | { kind: 'nhs' };

export interface DeploymentIdentity {
  serviceName: string;
  organisationName: string | undefined;
  mark: DeploymentMark;
}

/** The names alone: what emails and exported documents carry. */
export type IdentityNames = Pick<DeploymentIdentity, 'serviceName' | 'organisationName'>;

export const DEFAULT_IDENTITY: DeploymentIdentity = { serviceName: 'Bulwark', organisationName: undefined, mark: { kind: 'wordmark' } };

export function loadDeploymentIdentity(settings: IdentitySettings): DeploymentIdentity {
  const { serviceName, organisationName } = settings;
  if (settings.nhsIdentity) return { serviceName, organisationName, mark: { kind: 'nhs' } };
  if (!settings.logoFile) return { serviceName, organisationName, mark: { kind: 'wordmark' } };
  return { serviceName, organisationName, mark: { kind: 'logo', logo: readLogo(settings.logoFile, settings.dataDir) } };
}

function readLogo(file: string, dataDir: string): DeploymentLogo {
  const name = path.basename(file);
  const refuse = (why: string) => new ConfigError(`Invalid configuration:\n  BULWARK_LOGO: the logo file ${name} (${file}) cannot be used: ${why}`);
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw refuse('it is not a file');
    // The setting names a path in the data folder, but a symbolic link there could lead anywhere.
    const real = fs.realpathSync(file);
    if (!real.startsWith(fs.realpathSync(dataDir) + path.sep)) throw refuse(`it is a link to ${real}, outside the data folder; copy the logo itself into the data folder`);
    // A file far too big is refused without reading it.
    if (stat.size > LOGO_MAX_BYTES) throw refuse(tooLarge(stat.size));
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw refuse((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : 'it could not be read');
  }
  const check = checkLogo(name, bytes);
  if (!check.ok) throw refuse(check.reason);
  return { mediaType: check.mediaType, bytes, version: createHash('sha256').update(bytes).digest('hex').slice(0, 12) };
}

/** The name that stands as author of exported documents: the organisation running the service, or the service. */
export function documentAuthor(identity: IdentityNames): string {
  return identity.organisationName ?? identity.serviceName;
}

const require = createRequire(import.meta.url);

/** Bulwark's own favicon: a white shield on the design system's blue, drawn for Bulwark. */
const WORDMARK_FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#005eb8"/><path fill="#fff" d="M16 4.5 26 8.2v7.1c0 6.1-4.1 10.6-10 12.9-5.9-2.3-10-6.8-10-12.9V8.2L16 4.5Zm0 3.3-7 2.6v4.9c0 4.3 2.7 7.6 7 9.6V7.8Z"/></svg>\n`;

export interface Favicon {
  mediaType: LogoMediaType;
  bytes: Buffer;
}

/** The tab's icon follows the mark: Bulwark's shield, the deployment's logo, or the NHS favicon. */
export function faviconOf(identity: DeploymentIdentity): Favicon {
  const { mark } = identity;
  if (mark.kind === 'logo') return { mediaType: mark.logo.mediaType, bytes: mark.logo.bytes };
  if (mark.kind === 'nhs') return { mediaType: 'image/svg+xml', bytes: fs.readFileSync(require.resolve('nhsuk-frontend/dist/nhsuk/assets/images/favicon.svg')) };
  return { mediaType: 'image/svg+xml', bytes: Buffer.from(WORDMARK_FAVICON) };
}
