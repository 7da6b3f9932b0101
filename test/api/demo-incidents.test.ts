// The demo trust's incident register, as someone trying Bulwark sees it: two years of incidents behind
// the metrics and the trend, live incidents with their clocks running, and a register loaded once
// however often the demo loader runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail, IncidentList, IncidentMetrics, IncidentSummary } from '../../src/contract/incidents.js';
import { loadDemo } from '../../src/modules/demo/service.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let lead: Client;
let register: IncidentSummary[];

beforeAll(async () => {
  t = await createTestApp({ demoIncidents: true });
  acute = await orgId(t.app, 'RZZ');
  lead = await signIn(t.server, 'seclead@northshire-acute.example');
  register = (await lead.get(`/api/v1/orgs/${acute}/incidents`)).json<IncidentList>().items;
});
afterAll(() => t.close());

const metricOf = (m: IncidentMetrics, id: string) => m.overall.find((x) => x.metric === id)!;

describe('the demo trust’s incidents', () => {
  it('the metrics for the last 12 months rest on real numbers, with honest gaps', async () => {
    const res = await lead.get(`/api/v1/orgs/${acute}/incident-metrics`);
    expect(res.statusCode).toBe(200);
    const m = res.json<IncidentMetrics>();
    expect(m.incidents).toBeGreaterThanOrEqual(30);
    expect(m.byKind.map((k) => k.kind).sort()).toEqual(['cyber', 'data-breach', 'near-miss']);
    for (const k of m.byKind) expect(k.incidents, k.kind).toBeGreaterThan(0);
    expect(metricOf(m, 'contain').count).toBeGreaterThanOrEqual(25);
    expect(metricOf(m, 'contain').medianHours).toBeGreaterThan(0);
    expect(metricOf(m, 'triage').missing).toBeGreaterThan(0);
    expect(metricOf(m, 'detect').estimated).toBeGreaterThan(0);
    expect(metricOf(m, 'notify').count).toBeGreaterThanOrEqual(5);
    const targets = m.targets.reduce((s, x) => ({ met: s.met + x.met, missed: s.missed + x.missed }), { met: 0, missed: 0 });
    expect(targets.met).toBeGreaterThan(0);
    expect(targets.missed).toBeGreaterThan(0);
  });

  it('the trend has incidents in at least 12 months, and the internal-detection share compares with the published figures', async () => {
    const m = (await lead.get(`/api/v1/orgs/${acute}/incident-metrics`)).json<IncidentMetrics>();
    expect(m.trend.filter((p) => p.incidents > 0).length).toBeGreaterThanOrEqual(12);
    const internal = m.benchmarks.comparisons.filter((c) => c.figure.compares?.share === 'internal-detection');
    expect(internal.length).toBeGreaterThan(0);
    for (const c of internal) {
      expect(c.ours).toBeGreaterThanOrEqual(40);
      expect(c.ours).toBeLessThanOrEqual(60);
    }
  });

  it('the register holds two years of incidents, three still open, one with the ICO clock due soon', () => {
    expect(register.length).toBeGreaterThanOrEqual(70);
    const open = register.filter((i) => i.status !== 'closed');
    expect(open.map((i) => [i.kind, i.status]).sort()).toEqual([
      ['cyber', 'contained'],
      ['data-breach', 'investigating'],
      ['near-miss', 'new'],
    ]);
    const dueSoon = register.filter((i) => i.icoClock.state === 'due-soon');
    expect(dueSoon).toHaveLength(1);
    expect(dueSoon[0]!.kind).toBe('data-breach');
    expect(dueSoon[0]!.icoClock.minutesLeft).toBeGreaterThan(20 * 60);
    expect(open.find((i) => i.nis)?.nisClock.state).toBe('met');
  });

  it('no closed incident has a clock left running or overdue, and one ICO notification was late', () => {
    const closed = register.filter((i) => i.status === 'closed');
    for (const i of closed) {
      for (const clock of [i.icoClock, i.nisClock, i.seniorClock]) expect(['not-required', 'met', 'late'], i.reference).toContain(clock.state);
    }
    expect(closed.filter((i) => i.icoClock.state === 'late')).toHaveLength(1);
    expect(closed.filter((i) => i.icoClock.state === 'met').length).toBeGreaterThanOrEqual(8);
  });

  it('a critical incident has its lessons learned, with actions done and one still to do', async () => {
    const critical = register.filter((i) => i.severity === 'critical');
    expect(critical.length).toBeGreaterThanOrEqual(1);
    const details = await Promise.all(critical.map(async (i) => (await lead.get(`/api/v1/orgs/${acute}/incidents/${i.id}`)).json<IncidentDetail>()));
    for (const d of details) {
      expect(d.review.rootCause, d.reference).not.toBeNull();
      expect(d.actions.filter((a) => a.doneOn !== null).length, d.reference).toBeGreaterThan(0);
      expect(d.actions.filter((a) => a.doneOn === null).length, d.reference).toBeGreaterThan(0);
      expect(d.ownerName, d.reference).toBeTruthy();
    }
    const overdue = (
      await Promise.all(register.filter((i) => i.severity === 'high' || i.severity === 'critical').map(async (i) => (await lead.get(`/api/v1/orgs/${acute}/incidents/${i.id}`)).json<IncidentDetail>()))
    ).flatMap((d) => d.actions.filter((a) => a.overdue));
    expect(overdue.length).toBeGreaterThanOrEqual(2);
  });

  it('a new incident recorded after the demo gets a reference of its own', async () => {
    const res = await lead.post(`/api/v1/orgs/${acute}/incidents`, { title: 'Suspicious sign-in to a shared mailbox', kind: 'cyber', severity: 'low' });
    expect(res.statusCode).toBe(201);
    const created = res.json<IncidentDetail>();
    expect(register.map((i) => i.reference)).not.toContain(created.reference);
  });

  it('loading the demo again adds nothing', async () => {
    const before = (await lead.get(`/api/v1/orgs/${acute}/incidents`)).json<IncidentList>().items.length;
    const again = await loadDemo(t.app, new Date(), { assessments: false, alerts: false });
    expect(again.incidentsCreated).toBe(0);
    expect((await lead.get(`/api/v1/orgs/${acute}/incidents`)).json<IncidentList>().items).toHaveLength(before);
  });
});
