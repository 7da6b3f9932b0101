// Owners and the SIRO are told when an incident's 72-hour clock passes 48 hours and when a deadline
// passes: in the app, and by email when SMTP is set up; once each, however many watches run at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail } from '../../src/contract/incidents.js';
import type { InAppNotificationList } from '../../src/contract/notifications.js';
import { watchIncidentClocks } from '../../src/modules/incidents/service.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

const HOUR = 3_600_000;
let smtp: TestSmtpServer;
let t: TestApp;
let acute: string;
let analyst: Client, siro: Client, seclead: Client;
let breach: IncidentDetail;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { SMTP_URL: smtp.url, SMTP_FROM: 'bulwark@northshire-acute.example', BULWARK_PUBLIC_URL: 'https://bulwark.northshire-acute.example' } });
  acute = await orgId(t.app, 'RZZ');
  [analyst, siro, seclead] = await Promise.all([
    signIn(t.server, 'analyst@northshire-acute.example'),
    signIn(t.server, 'siro@northshire-acute.example'),
    signIn(t.server, 'seclead@northshire-acute.example'),
  ]);
  const detected = new Date(Date.now() - 50 * HOUR).toISOString();
  const res = await seclead.post(`/api/v1/orgs/${acute}/incidents`, {
    title: 'Clinic letters posted to old addresses',
    kind: 'data-breach',
    severity: 'medium',
    ownerId: analyst.userId,
    breachLikelihood: 4,
    breachHarm: 2,
    milestones: { detected },
  });
  expect(res.statusCode, res.body).toBe(201);
  breach = res.json<IncidentDetail>();
  // Told senior management in time: only the ICO clock has news.
  await seclead.post(`/api/v1/orgs/${acute}/incidents/${breach.id}/notifications`, { recipient: 'senior-management', sentAt: new Date(Date.now() - 45 * HOUR).toISOString() });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('the clock watch', () => {
  it('tells the owner and the SIRO once when the ICO clock passes 48 hours, however many watches run at once', async () => {
    const runs = await Promise.all(Array.from({ length: 5 }, () => watchIncidentClocks(t.app, new Date())));
    expect(runs.reduce((sum, r) => sum + r.created, 0)).toBe(2);
    expect(runs.reduce((sum, r) => sum + r.emailed, 0)).toBe(2);
    const email = await smtp.waitForEmail('analyst@northshire-acute.example');
    expect(email.subject).toMatch(new RegExp(`^Bulwark: ${breach.reference}: 2[0-9] h \\d+ min left to notify the ICO$`));
    expect(email.text).toContain(`https://bulwark.northshire-acute.example/orgs/${acute}/incidents/${breach.id}`);
    expect(email.text).toMatch(/It is due by \w+ \d{1,2} \w+ \d{4} at \d{2}:\d{2} \(UK time\)/);
    expect((await smtp.waitForEmail('siro@northshire-acute.example')).subject).toContain(breach.reference);
    expect((await watchIncidentClocks(t.app, new Date())).created).toBe(0);
  });

  it('tells them again, once, when the deadline passes, and not after the ICO is told', async () => {
    const late = new Date(Date.now() + 23 * HOUR);
    expect((await watchIncidentClocks(t.app, late)).created).toBe(2);
    expect((await watchIncidentClocks(t.app, late)).created).toBe(0);
    await seclead.post(`/api/v1/orgs/${acute}/incidents/${breach.id}/notifications`, { recipient: 'ico', sentAt: new Date().toISOString(), reference: 'ICO/00000002' });
    const mine = (await analyst.get('/api/v1/me/notifications')).json<InAppNotificationList>();
    expect(mine.items.map((n) => n.title)).toEqual([`${breach.reference}: the report to the ICO is overdue`, expect.stringContaining('left to notify the ICO') as unknown]);
    expect(mine.unread).toBe(2);
  });

  it('shows each person their own notifications, and marks them read', async () => {
    const mine = (await analyst.get('/api/v1/me/notifications')).json<InAppNotificationList>();
    const first = mine.items[0]!;
    expect(first.link).toBe(`/orgs/${acute}/incidents/${breach.id}`);
    expect((await seclead.post(`/api/v1/me/notifications/${first.id}/read`)).statusCode).toBe(404);
    expect((await analyst.post(`/api/v1/me/notifications/${first.id}/read`)).statusCode).toBe(204);
    expect((await analyst.get('/api/v1/me/notifications')).json<InAppNotificationList>().unread).toBe(1);
    expect((await analyst.post('/api/v1/me/notifications/read-all')).statusCode).toBe(204);
    expect((await analyst.get('/api/v1/me/notifications')).json<InAppNotificationList>().unread).toBe(0);
    expect((await seclead.get('/api/v1/me/notifications')).json<InAppNotificationList>().items).toEqual([]);
    expect((await siro.get('/api/v1/me/notifications')).json<InAppNotificationList>().unread).toBe(2);
  });
});
