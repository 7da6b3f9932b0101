// Email without a mail server: reading SMTP_URL and SMTP_FROM (TLS unless told otherwise, clear
// errors that never repeat the password), which addresses and header text are safe to send, and
// messages whose HTML is escaped and whose times are UK time.
import { describe, expect, it } from 'vitest';
import { invitationEmail, passwordResetEmail } from '../../src/modules/account-links/emails.js';
import { DEFAULT_IDENTITY } from '../../src/platform/identity/deployment-identity.js';
import { ConfigError, loadConfig } from '../../src/platform/config.js';
import { headerText, isDeliverableAddress, parseMailbox } from '../../src/platform/email/addresses.js';
import { escapeHtml, ukDateTime } from '../../src/platform/email/email-layout.js';
import { parseSmtpSettings } from '../../src/platform/email/smtp-settings.js';

const BULWARK = DEFAULT_IDENTITY;

const FROM = 'Bulwark <bulwark@trust.example.nhs.uk>';

describe('SMTP_URL', () => {
  it.each([
    ['smtp:// upgrades with STARTTLS, port 587 by default', 'smtp://relay.trust.example.nhs.uk', { host: 'relay.trust.example.nhs.uk', port: 587, security: 'starttls', user: undefined }],
    ['smtps:// is TLS from the start, port 465 by default', 'smtps://relay.trust.example.nhs.uk', { port: 465, security: 'tls' }],
    ['the port in the URL wins', 'smtp://relay.trust.example.nhs.uk:2525', { port: 2525, security: 'starttls' }],
    ['ignoreTLS=true is the only way to plain text', 'smtp://127.0.0.1:25?ignoreTLS=true', { host: '127.0.0.1', port: 25, security: 'none' }],
    ['credentials are percent-decoded', 'smtp://bulwark%40trust:p%40ss%3Aw0rd@relay.trust.example.nhs.uk', { user: 'bulwark@trust', password: 'p@ss:w0rd' }],
  ])('%s', (_, url, expected) => {
    const result = parseSmtpSettings(url, FROM);
    expect(result.ok && result.settings).toMatchObject(expected);
  });

  it.each([
    ['another scheme', 'http://relay.trust.example.nhs.uk', /must start smtp:\/\/ .* or smtps:\/\//],
    ['an unknown option', 'smtp://relay.trust.example.nhs.uk?rejectUnauthorized=false', /the option rejectUnauthorized is not one Bulwark knows/],
    ['ignoreTLS with smtps://', 'smtps://relay.trust.example.nhs.uk?ignoreTLS=true', /the option ignoreTLS is not one Bulwark knows/],
    ['a path', 'smtp://relay.trust.example.nhs.uk/mail', /must not have a path/],
    ['not a URL at all', 'the relay on port 587', /not a URL/],
    ['a host and port without a scheme', 'relay.trust.example.nhs.uk:587', /must start smtp:\/\//],
  ])('%s is refused with a reason', (_, url, reason) => {
    const result = parseSmtpSettings(url, FROM);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join('\n')).toMatch(reason);
  });

  it('SMTP_FROM is required, and must be one address', () => {
    const missing = parseSmtpSettings('smtp://relay.trust.example.nhs.uk', undefined);
    expect(!missing.ok && missing.problems).toEqual([expect.stringMatching(/^SMTP_FROM: required when SMTP_URL is set/)]);
    for (const bad of ['bulwark', 'a@b.example, c@d.example', 'Bulwark <bulwark@trust.example.nhs.uk>\r\nBcc: x@y.example']) {
      const result = parseSmtpSettings('smtp://relay.trust.example.nhs.uk', bad);
      expect(!result.ok && result.problems).toEqual([expect.stringMatching(/^SMTP_FROM: not an email address/)]);
    }
    expect(parseMailbox(FROM)).toEqual({ name: 'Bulwark', address: 'bulwark@trust.example.nhs.uk' });
    expect(parseMailbox('"Bulwark, North" <b@trust.example>')).toEqual({ name: 'Bulwark, North', address: 'b@trust.example' });
    expect(parseMailbox('b@trust.example')).toEqual({ name: undefined, address: 'b@trust.example' });
  });
});

describe('email settings in the configuration', () => {
  const base = { SMTP_URL: 'smtp://bulwark:s3cret-relay-pass@relay.trust.example.nhs.uk:587', SMTP_FROM: FROM, BULWARK_PUBLIC_URL: 'https://bulwark.trust.example.nhs.uk' };
  const errorOf = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) return error.message;
      throw error;
    }
    throw new Error('expected a configuration error');
  };

  it('without SMTP_URL there is no email, and an empty one counts as unset', () => {
    expect(loadConfig({}).email).toBeUndefined();
    expect(loadConfig({ SMTP_URL: '' }).email).toBeUndefined();
  });

  it('with SMTP_URL, SMTP_FROM and BULWARK_PUBLIC_URL email is on', () => {
    expect(loadConfig(base).email).toMatchObject({ host: 'relay.trust.example.nhs.uk', port: 587, security: 'starttls', user: 'bulwark', password: 's3cret-relay-pass', from: { address: 'bulwark@trust.example.nhs.uk' } });
  });

  it('SMTP_URL without SMTP_FROM or BULWARK_PUBLIC_URL is a clear error that does not repeat the password', () => {
    const noFrom = errorOf({ ...base, SMTP_FROM: '' });
    expect(noFrom).toMatch(/SMTP_FROM: required when SMTP_URL is set/);
    const noPublicUrl = errorOf({ SMTP_URL: base.SMTP_URL, SMTP_FROM: FROM });
    expect(noPublicUrl).toMatch(/BULWARK_PUBLIC_URL: required when SMTP_URL is set/);
    const badOption = errorOf({ ...base, SMTP_URL: `${base.SMTP_URL}?tls=off` });
    for (const message of [noFrom, noPublicUrl, badOption]) expect(message).not.toContain('s3cret-relay-pass');
  });
});

describe('addresses and header text', () => {
  it.each([
    ['name@trust.example.nhs.uk', true],
    ['first.last+bulwark@trust.example', true],
    ['a,b@trust.example', false],
    ['"quoted"@trust.example', false],
    ['Name <name@trust.example>', false],
    ['name@trust.example\r\nBcc: x@y.example', false],
    ['name@localhost', false],
    ['@trust.example', false],
    ['name@-trust.example', false],
  ])('%j deliverable: %s', (address, deliverable) => expect(isDeliverableAddress(address)).toBe(deliverable));

  it('header text is one line, without control characters', () => {
    expect(headerText('Mallory\r\nBcc: thief@attacker.example\u0000\u2028X-Injected: yes')).toBe('Mallory Bcc: thief@attacker.example X-Injected: yes');
    expect(headerText('x'.repeat(500))).toHaveLength(200);
  });
});

describe('messages', () => {
  it('HTML is escaped, text is not, and nothing remote is loaded', () => {
    const message = invitationEmail({
      personName: '<img src=x onerror=alert(1)> "Jo" & co',
      organisationName: 'Trust <b>',
      invitedBy: 'Ann Admin',
      roleLabels: ['Staff member'],
      existingAccount: false,
      link: 'https://bulwark.trust.example/accept-invitation#abc"def',
      expiresAt: '2026-01-15T09:30:00.000Z',
    }, BULWARK);
    expect(message.html).toContain('Hello &lt;img src=x onerror=alert(1)&gt; &quot;Jo&quot; &amp; co,');
    expect(message.html).toContain('href="https://bulwark.trust.example/accept-invitation#abc&quot;def"');
    expect(message.html).not.toMatch(/<img|<script|<link|url\(/i);
    expect(message.text).toContain('Hello <img src=x onerror=alert(1)> "Jo" & co,');
    expect(message.subject).toBe('Your invitation to Trust <b> on Bulwark');
    expect(escapeHtml(`<a href='x'>&`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;');
  });

  it('expiry is written in UK time, summer and winter', () => {
    expect(ukDateTime('2026-01-15T09:30:00.000Z')).toBe('Thursday 15 January 2026 at 09:30');
    expect(ukDateTime('2026-07-01T12:00:00.000Z')).toBe('Wednesday 1 July 2026 at 13:00');
  });

  it('a reset email says who asked for it', () => {
    const base = { personName: 'Sam Staff', link: 'https://bulwark.trust.example/reset-password#t', expiresAt: '2026-07-01T12:00:00.000Z' };
    expect(passwordResetEmail({ ...base, requestedBy: { kind: 'self' } }, BULWARK).text).toContain('from the sign-in page');
    expect(passwordResetEmail({ ...base, requestedBy: { kind: 'administrator', name: 'Ann Admin', organisationName: 'Northshire Trust' } }, BULWARK).text).toContain(
      'Ann Admin, an administrator of Northshire Trust, has made you a link',
    );
  });
});

describe('the sender named in every email is the deployment’s', () => {
  const reset = { personName: 'Sam Staff', link: 'https://cyber.trust.example/reset-password#t', expiresAt: '2026-07-01T12:00:00.000Z', requestedBy: { kind: 'self' as const } };

  it.each([
    ['the default', BULWARK, 'Choose a new Bulwark password', 'Sent by Bulwark, your organisation’s cyber-resilience workbench.'],
    ['a service name and its organisation', { serviceName: 'Cyber Hub', organisationName: 'Northshire Care <Ltd>' }, 'Choose a new Cyber Hub password', 'Sent by Cyber Hub, Northshire Care <Ltd>’s cyber-resilience workbench.'],
  ])('%s', (_, sender, subject, footer) => {
    const message = passwordResetEmail(reset, sender);
    expect(message.subject).toBe(subject);
    expect(message.text).toContain(footer);
    expect(message.html).toContain(escapeHtml(footer));
    expect(message.html).toContain(`>${escapeHtml(sender.serviceName)}`);
    if (sender.organisationName) expect(message.html).toContain(escapeHtml(sender.organisationName));
    if (sender.serviceName !== 'Bulwark') expect(`${message.subject}${message.text}${message.html}`).not.toContain('Bulwark');
  });
});

