// The incident register through the API, on both engines: recording an incident and its timeline,
// corrections that keep the history, milestones out of order refused, the notification clocks, the
// lessons learned, metrics over a period, concurrency, and who may see and change what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail, IncidentMetrics } from '../../src/contract/incidents.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string, mentalHealth: string;
let seclead: Client, analyst: Client, auditor: Client, staff: Client, mhAdmin: Client, icsLead: Client;

const base = () => `/api/v1/orgs/${acute}/incidents`;
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

async function record(client: Client, body: Record<string, unknown>): Promise<IncidentDetail> {
  const res = await client.post(base(), { kind: 'cyber', severity: 'high', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<IncidentDetail>();
}

async function milestone(client: Client, incident: IncidentDetail, kind: string, at: string, extra: Record<string, unknown> = {}) {
  return client.post(`${base()}/${incident.id}/timeline`, { kind, at, version: incident.version, ...extra });
}

beforeAll(async () => {
  t = await createTestApp();
  [acute, mentalHealth] = await Promise.all([orgId(t.app, 'RZZ'), orgId(t.app, 'RZY')]);
  [seclead, analyst, auditor, staff, mhAdmin, icsLead] = await Promise.all([
    signIn(t.server, 'seclead@northshire-acute.example'),
    signIn(t.server, 'analyst@northshire-acute.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
    signIn(t.server, 'icslead@northshire-ics.example'),
  ]);
});
afterAll(() => t.close());

describe('recording an incident', () => {
  it('numbers it for the year, keeps its details and starts the ICO clock at detection', async () => {
    const incident = await record(seclead, {
      title: 'Discharge letter emailed to the wrong GP practice',
      kind: 'data-breach',
      severity: 'medium',
      cia: ['confidentiality'],
      detectionSource: 'user-report',
      breachLikelihood: 3,
      breachHarm: 2,
      dataSubjects: ['patients'],
      subjectsCount: 1,
      recordsCount: 1,
      milestones: { occurred: ago(30), detected: ago(20) },
      occurredEstimated: true,
    });
    expect(incident.reference).toMatch(/^INC-\d{4}-\d{3}$/);
    expect(incident).toMatchObject({ status: 'new', occurredEstimated: true, reportability: { ico: true, dhscNhse: false }, icoClock: { state: 'running' }, seniorClock: { state: 'overdue' } });
    expect(incident.icoClock.minutesLeft).toBeGreaterThan(51 * 60);
    expect(incident.icoClock.minutesLeft).toBeLessThanOrEqual(52 * 60);
    expect(incident.timeline.map((e) => e.kind)).toEqual(['occurred', 'detected']);
  });
});
