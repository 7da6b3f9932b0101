// How Bulwark reaches its mail server: SMTP_URL and SMTP_FROM read into typed settings. TLS is the
// default (smtps:// from the first byte, smtp:// only after STARTTLS); plain SMTP needs the URL to say
// so. Problems are described without repeating the URL, which holds the password.
import { type Mailbox, parseMailbox } from './addresses.js';

/** 'tls' from the first byte (smtps://), 'starttls' required (smtp://), or 'none' (smtp://…?ignoreTLS=true). */
export type SmtpSecurity = 'tls' | 'starttls' | 'none';

export interface SmtpSettings {
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string | undefined;
  password: string | undefined;
  from: Mailbox;
}

export type SmtpSettingsResult = { ok: true; settings: SmtpSettings } | { ok: false; problems: string[] };

const DEFAULT_PORT = { 'smtp:': 587, 'smtps:': 465 } as const;

export function parseSmtpSettings(smtpUrl: string, smtpFrom: string | undefined): SmtpSettingsResult {
  const problems: string[] = [];
  let url: URL | undefined;
  try {
    url = new URL(smtpUrl);
  } catch {
    problems.push('SMTP_URL: not a URL; write it like smtp://user:password@smtp.example.nhs.uk:587 (percent-encode special characters in the password)');
  }
  const from = smtpFrom?.trim() ? parseMailbox(smtpFrom) : null;
  if (!smtpFrom?.trim()) problems.push('SMTP_FROM: required when SMTP_URL is set; the address Bulwark sends from, like bulwark@trust.nhs.uk or "Bulwark <bulwark@trust.nhs.uk>"');
  else if (!from) problems.push('SMTP_FROM: not an email address; write it like bulwark@trust.nhs.uk or "Bulwark <bulwark@trust.nhs.uk>"');
  if (!url) return { ok: false, problems };

  const scheme = url.protocol;
  if (scheme !== 'smtp:' && scheme !== 'smtps:') problems.push('SMTP_URL: must start smtp:// (STARTTLS, usually port 587) or smtps:// (TLS, usually port 465)');
  if (!url.hostname) problems.push('SMTP_URL: names no mail server');
  if (url.pathname && url.pathname !== '/') problems.push('SMTP_URL: must not have a path after the server and port');
  if (url.password && !url.username) problems.push('SMTP_URL: has a password but no user name');

  let security: SmtpSecurity = scheme === 'smtps:' ? 'tls' : 'starttls';
  for (const [name, value] of url.searchParams) {
    if (name === 'ignoreTLS' && value === 'true' && scheme === 'smtp:') security = 'none';
    else problems.push(`SMTP_URL: the option ${name} is not one Bulwark knows; the only option is ignoreTLS=true, with smtp://, for a relay on the same machine`);
  }
  if (problems.length || !from) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port ? Number(url.port) : DEFAULT_PORT[scheme as keyof typeof DEFAULT_PORT],
      security,
      user: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      from,
    },
  };
}

/** The settings as they may be logged or shown: where mail goes and how, never the credentials. */
export function describeSmtp(settings: SmtpSettings | undefined) {
  if (!settings) return { enabled: false as const };
  return { enabled: true as const, host: settings.host, port: settings.port, security: settings.security, from: settings.from.address, authenticated: settings.user !== undefined };
}
