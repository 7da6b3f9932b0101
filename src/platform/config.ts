// Every setting, read once from the environment into one typed, validated object.
// Nothing else in the code base reads process.env. The README's settings table mirrors this file.
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { parseSmtpSettings, type SmtpSettings } from './email/smtp-settings.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Names shown in headers, titles and email subjects are one line of text. */
const NO_CONTROL_CHARACTERS = /^\P{Cc}*$/u;
const NO_CONTROL_CHARACTERS_MESSAGE = 'must be one line of text, without line breaks, tabs or other control characters';

const duration = (defaultMinutes: number) => z.coerce.number().int().positive().default(defaultMinutes);

/** No proxy, how many proxies stand in front (hops), or which addresses they send from. */
export type TrustedProxies = false | number | string[];

/** Names the proxy-addr library (under Fastify's trustProxy) understands for whole address ranges. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

// 'true' is refused rather than read as "any number of proxies": that believes the left-most
// X-Forwarded-For address, which the client writes itself (decision 27).
const trustProxy = z
  .string()
  .default('false')
  .transform((raw, ctx): TrustedProxies => {
    const value = raw.trim().toLowerCase();
    if (['', 'false', 'no', '0'].includes(value)) return false;
    if (['true', 'yes'].includes(value)) {
      ctx.addIssue({
        code: 'custom',
        message:
          "'true' is not accepted: it would believe whatever address a client writes first in X-Forwarded-For. Set the number of proxies in front of Bulwark (TRUST_PROXY=1 for one load balancer) or their addresses (TRUST_PROXY=10.0.0.0/8,127.0.0.1)",
      });
      return z.NEVER;
    }
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
    const bad = entries.filter((e) => !isAddressOrRange(e));
    if (bad.length || !entries.length) {
      ctx.addIssue({ code: 'custom', message: `give a number of proxies, or proxy addresses and ranges separated by commas (like 10.0.0.0/8,127.0.0.1); not an address or range: ${bad.join(', ') || raw}` });
      return z.NEVER;
    }
    return entries;
  });

const schema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  BULWARK_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  /** When set, rate limits are counted in Redis and so shared by every instance. */
  REDIS_URL: z.string().url().optional(),
  /** Prefix of Bulwark's keys in Redis, for a Redis shared with other services. */
  REDIS_KEY_PREFIX: z.string().default('bulwark:'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Behind reverse proxies that set X-Forwarded-*: how many there are (1) or their addresses
   * (10.0.0.0/8,127.0.0.1). Only what they add is believed, for the client address and protocol.
   */
  TRUST_PROXY: trustProxy,
  /** Minutes without activity before a login session ends. */
  SESSION_IDLE_MINUTES: duration(30),
  /** Minutes after sign-in at which a login session ends whatever the activity. */
  SESSION_ABSOLUTE_MINUTES: duration(12 * 60),
  /** Failed sign-ins in a row before an account is locked for a while; each further failure doubles the wait. */
  LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).default(5),
  LOCKOUT_BASE_MINUTES: duration(1),
  LOCKOUT_MAX_MINUTES: duration(60),
  /** Sign-in attempts allowed from one address per minute. */
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Password for demo accounts when demo data is loaded; a random one is generated and printed if unset. */
  BULWARK_DEMO_PASSWORD: z.string().min(12).optional(),
  /** Password for `bulwark admin create`, so scripts need not answer a prompt. */
  BULWARK_PASSWORD: z.string().optional(),
  /**
   * Key that encrypts stored secrets (TOTP seeds, SSO client secrets): 32 random bytes as base64.
   * Unset, a key is generated once into <data dir>/secret.key.
   */
  BULWARK_SECRET_KEY: z.string().optional(),
  /** Earlier keys, comma-separated, still accepted for reading while `bulwark secrets rotate` re-encrypts. */
  BULWARK_SECRET_KEY_PREVIOUS: z.string().optional(),
  /** The address people use to reach Bulwark, for links in invitations and SSO redirects (e.g. https://bulwark.example.nhs.uk). */
  BULWARK_PUBLIC_URL: z.string().url().optional(),
  /**
   * Lets single sign-on reach identity providers at loopback, private, link-local and other non-public
   * addresses: for a provider on this machine (tests) or inside the network. Off, such issuers are refused.
   */
  BULWARK_SSO_ALLOW_PRIVATE_ISSUERS: bool.default(false),
  /** For the command line: a remote Bulwark to talk to instead of the local database. */
  BULWARK_SERVER: z.string().url().optional(),
  /** For the command line: the API token to use with BULWARK_SERVER (safer than --token, which other users can see in the process list). */
  BULWARK_TOKEN: z.string().optional(),
  /** The mail server for invitations and reset links, e.g. smtp://user:password@smtp.example.nhs.uk:587; unset, Bulwark sends no email. */
  SMTP_URL: z.string().optional(),
  /** The sender of Bulwark's email, e.g. "Bulwark <bulwark@trust.nhs.uk>"; required with SMTP_URL. */
  SMTP_FROM: z.string().optional(),
  /** The largest file one piece of evidence may be, in bytes; files are kept in the database (decision 44). */
  EVIDENCE_MAX_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(20 * 1024 * 1024),
  /** The name people know this service by: in the header, page titles, emails and exported documents. */
  BULWARK_SERVICE_NAME: z.string().trim().min(1).max(60).regex(NO_CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS_MESSAGE).default('Bulwark'),
  /** The organisation that runs this installation, shown beside the service name. */
  BULWARK_ORGANISATION_NAME: z.string().trim().max(120).regex(NO_CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS_MESSAGE).optional(),
  /** The deploying organisation's logo: an SVG or PNG file in the data folder (checked at start, decision 61). */
  BULWARK_LOGO: z.string().trim().optional(),
  /**
   * For an NHS organisation's own installation only: show the NHS logo with the organisation's name,
   * as the NHS identity guidelines describe for NHS organisations. Off, no NHS logo is shown anywhere.
   */
  BULWARK_NHS_IDENTITY: bool.default(false),
});

export type Config = {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  trustProxy: TrustedProxies;
  session: { idleMinutes: number; absoluteMinutes: number };
  lockout: { threshold: number; baseMinutes: number; maxMinutes: number };
  loginRatePerMinute: number;
  demoPassword: string | undefined;
  adminPassword: string | undefined;
  secretKey: string | undefined;
  previousSecretKeys: string[];
  publicUrl: string | undefined;
  ssoAllowPrivateIssuers: boolean;
  remote: { server: string | undefined; token: string | undefined };
  /** Outgoing email; undefined when SMTP_URL is not set. */
  email: SmtpSettings | undefined;
  evidence: { maxBytes: number };
  /** How this installation names and shows itself; the logo file is checked when the app opens. */
  identity: IdentitySettings;
};

export interface IdentitySettings {
  serviceName: string;
  organisationName: string | undefined;
  /** Absolute path of the logo file, inside the data folder. */
  logoFile: string | undefined;
  /** The data folder, which the logo file must still be inside once links are followed. */
  dataDir: string;
  nhsIdentity: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const email = emailSettings(e);
  const dataDir = path.resolve(e.BULWARK_DATA_DIR);
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteMinutes: e.SESSION_ABSOLUTE_MINUTES },
    lockout: { threshold: e.LOCKOUT_THRESHOLD, baseMinutes: e.LOCKOUT_BASE_MINUTES, maxMinutes: e.LOCKOUT_MAX_MINUTES },
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    demoPassword: e.BULWARK_DEMO_PASSWORD,
    adminPassword: e.BULWARK_PASSWORD,
    secretKey: e.BULWARK_SECRET_KEY,
    previousSecretKeys: (e.BULWARK_SECRET_KEY_PREVIOUS ?? '').split(',').map((k) => k.trim()).filter(Boolean),
    publicUrl: e.BULWARK_PUBLIC_URL?.replace(/\/+$/, ''),
    ssoAllowPrivateIssuers: e.BULWARK_SSO_ALLOW_PRIVATE_ISSUERS,
    remote: { server: e.BULWARK_SERVER?.replace(/\/+$/, ''), token: e.BULWARK_TOKEN },
    email,
    evidence: { maxBytes: e.EVIDENCE_MAX_BYTES },
    identity: identitySettings(e, dataDir),
  };
}

/**
 * The NHS logo is shown only with the name of the NHS organisation using it, and never beside another
 * logo; the logo file must be in the data folder, so the setting cannot serve any file on the machine.
 */
function identitySettings(e: z.infer<typeof schema>, dataDir: string): IdentitySettings {
  const problems: string[] = [];
  const organisationName = e.BULWARK_ORGANISATION_NAME || undefined;
  const logo = e.BULWARK_LOGO || undefined;
  if (e.BULWARK_NHS_IDENTITY && !organisationName) problems.push('BULWARK_ORGANISATION_NAME: required with BULWARK_NHS_IDENTITY=true, since the NHS logo is shown only with the name of the NHS organisation running this service');
  if (e.BULWARK_NHS_IDENTITY && logo) problems.push('BULWARK_LOGO: not used with BULWARK_NHS_IDENTITY=true, which shows the NHS logo with your organisation’s name; set one or the other');
  const logoFile = logo === undefined ? undefined : path.resolve(dataDir, logo);
  if (logoFile && !logoFile.startsWith(dataDir + path.sep)) problems.push(`BULWARK_LOGO: ${logo} is outside the data folder (${dataDir}); put the logo file in the data folder and give its name`);
  if (problems.length) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return { serviceName: e.BULWARK_SERVICE_NAME, organisationName, logoFile, dataDir, nhsIdentity: e.BULWARK_NHS_IDENTITY };
}

/**
 * Links in an email must point at the address people use, never at whatever Host header the request
 * that caused the email carried, so email needs BULWARK_PUBLIC_URL as well.
 */
function emailSettings(e: z.infer<typeof schema>): SmtpSettings | undefined {
  const smtpUrl = e.SMTP_URL?.trim();
  if (!smtpUrl) return undefined;
  const result = parseSmtpSettings(smtpUrl, e.SMTP_FROM);
  const problems = result.ok ? [] : result.problems;
  if (!e.BULWARK_PUBLIC_URL) problems.push('BULWARK_PUBLIC_URL: required when SMTP_URL is set, so that links in emails point at the address people use');
  if (!result.ok || problems.length) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return result.settings;
}
