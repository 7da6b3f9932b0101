// Invitations and administrators' reset links are emailed through a real SMTP server in the test
// process: the right person, both bodies, a link that works; a mail server that cannot be reached or
// refuses leaves the link made and says so; line breaks cannot add recipients or headers; and
// neither the link's token nor the mail server's password reaches the logs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailService } from '../../src/platform/email/email-service.js';
import { parseSmtpSettings } from '../../src/platform/email/smtp-settings.js';
import { type Client, createTestApp, orgId, signIn, signInWithPassword, type TestApp } from '../support/app.js';
import { type LoggedServer, serverWithLogs } from '../support/logs.js';
import { unusedPort } from '../support/server.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

const PUBLIC_URL = 'https://bulwark.northshire.example';
const SMTP_USER = 'bulwark-relay';
const SMTP_PASSWORD = 'relay-password-n0t-for-logs';
const FROM = 'Bulwark <bulwark@northshire-ics.example>';
const tokenOf = (link: string) => link.split('#')[1]!;

describe('with a mail server that accepts', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let logged: LoggedServer;
  let admin: Client;
  let acute: string;
  const post = (url: string, payload: object) => logged.server.inject({ method: 'POST', url, payload });

  beforeAll(async () => {
    smtp = await startSmtpServer({ credentials: { user: SMTP_USER, password: SMTP_PASSWORD } });
    t = await createTestApp({ env: { SMTP_URL: smtp.url, SMTP_FROM: FROM, BULWARK_PUBLIC_URL: PUBLIC_URL, LOGIN_RATE_PER_MINUTE: '500' } });
    logged = await serverWithLogs(t.app);
    acute = await orgId(t.app, 'RZZ');
    admin = await signIn(logged.server, 'orgadmin@northshire-acute.example');
  });
  afterAll(async () => {
    await logged?.server.close();
    await t?.close();
    await smtp?.close();
  });

  it('an invitation is emailed to the person, and its link creates their account and signs them in', async () => {
    const made = await admin.post(`/api/v1/orgs/${acute}/invitations`, { email: 'Ngozi.Adeyemi@northshire-acute.example', name: 'Ngozi Adeyemi', roles: ['ig-lead', 'line-manager'] });
    expect(made.statusCode).toBe(201);
    const { link, delivery, invitation } = made.json<{ link: string; delivery: string; invitation: { id: string } }>();
    expect(delivery).toBe('sent');
    expect(link).toMatch(new RegExp(`^${PUBLIC_URL}/accept-invitation#[A-Za-z0-9_-]{43}$`));

    const email = await smtp.waitForEmail('ngozi.adeyemi@northshire-acute.example');
    expect(email.envelope).toEqual({ from: 'bulwark@northshire-ics.example', to: ['ngozi.adeyemi@northshire-acute.example'] });
    expect(email.headers.get('to')).toEqual(['Ngozi Adeyemi <ngozi.adeyemi@northshire-acute.example>']);
    expect(email.headers.get('from')).toEqual([FROM]);
    expect(email.subject).toBe('Your invitation to Northshire Hospitals NHS Foundation Trust on Bulwark');
    expect(email.text).toContain('Hello Ngozi Adeyemi,');
    expect(email.text).toContain('information governance lead, line manager');
    expect(email.text).toContain(`Accept the invitation:\n${link}\n`);
    expect(email.html).toContain(`<a href="${link}"`);
    expect(email.html).toContain('Hello Ngozi Adeyemi,');
    // Nothing is fetched when the email is opened: no images, style sheets, scripts or fonts.
    expect(email.html).not.toMatch(/<img|<link|<script|url\(|@import/i);

    const accepted = await post('/api/v1/auth/invitations/accept', { token: tokenOf(link), password: 'harbour-thistle-quartz' });
    expect(accepted.statusCode).toBe(200);
    expect((await signInWithPassword(logged.server, 'ngozi.adeyemi@northshire-acute.example', 'harbour-thistle-quartz')).stage).toBe('complete');
    const listed = (await admin.get(`/api/v1/orgs/${acute}/invitations`)).json<{ invitations: Array<{ id: string; state: string }> }>().invitations;
    expect(listed.find((i) => i.id === invitation.id)?.state).toBe('accepted');
  });

  it('an administrator’s reset link is emailed as well as shown, and works once', async () => {
    const auditorId = (await t.app.db.selectFrom('users').select('id').where('email', '=', 'auditor@northshire-acute.example').executeTakeFirstOrThrow()).id;
    const made = await admin.post(`/api/v1/orgs/${acute}/members/${auditorId}/password-reset`);
    expect(made.statusCode).toBe(201);
    const { link, delivery } = made.json<{ link: string; delivery: string }>();
    expect(delivery).toBe('sent');

    const email = await smtp.waitForEmail('auditor@northshire-acute.example');
    expect(email.envelope.to).toEqual(['auditor@northshire-acute.example']);
    expect(email.subject).toBe('Choose a new Bulwark password');
    expect(email.text).toMatch(/, an administrator of Northshire Hospitals NHS Foundation Trust, has made you a link/);
    expect(email.text).toContain(`Choose a new password:\n${link}\n`);
    expect(email.html).toContain(`<a href="${link}"`);

    expect((await post('/api/v1/auth/password-reset', { token: tokenOf(link), password: 'saffron-glacier-pebble' })).statusCode).toBe(204);
    expect((await post('/api/v1/auth/password-reset', { token: tokenOf(link), password: 'saffron-glacier-pebble-2' })).statusCode).toBe(409);
    expect((await signInWithPassword(logged.server, 'auditor@northshire-acute.example', 'saffron-glacier-pebble')).stage).toBe('complete');
  });

  it('line breaks in a name cannot add recipients or headers, and an email address with them is refused', async () => {
    const name = 'Mallory Jones\r\nBcc: thief@attacker.example\r\nX-Injected: yes';
    const made = await admin.post(`/api/v1/orgs/${acute}/invitations`, { email: 'mallory.jones@northshire-acute.example', name, roles: ['staff'] });
    expect(made.statusCode).toBe(201);
    expect(made.json().delivery).toBe('sent');
    const email = await smtp.waitForEmail('mallory.jones@northshire-acute.example');
    expect(email.envelope.to).toEqual(['mallory.jones@northshire-acute.example']);
    expect(email.headers.has('bcc')).toBe(false);
    expect(email.headers.has('x-injected')).toBe(false);
    expect(email.headers.get('to')).toHaveLength(1);
    expect(email.headers.get('to')![0]).toMatch(/<mallory\.jones@northshire-acute\.example>$/);
    // The name is still shown, on one line.
    expect(email.text).toContain('Hello Mallory Jones Bcc: thief@attacker.example X-Injected: yes,');

    const brokenEmail = await admin.post(`/api/v1/orgs/${acute}/invitations`, { email: 'victim@northshire-acute.example\r\nBcc: thief@attacker.example', name: 'Victim', roles: ['staff'] });
    expect(brokenEmail.statusCode).toBe(422);
    // An address that is really a list ("a,b@c") is never handed to the mail server.
    const listLike = await admin.post(`/api/v1/orgs/${acute}/invitations`, { email: 'victim,thief@attacker.example', name: 'Victim', roles: ['staff'] });
    expect(listLike.statusCode).toBe(201);
    expect(listLike.json().delivery).toBe('failed');
    await t.app.email.settled();
    expect(smtp.received.flatMap((m) => m.envelope.to).filter((to) => to.includes('attacker') || to.startsWith('victim'))).toEqual([]);
  });

  it('the mail server’s password is redacted wherever the settings are logged', async () => {
    logged.server.log.info({ config: t.app.config, email: t.app.config.email }, 'settings, as someone might log them');
    const line = logged.lines.find((l) => l.includes('settings, as someone might log them'))!;
    expect(line).toContain('[redacted]');
    expect(line).not.toContain(SMTP_PASSWORD);
    expect(logged.lines.join('\n')).not.toContain(SMTP_PASSWORD);
  });

  it('every email sent is logged by purpose and record, without the link or the address', async () => {
    const sent = logged.records().filter((r) => r.msg === 'email sent');
    expect(sent.map((r) => r.purpose).sort()).toEqual(['invitation', 'invitation', 'password-reset']);
    const all = logged.lines.join('\n');
    for (const email of smtp.received) {
      const link = /https:\/\/bulwark\.northshire\.example\/\S+#([A-Za-z0-9_-]{43})/.exec(email.text)![1]!;
      expect(all).not.toContain(link);
    }
    expect(all).not.toContain('ngozi.adeyemi@');
  });
});

describe('with a mail server that cannot be reached', () => {
  let t: TestApp;
  let logged: LoggedServer;
  let admin: Client;
  let acute: string;

  beforeAll(async () => {
    const closedPort = await unusedPort();
    t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${closedPort}?ignoreTLS=true`, SMTP_FROM: FROM, BULWARK_PUBLIC_URL: PUBLIC_URL, LOGIN_RATE_PER_MINUTE: '500' } });
    logged = await serverWithLogs(t.app);
    acute = await orgId(t.app, 'RZZ');
    admin = await signIn(logged.server, 'orgadmin@northshire-acute.example');
  });
  afterAll(async () => {
    await logged?.server.close();
    await t?.close();
  });

  it('the invitation is still made, the answer says the email failed, and the log says why without the token', async () => {
    const made = await admin.post(`/api/v1/orgs/${acute}/invitations`, { email: 'unlucky@northshire-acute.example', name: 'Una Lucky', roles: ['staff'] });
    expect(made.statusCode).toBe(201);
    const { link, delivery, invitation } = made.json<{ link: string; delivery: string; invitation: { id: string; state: string } }>();
    expect(delivery).toBe('failed');
    expect(invitation.state).toBe('pending');
    const preview = await logged.server.inject({ method: 'POST', url: '/api/v1/auth/invitations/preview', payload: { token: tokenOf(link) } });
    expect(preview.statusCode).toBe(200);

    const failure = logged.records().find((r) => r.msg === 'email not sent');
    expect(failure).toMatchObject({ purpose: 'invitation', reference: invitation.id, module: 'email' });
    expect(['ECONNECTION', 'ESOCKET']).toContain(failure!.code);
    expect(failure!.cause).toBe('ECONNREFUSED');
    const all = logged.lines.join('\n');
    expect(all).not.toContain(tokenOf(link));
    expect(all).not.toContain('unlucky@');
  });

  it('a password reset asked for from the sign-in page still makes a link, and no log line holds its token', async () => {
    const asked = await logged.server.inject({ method: 'POST', url: '/api/v1/auth/password-reset-requests', payload: { email: 'caldicott@northshire-acute.example' } });
    expect(asked.statusCode).toBe(202);
    await t.app.email.settled();
    const caldicott = await t.app.db.selectFrom('users').select('id').where('email', '=', 'caldicott@northshire-acute.example').executeTakeFirstOrThrow();
    const links = await t.app.db.selectFrom('account_links').selectAll().where('user_id', '=', caldicott.id).execute();
    expect(links).toHaveLength(1);
    const records = logged.records();
    expect(records.find((r) => r.msg === 'email not sent' && r.purpose === 'password-reset')).toMatchObject({ reference: links[0]!.id });
    expect(records.find((r) => r.msg === 'password reset request')).toMatchObject({ outcome: 'email-failed', reqId: asked.headers['x-request-id'] });
    // The token was never shown to anyone; check every token-shaped string in the logs against its hash.
    const { tokenId } = await import('../../src/modules/accounts/domain/credentials.js');
    const tokenShaped = logged.lines.join('\n').match(/[A-Za-z0-9_-]{43}/g) ?? [];
    expect(tokenShaped.map(tokenId)).not.toContain(links[0]!.token_hash);
  });
});

describe('the email service on its own', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer({ credentials: { user: SMTP_USER, password: SMTP_PASSWORD } });
  });
  afterAll(() => smtp?.close());

  const message = { to: 'someone@northshire-acute.example', subject: 'Test', text: 'Hello', html: '<p>Hello</p>', purpose: 'test' };

  function serviceFor(url: string) {
    const parsed = parseSmtpSettings(url, FROM);
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const logs: Array<{ message: string; details: object }> = [];
    const keep = (details: object, text: string) => void logs.push({ message: text, details });
    const service = createEmailService(parsed.settings);
    service.logTo({ info: keep, warn: keep, error: keep });
    return { service, logs };
  }

  it('smtp:// without ignoreTLS insists on STARTTLS, so a server that cannot encrypt gets nothing', async () => {
    const { service, logs } = serviceFor(`smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${smtp.port}`);
    expect(await service.sendEmail(message)).toBe('failed');
    expect(smtp.received).toEqual([]);
    expect(logs[0]).toMatchObject({ message: 'email not sent', details: { purpose: 'test' } });
    await service.close();
  });

  it('STARTTLS with a certificate that cannot be verified fails the send: certificates are always checked', async () => {
    const untrusted = await startSmtpServer({ starttls: true });
    const { service, logs } = serviceFor(`smtp://127.0.0.1:${untrusted.port}`);
    expect(await service.sendEmail(message)).toBe('failed');
    expect(untrusted.received).toEqual([]);
    expect(logs).toEqual([{ message: 'email not sent', details: expect.objectContaining({ purpose: 'test', code: expect.stringMatching(/^(ETLS|ESOCKET)$/), cause: expect.stringMatching(/CERT/) }) }]);
    await service.close();
    await untrusted.close();
  });

  it('a wrong mail server password fails the send, and the log names the failure without the password', async () => {
    const wrong = 'wrong-relay-password-xyz';
    const { service, logs } = serviceFor(`smtp://${SMTP_USER}:${wrong}@127.0.0.1:${smtp.port}?ignoreTLS=true`);
    expect(await service.sendEmail(message)).toBe('failed');
    expect(logs).toEqual([{ message: 'email not sent', details: expect.objectContaining({ purpose: 'test', code: 'EAUTH', responseCode: 535 }) }]);
    const logged = JSON.stringify(logs);
    for (const secret of [wrong, Buffer.from(wrong).toString('base64'), Buffer.from(`\u0000${SMTP_USER}\u0000${wrong}`).toString('base64')]) expect(logged).not.toContain(secret);
    expect(smtp.received).toEqual([]);
    await service.close();
  });

  it('with the right password and ignoreTLS the message arrives', async () => {
    const { service } = serviceFor(`smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${smtp.port}?ignoreTLS=true`);
    expect(await service.sendEmail(message)).toBe('sent');
    expect((await smtp.waitForEmail('someone@northshire-acute.example')).text).toBe('Hello');
    await service.close();
  });
});
