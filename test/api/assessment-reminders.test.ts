// Reminders of what is due: each owner gets one email a day listing the outcomes assigned to them that
// are overdue or due within a week and not yet agreed; without a mail server nothing is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentSummary, OutcomeDetail } from '../../src/contract/assessments.js';
import { sendReminders } from '../../src/modules/assessments/service.js';
import { parseAsOf } from '../../src/platform/as-of.js';
import { createEmailService } from '../../src/platform/email/email-service.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

let smtp: TestSmtpServer;
let t: TestApp;
let lead: Client;
let igLead: Client;
let staff: Client;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { SMTP_URL: smtp.url, SMTP_FROM: 'bulwark@northshire-acute.example', BULWARK_PUBLIC_URL: 'https://bulwark.northshire-acute.example' } });
  const acute = await orgId(t.app, 'RZZ');
  [lead, igLead, staff] = await Promise.all([
    signIn(t.server, 'seclead@northshire-acute.example'),
    signIn(t.server, 'iglead@northshire-acute.example'),
    signIn(t.server, 'staff@northshire-acute.example'),
  ]);
  const assessment = (await lead.post(`/api/v1/orgs/${acute}/assessments`, { catalogue: 'dspt@2025-26', period: '2025-26' })).json<AssessmentSummary>();
  const set = async (ref: string, change: Record<string, unknown>) => {
    const url = `/api/v1/orgs/${acute}/assessments/${assessment.id}/outcomes/${ref}`;
    const version = (await lead.get(url)).json<OutcomeDetail>().response.version;
    const res = await lead.patch(url, { version, ...change });
    expect(res.statusCode, res.body).toBe(200);
  };
  await set('A1.a', { ownerId: igLead.userId, dueOn: '2026-12-01' });
  await set('A1.b', { ownerId: igLead.userId, dueOn: '2026-12-08' });
  await set('A2.a', { ownerId: igLead.userId, dueOn: '2027-03-01' });
  await set('A1.c', { ownerId: igLead.userId, dueOn: '2026-11-01', level: 'achieved', reviewState: 'agreed' });
  await set('B6.b', { ownerId: staff.userId, dueOn: '2026-11-30' });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('reminders of what is due', () => {
  it('emails each owner the overdue and due-soon outcomes, not agreed ones or those due later', async () => {
    const result = await sendReminders(t.app, parseAsOf('2026-12-05'));
    expect(result).toEqual({ emailed: 2, outcomes: 3, skipped: null });
    const email = await smtp.waitForEmail('iglead@northshire-acute.example');
    expect(email.subject).toBe('Bulwark: 2 outcomes to finish');
    expect(email.text).toContain('A1.a: overdue since 2026-12-01');
    expect(email.text).toContain('A1.b: due 2026-12-08');
    expect(email.text).not.toContain('A2.a');
    expect(email.text).not.toContain('A1.c');
    expect(email.text).toContain('https://bulwark.northshire-acute.example/');
    expect((await smtp.waitForEmail('staff@northshire-acute.example')).text).toContain('B6.b: overdue since 2026-11-30');
  });

  it('sends each reminder once a day however often it runs, and again the next day', async () => {
    expect(await sendReminders(t.app, parseAsOf('2026-12-05'))).toEqual({ emailed: 0, outcomes: 0, skipped: null });
    expect((await sendReminders(t.app, parseAsOf('2026-12-06'))).emailed).toBe(2);
  });

  it('sends nothing when no mail server is set up', async () => {
    const unconfigured = { ...t.app, email: createEmailService(undefined) };
    expect(await sendReminders(unconfigured, parseAsOf('2026-12-07'))).toEqual({ emailed: 0, outcomes: 0, skipped: 'not-configured' });
  });
});
