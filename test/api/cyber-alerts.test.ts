// The NHS cyber alerts register through the API on a real database: recording an alert (one per
// reference in any case, even when two people race), bad details named and nothing kept; the hosts
// its CVEs and products touch, from the scanner findings at the as-of instant; the response step by
// step against the version read; the overdue lists and counts; and the heads of cyber security told
// once, by email, of an acknowledgement due or overdue and a remediation overdue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CyberAlertList, CyberAlertView } from '../../src/contract/cyber-alerts.js';
import { remindCyberAlerts } from '../../src/modules/cyber-alerts/service.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { nessusCsv, nessusRow } from '../fixtures/vulns/scanner-files.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

let smtp: TestSmtpServer;
let t: TestApp;
let acute: string, mentalHealth: string;
let orgAdmin: Client, secLead: Client, analyst: Client, auditor: Client, staff: Client, mhAdmin: Client, icsLead: Client, mhLead: Client;
let assetId: string;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { SMTP_URL: smtp.url, SMTP_FROM: 'bulwark@northshire-acute.example', BULWARK_PUBLIC_URL: 'https://bulwark.northshire-acute.example' } });
  [acute, mentalHealth] = await Promise.all([orgId(t.app, 'RZZ'), orgId(t.app, 'RZY')]);
  [secLead, analyst, auditor, staff, mhAdmin, icsLead, orgAdmin] = await Promise.all([
    signIn(t.server, 'seclead@northshire-acute.example'),
    signIn(t.server, 'analyst@northshire-acute.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
    signIn(t.server, 'icslead@northshire-ics.example'),
    signIn(t.server, 'orgadmin@northshire-acute.example'),
  ]);
  mhLead = mhAdmin;
  const asset = await orgAdmin.post(`/api/v1/orgs/${acute}/assets`, { name: 'Remote-Gw-01', type: 'system', criticality: 'high' });
  expect(asset.statusCode, asset.body).toBe(201);
  assetId = asset.json<{ id: string }>().id;
  // Ten days ago the scan found the gateway open to CVE-2024-10001 (its check names the product),
  // and a ward PC open to CVE-2024-10002.
  const scan = nessusCsv([
    nessusRow('200001', 'remote-gw-01', { CVE: 'CVE-2024-10001', Risk: 'Critical', Name: 'Invented Gateway Secure 9.1 < 9.1R2 remote code execution' }),
    nessusRow('200002', 'ward-pc-17', { CVE: 'CVE-2024-10002', Risk: 'High' }),
  ]);
  const imported = await secLead.request('POST', `/api/v1/orgs/${acute}/imports/vulns?${new URLSearchParams({ file: 'scan.csv', preset: 'nessus', asOf: ago(10 * DAY) })}`, scan, { 'content-type': 'text/csv' });
  expect(imported.statusCode, imported.body).toBe(201);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const base = () => `/api/v1/orgs/${acute}/cyber-alerts`;
const anAlert = (more: Record<string, unknown> = {}) => ({ reference: 'CC-4001', title: 'Invented Gateway Secure flaw exploited', severity: 'critical', issuedAt: ago(HOUR), cves: ['cve-2024-10001'], ...more });
async function record(body: Record<string, unknown>): Promise<CyberAlertView> {
  const res = await analyst.post(base(), body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<CyberAlertView>();
}
async function list(query = ''): Promise<CyberAlertList> {
  const res = await auditor.get(`${base()}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CyberAlertList>();
}

describe('who may use the register', () => {
  it('lets those who read findings read it, and refuses staff, the ICS and another trust', async () => {
    expect((await auditor.get(base())).statusCode).toBe(200);
    expect((await staff.get(base())).statusCode).toBe(403);
    expect((await icsLead.get(base())).statusCode).toBe(403);
    expect((await mhAdmin.get(base())).statusCode).toBe(404);
    expect((await mhAdmin.post(base(), anAlert())).statusCode).toBe(404);
    // An auditor reads but does not record.
    expect((await auditor.post(base(), anAlert())).statusCode).toBe(403);
    expect((await list()).total).toBe(0);
  });
});

let gateway: CyberAlertView;

describe('recording an alert', () => {
  it('refuses bad details, naming each field and value, and keeps nothing', async () => {
    const empty = await analyst.post(base(), anAlert({ title: '  ' }));
    expect(empty.statusCode).toBe(422);
    expect(empty.json<{ errors: Array<{ field: string; message: string }> }>().errors).toEqual([{ field: 'title', message: 'Enter the alert’s title' }]);
    const res = await analyst.post(base(), anAlert({ cves: ['CVE-2024-10001', 'CVE-24-1'], issuedAt: '2026-05-01 09:00', remediateBy: '2026-02-31' }));
    expect(res.statusCode).toBe(422);
    const errors = res.json<{ errors: Array<{ field: string; value: string }> }>().errors;
    expect(errors.map((e) => [e.field, e.value])).toEqual([
      ['issuedAt', '2026-05-01 09:00'],
      ['cves.1', 'CVE-24-1'],
      ['remediateBy', '2026-02-31'],
    ]);
    const future = await analyst.post(base(), anAlert({ issuedAt: new Date(Date.now() + DAY).toISOString() }));
    expect(future.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toEqual(['issuedAt']);
    expect((await list()).total).toBe(0);
  });

  it('keeps one alert per reference, in any case, when two people record it at once', async () => {
    const [a, b] = await Promise.all([analyst.post(base(), anAlert({ reference: 'CC-4000' })), secLead.post(base(), anAlert({ reference: 'cc-4000 ' }))]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json<{ detail: string }>().detail).toMatch(/already holds an alert with the reference/);
    const again = await analyst.post(base(), anAlert({ reference: 'Cc-4000' }));
    expect(again.statusCode).toBe(409);
    expect(again.json<{ detail: string }>().detail).toBe('This organisation’s register already holds an alert with the reference Cc-4000, in some case.');
    expect((await list()).total).toBe(1);
  });

  it('says it is likely to apply: the host open to its CVE, or running its product, with the asset', async () => {
    gateway = await record(anAlert({ products: ['Invented Gateway Secure'] }));
    expect(gateway).toMatchObject({ reference: 'CC-4001', state: 'new', cves: ['CVE-2024-10001'], applicability: null, version: 1 });
    expect(gateway.computed).toEqual({
      likely: true,
      hosts: 1,
      assets: 1,
      matches: [{ hostId: expect.any(String) as unknown, hostName: 'remote-gw-01', ip: null, assetId, assetName: 'Remote-Gw-01', cveIds: ['CVE-2024-10001'], software: ['Invented Gateway Secure 9.1 < 9.1R2 remote code execution'] }],
    });
    // Before the scan, nothing was known to be open.
    const before = (await auditor.get(`${base()}/${gateway.id}?asOf=${encodeURIComponent(ago(11 * DAY))}`)).json<CyberAlertView>();
    expect(before.computed).toEqual({ likely: false, hosts: 0, assets: 0, matches: [] });
    const elsewhere = await record(anAlert({ reference: 'CC-4002', title: 'A product we do not run', severity: 'medium', cves: ['CVE-2023-99999'], products: ['Nothing We Run'] }));
    expect(elsewhere.computed.likely).toBe(false);
  });

  it('takes its remediate-by date from the organisation’s deadline for its severity', async () => {
    const issued = '2026-03-28T10:00:00.000Z';
    const alert = await record(anAlert({ reference: 'CC-4003', title: 'Across the clocks changing', severity: 'low', issuedAt: issued, cves: [] }));
    // 48 real hours, though the clocks went forward that night; low by default has 90 days.
    expect(alert).toMatchObject({ acknowledgeDueAt: '2026-03-30T10:00:00.000Z', remediateBy: '2026-06-26', acknowledgementOverdue: true, acknowledgedLate: true });
    const settings = await secLead.put(`/api/v1/orgs/${acute}/remediation-deadlines`, { version: 0, settings: { critical: 7, high: 14, medium: 30, low: 60, kev: 21 } });
    expect(settings.statusCode, settings.body).toBe(200);
    expect((await auditor.get(`${base()}/${alert.id}`)).json<CyberAlertView>().remediateBy).toBe('2026-05-27');
    const given = await secLead.patch(`${base()}/${alert.id}`, { version: alert.version, remediateBy: '2026-04-01' });
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json<CyberAlertView>()).toMatchObject({ remediateBy: '2026-04-01', version: 2 });
    const early = await secLead.patch(`${base()}/${alert.id}`, { version: 2, remediateBy: '2026-03-27' });
    expect(early.statusCode).toBe(422);
    expect(early.json<{ errors: Array<{ field: string; value: string }> }>().errors).toEqual([expect.objectContaining({ field: 'remediateBy', value: '2026-03-27' })]);
  });
  it('changes only the details given, against the version read, and audits the change', async () => {
    const [alert] = (await list('?severity=medium')).items;
    const res = await secLead.patch(`${base()}/${alert!.id}`, { version: alert!.version, title: 'A product we have never run', summary: 'Checked with the infrastructure team.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<CyberAlertView>()).toMatchObject({ title: 'A product we have never run', summary: 'Checked with the infrastructure team.', cves: ['CVE-2023-99999'], products: ['Nothing We Run'], severity: 'medium', version: alert!.version + 1 });
    const stale = await secLead.patch(`${base()}/${alert!.id}`, { version: alert!.version, title: 'Lost' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ current: CyberAlertView }>().current.title).toBe('A product we have never run');
    const audit = await orgAdmin.get(`/api/v1/orgs/${acute}/audit?action=cyber-alert.change&limit=10`);
    const change = audit.json<{ events: Array<{ entityId: string; before: unknown; after: unknown }> }>().events.find((e) => e.entityId === alert!.id);
    expect(change).toMatchObject({ before: { title: 'A product we do not run', summary: null }, after: { title: 'A product we have never run', summary: 'Checked with the infrastructure team.' } });
  });
});

describe('the response, step by step', () => {
  const step = (path: string, body: Record<string, unknown>, client = analyst) => client.post(`${base()}/${gateway.id}/${path}`, body);

  it('refuses steps out of order, and changes nothing', async () => {
    const remediated = await step('remediated', { version: 1 });
    expect(remediated.statusCode).toBe(409);
    expect(remediated.json<{ detail: string }>().detail).toBe('Acknowledge the alert before marking it remediated.');
    const close = await step('close', { version: 1, reason: 'Done' });
    expect(close.statusCode).toBe(409);
    expect(close.json<{ detail: string }>().detail).toMatch(/Confirm whether this alert applies before closing it/);
    const early = await step('acknowledge', { version: 1, at: ago(2 * HOUR) });
    expect(early.statusCode).toBe(422);
    expect(early.json<{ errors: Array<{ field: string }> }>().errors[0]!.field).toBe('at');
    expect((await auditor.get(`${base()}/${gateway.id}`)).json<CyberAlertView>()).toMatchObject({ state: 'new', version: 1 });
  });

  it('records a person’s confirmation that it applies, with who and when', async () => {
    const res = await step('applicability', { version: 1, applicability: 'applicable', note: 'The remote access gateway runs it.' }, secLead);
    expect(res.statusCode, res.body).toBe(200);
    const alert = res.json<CyberAlertView>();
    expect(alert.applicability).toMatchObject({ value: 'applicable', note: 'The remote access gateway runs it.', by: { id: secLead.userId, name: expect.any(String) as unknown } });
    expect(alert.version).toBe(2);
  });

  it('refuses a step made against the version read before, with the alert as it now stands', async () => {
    const res = await step('acknowledge', { version: 1 });
    expect(res.statusCode).toBe(409);
    const problem = res.json<{ type: string; current: CyberAlertView; changedBy: string }>();
    expect(problem.type).toMatch(/stale-change/);
    expect(problem.current).toMatchObject({ id: gateway.id, version: 2, applicability: { value: 'applicable' } });
    expect(problem.changedBy).toBeTruthy();
  });

  it('acknowledges, writes updates, marks it remediated and closes it', async () => {
    const acknowledged = await step('acknowledge', { version: 2, note: 'Acknowledged on the portal.' });
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    expect(acknowledged.json<CyberAlertView>()).toMatchObject({ state: 'acknowledged', acknowledgedBy: { id: analyst.userId }, acknowledgedLate: false, acknowledgementOverdue: false, version: 3 });
    expect((await step('acknowledge', { version: 3 })).json<{ detail: string }>().detail).toBe('This alert has already been acknowledged.');
    const update = await step('updates', { version: 3, text: 'Patch applied to the gateway; awaiting a rescan.' });
    expect(update.statusCode, update.body).toBe(200);
    expect(update.json<CyberAlertView>().updates.map((u) => u.text)).toEqual(['Acknowledged on the portal.', 'Patch applied to the gateway; awaiting a rescan.']);
    const remediated = await step('remediated', { version: 4 });
    expect(remediated.statusCode, remediated.body).toBe(200);
    expect(remediated.json<CyberAlertView>()).toMatchObject({ state: 'remediated', remediatedBy: { id: analyst.userId } });
    expect((await step('applicability', { version: 5, applicability: 'not-applicable' })).statusCode).toBe(409);
    const closed = await step('close', { version: 5, reason: 'Rescan shows the gateway fixed.' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<CyberAlertView>()).toMatchObject({ state: 'closed', closeReason: 'Rescan shows the gateway fixed.', version: 6 });
    expect((await step('updates', { version: 6, text: 'Too late' })).statusCode).toBe(409);
    expect((await secLead.patch(`${base()}/${gateway.id}`, { version: 6, title: 'Renamed' })).statusCode).toBe(409);
  });

  it('closes an alert confirmed not to apply without remediating it', async () => {
    const alert = (await list('?severity=medium')).items[0]!;
    const confirmed = await secLead.post(`${base()}/${alert.id}/applicability`, { version: alert.version, applicability: 'not-applicable', note: 'We do not run it.' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const closed = await secLead.post(`${base()}/${alert.id}/close`, { version: alert.version + 1, reason: 'Not in our estate.' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<CyberAlertView>()).toMatchObject({ state: 'closed', acknowledgedAt: null, acknowledgementOverdue: false });
  });

  it('keeps each change in the audit trail', async () => {
    const res = await orgAdmin.get(`/api/v1/orgs/${acute}/audit?entityType=cyber-alert&limit=500`);
    expect(res.statusCode, res.body).toBe(200);
    const actions = res.json<{ events: Array<{ action: string; entityId: string }> }>().events.filter((e) => e.entityId === gateway.id).map((e) => e.action);
    expect(new Set(actions)).toEqual(new Set(['cyber-alert.create', 'cyber-alert.applicability', 'cyber-alert.acknowledge', 'cyber-alert.update', 'cyber-alert.remediate', 'cyber-alert.close']));
  });

  it('is not found through another organisation, for its own administrator either', async () => {
    expect((await mhLead.get(`/api/v1/orgs/${mentalHealth}/cyber-alerts/${gateway.id}`)).statusCode).toBe(404);
    expect((await mhLead.post(`/api/v1/orgs/${mentalHealth}/cyber-alerts/${gateway.id}/updates`, { version: 6, text: 'x' })).statusCode).toBe(404);
  });
});

describe('the overdue lists and reminders', () => {
  let late: CyberAlertView, soon: CyberAlertView, unfixed: CyberAlertView;

  beforeAll(async () => {
    late = await record(anAlert({ reference: 'CC-5001', title: 'Not acknowledged in time', issuedAt: ago(50 * HOUR), cves: [] }));
    soon = await record(anAlert({ reference: 'CC-5002', title: 'Due within hours', severity: 'high', issuedAt: ago(40 * HOUR), cves: [] }));
    unfixed = await record(anAlert({ reference: 'CC-5003', title: 'Applies and not yet fixed', issuedAt: ago(20 * DAY), cves: [] }));
    const ack = await secLead.post(`${base()}/${unfixed.id}/acknowledge`, { version: 1, at: ago(20 * DAY - HOUR) });
    expect(ack.statusCode, ack.body).toBe(200);
    expect((await secLead.post(`${base()}/${unfixed.id}/applicability`, { version: 2, applicability: 'applicable' })).statusCode).toBe(200);
  });

  it('lists alerts not acknowledged within 48 hours, and those past their remediate-by date', async () => {
    const now = await list('?overdue=acknowledgement');
    expect(now.items.map((a) => a.reference).sort()).toEqual(['CC-4003', 'CC-5001']);
    expect(now.counts).toEqual({ open: 5, acknowledgementOverdue: 2, remediationOverdue: 1, awaitingApplicability: 4 });
    expect((await list('?overdue=remediation')).items.map((a) => a.reference)).toEqual(['CC-5003']);
    // A day earlier CC-5001 was within its 48 hours, and CC-5003 (critical, 7 days) was already past.
    const earlier = await list(`?overdue=acknowledgement&asOf=${encodeURIComponent(ago(DAY))}`);
    expect(earlier.items.map((a) => a.reference)).toEqual(['CC-4003']);
    expect((await list('?state=closed')).total).toBe(2);
    const bad = await auditor.get(`${base()}?overdue=sometimes`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toEqual(['overdue']);
    const badDate = await auditor.get(`${base()}?asOf=2026-02-31`);
    expect(badDate.statusCode).toBe(422);
    expect(badDate.json<{ errors: Array<{ field: string; value: string }> }>().errors).toEqual([expect.objectContaining({ field: 'asOf', value: '2026-02-31' })]);
  });

  it('tells the head of cyber security once, by email, however many reminders run at once', async () => {
    const runs = await Promise.all(Array.from({ length: 3 }, () => remindCyberAlerts(t.app, new Date())));
    // CC-4003 and CC-5001 overdue to acknowledge, CC-5002 due within 12 hours, CC-5003 overdue to remediate.
    expect(runs.reduce((sum, r) => sum + r.created, 0)).toBe(4);
    expect(runs.reduce((sum, r) => sum + r.emailed, 0)).toBe(4);
    const subjects = smtp.emailsTo('seclead@northshire-acute.example').map((e) => e.subject).sort();
    expect(subjects).toEqual([
      'Bulwark: CC-4003: acknowledgement is overdue',
      `Bulwark: CC-5001: acknowledgement is overdue`,
      expect.stringMatching(/^Bulwark: CC-5002: acknowledge by \w+ \d{1,2} \w+ \d{4} at \d{2}:\d{2}$/) as unknown,
      'Bulwark: CC-5003: remediation is overdue',
    ]);
    expect(smtp.emailsTo('seclead@northshire-acute.example').find((e) => e.subject.includes('CC-5003'))!.text).toContain(`https://bulwark.northshire-acute.example/orgs/${acute}/cyber-alerts/${unfixed.id}`);
    expect(smtp.emailsTo('analyst@northshire-acute.example')).toEqual([]);
    expect((await remindCyberAlerts(t.app, new Date())).created).toBe(0);
    // Once CC-5002's 48 hours pass, it is news again: overdue now.
    expect((await remindCyberAlerts(t.app, new Date(Date.now() + 9 * HOUR))).created).toBe(1);
    expect(late.id).toBeTruthy();
    expect(soon.id).toBeTruthy();
  });
});
