// The demo trust's vulnerability scans, loaded as `bulwark demo` loads them: three Nessus scans and a
// Defender export through the import pipeline, giving an exposure report with something in every
// part a Trust's would have: findings past due and in time, fixed, re-opened, hosts known only by
// address, and hosts on unsupported systems (Windows Server 2012 R2 and Windows 10); and its NHS
// cyber alerts register. Loading again adds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CyberAlertList } from '../../src/contract/cyber-alerts.js';
import type { ExposureReport, FindingList } from '../../src/contract/vulnerabilities.js';
import { loadDemo } from '../../src/modules/demo/service.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let secLead: Client;

beforeAll(async () => {
  t = await createTestApp({ demoVulnerabilities: true });
  acute = await orgId(t.app, 'RZZ');
  secLead = await signIn(t.server, 'seclead@northshire-acute.example');
});
afterAll(() => t.close());

describe('the demo trust’s vulnerability scans', () => {
  it('give an exposure report with past-due, fixed, re-opened and unsupported', async () => {
    const res = await secLead.get(`/api/v1/orgs/${acute}/vulnerability-exposure`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<ExposureReport>();
    expect(r.hosts.total).toBeGreaterThan(30);
    expect(r.open.total).toBeGreaterThan(50);
    expect(r.open.pastDue).toBeGreaterThan(0);
    expect(r.open.pastDue).toBeLessThan(r.open.total);
    expect(r.remediation.fixed).toBeGreaterThan(10);
    expect(r.remediation.withinDeadline).toBeGreaterThan(0);
    expect(r.remediation.withinDeadline).toBeLessThan(r.remediation.decided);
    const unsupported = new Map(r.unsupportedHosts.map((u) => [u.host.name, u.rowId]));
    expect(unsupported.get('bms-ctrl-01')).toBe('windows-server-2012-r2');
    expect(unsupported.get('dictation-01')).toBe('windows-server-2012-r2');
    expect(unsupported.get('ward-pc-001')).toBe('windows-10');
    expect(unsupported.has('ward-pc-002')).toBe(false);
    expect(r.pastDueByOwner.length).toBeGreaterThan(0);
  });

  it('hold re-opened findings and hosts known only by their address', async () => {
    const list = await secLead.get(`/api/v1/orgs/${acute}/vulnerability-findings?state=open&pageSize=500`);
    const items = list.json<FindingList>().items;
    expect(items.some((f) => (f.deadline?.reopenings ?? 0) > 0)).toBe(true);
    expect(items.some((f) => f.host.name === null && f.host.ip?.startsWith('10.40.'))).toBe(true);
    expect(items.some((f) => f.scope === 'Microsoft Defender' && f.host.os === 'Windows10')).toBe(true);
  });

  it('come with an NHS cyber alerts register at every stage, two alerts touching the scanned hosts', async () => {
    const res = await secLead.get(`/api/v1/orgs/${acute}/cyber-alerts?pageSize=50`);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<CyberAlertList>();
    expect(Object.fromEntries(list.items.map((a) => [a.reference, a.state]))).toEqual({
      'CC-DEMO-0101': 'acknowledged',
      'CC-DEMO-0102': 'closed',
      'CC-DEMO-0103': 'closed',
      'CC-DEMO-0104': 'acknowledged',
      'CC-DEMO-0105': 'new',
    });
    // The logging library's: applicable, and its remediation date (14 days after issue) long past.
    expect(list.counts).toMatchObject({ remediationOverdue: 1 });
    const byRef = new Map(list.items.map((a) => [a.reference, a]));
    expect(byRef.get('CC-DEMO-0101')!.computed.hosts).toBeGreaterThan(0);
    expect(byRef.get('CC-DEMO-0104')!.computed.hosts).toBeGreaterThan(0);
    expect(byRef.get('CC-DEMO-0103')!.computed.hosts).toBe(0);
    // Acknowledged a day and a half after issue: within the 48 hours.
    expect(byRef.get('CC-DEMO-0104')!.acknowledgedLate).toBe(false);
  });

  it('are not loaded again', async () => {
    const again = await loadDemo(t.app, new Date(), { assessments: false, incidents: false, exercises: false, alerts: false, register: false });
    expect(again.findingsCreated).toBe(0);
    expect(again.cyberAlertsCreated).toBe(0);
  });
});
