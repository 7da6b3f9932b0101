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

describe('the timeline', () => {
  let incident: IncidentDetail;

  it('records milestones in order, and the status follows the furthest reached', async () => {
    incident = await record(analyst, { title: 'Phishing email harvested two NHSmail passwords', milestones: { occurred: ago(50), detected: ago(48) } });
    let res = await milestone(analyst, incident, 'acknowledged', ago(47.5));
    expect(res.statusCode, res.body).toBe(200);
    incident = res.json<IncidentDetail>();
    expect(incident.status).toBe('acknowledged');
    res = await milestone(analyst, incident, 'triaged', ago(46), { text: 'Two accounts confirmed; sessions revoked.' });
    incident = res.json<IncidentDetail>();
    res = await milestone(analyst, incident, 'contained', ago(40));
    incident = res.json<IncidentDetail>();
    expect(incident.status).toBe('contained');
    expect(incident.version).toBe(4);
  });

  it('refuses a milestone before one that must come first, naming both, and changes nothing', async () => {
    const res = await milestone(analyst, incident, 'recovered', ago(45));
    expect(res.statusCode).toBe(422);
    const problem = res.json<{ errors: Array<{ field: string; message: string }> }>();
    expect(problem.errors[0]).toMatchObject({ field: 'at' });
    expect(problem.errors[0]!.message).toMatch(/^Recovered cannot be before contained: recovered is .* and contained is /);
    expect((await analyst.get(`${base()}/${incident.id}`)).json<IncidentDetail>().version).toBe(incident.version);
  });

  it('refuses a time in the future, a time without its offset, and recording a milestone twice', async () => {
    expect((await milestone(analyst, incident, 'recovered', new Date(Date.now() + 2 * HOUR).toISOString())).statusCode).toBe(422);
    expect((await milestone(analyst, incident, 'recovered', '2026-01-01T10:00')).statusCode).toBe(422);
    const twice = await milestone(analyst, incident, 'contained', ago(39));
    expect(twice.statusCode).toBe(422);
    expect(twice.body).toContain('correct that entry instead');
  });

  it('corrects a milestone with a reason and keeps the entry it replaced', async () => {
    const contained = incident.timeline.find((e) => e.kind === 'contained')!;
    const res = await analyst.post(`${base()}/${incident.id}/timeline/${contained.id}/correction`, { at: ago(41), reason: 'Firewall log shows the block an hour earlier', version: incident.version });
    expect(res.statusCode, res.body).toBe(200);
    incident = res.json<IncidentDetail>();
    const entries = incident.timeline.filter((e) => e.kind === 'contained');
    expect(entries).toHaveLength(2);
    expect(entries.find((e) => e.id === contained.id)).toMatchObject({ superseded: true });
    expect(entries.find((e) => e.id !== contained.id)).toMatchObject({ superseded: false, corrects: contained.id, reason: 'Firewall log shows the block an hour earlier' });
    expect(Date.parse(incident.milestones.contained!)).toBe(Date.parse(entries.find((e) => e.id !== contained.id)!.at!));
    const again = await analyst.post(`${base()}/${incident.id}/timeline/${contained.id}/correction`, { at: ago(42), reason: 'again', version: incident.version });
    expect(again.statusCode).toBe(409);
  });

  it('withdraws a milestone recorded in error, and the status goes back', async () => {
    let res = await milestone(analyst, incident, 'recovered', ago(30));
    incident = res.json<IncidentDetail>();
    expect(incident.status).toBe('recovered');
    const recovered = incident.timeline.find((e) => e.kind === 'recovered' && !e.superseded)!;
    res = await analyst.post(`${base()}/${incident.id}/timeline/${recovered.id}/correction`, { at: null, reason: 'Recorded against the wrong incident', version: incident.version });
    expect(res.statusCode, res.body).toBe(200);
    incident = res.json<IncidentDetail>();
    expect(incident.milestones.recovered).toBeNull();
    expect(incident.status).toBe('contained');
  });

  it('adds notes and decisions, but not an empty one', async () => {
    const res = await milestone(analyst, incident, 'decision', ago(39), { text: 'Do not reset every password: scope limited to two accounts.' });
    expect(res.statusCode, res.body).toBe(200);
    incident = res.json<IncidentDetail>();
    expect(incident.timeline.some((e) => e.kind === 'decision' && e.text?.startsWith('Do not reset'))).toBe(true);
    expect((await milestone(analyst, incident, 'note', ago(38), { text: '  ' })).statusCode).toBe(422);
  });

  it('lets only one of two people recording the same milestone at once succeed', async () => {
    const [a, b] = await Promise.all([milestone(analyst, incident, 'recovered', ago(20)), milestone(seclead, incident, 'recovered', ago(21))]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json<{ type: string; current: IncidentDetail }>()).toMatchObject({ type: expect.stringMatching(/stale-change$/) as unknown, current: { status: 'recovered' } });
    // Named as people know them, not by an account id.
    expect(loser.json<{ changedBy: string }>().changedBy).toMatch(/^[A-Z][a-z]+ [A-Z]/);
    const now = (await analyst.get(`${base()}/${incident.id}`)).json<IncidentDetail>();
    expect(now.timeline.filter((e) => e.kind === 'recovered' && !e.superseded && e.at !== null)).toHaveLength(1);
    incident = now;
  });
});

describe('numbering', () => {
  it('gives incidents recorded at the same moment different numbers', async () => {
    const made = await Promise.all(Array.from({ length: 8 }, (_, i) => analyst.post(base(), { title: `Parallel ${i}`, kind: 'near-miss', severity: 'low' })));
    expect(made.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    const references = made.map((r) => r.json<IncidentDetail>().reference);
    expect(new Set(references).size).toBe(8);
  });
});

describe('the notification clocks', () => {
  it('run 72 hours from detection for a reportable breach, and stop when the ICO is told', async () => {
    let incident = await record(seclead, { title: 'Outpatient list left on a bus', kind: 'data-breach', severity: 'medium', breachLikelihood: 4, breachHarm: 3, milestones: { detected: ago(50) } });
    expect(incident.icoClock.state).toBe('due-soon');
    expect(incident.seniorClock.state).toBe('overdue');
    const asOf = (hours: number) => `${base()}/${incident.id}?asOf=${encodeURIComponent(ago(hours))}`;
    expect((await seclead.get(asOf(40))).json<IncidentDetail>().icoClock.state).toBe('running');
    expect((await seclead.get(`${base()}/${incident.id}?asOf=${encodeURIComponent(new Date(Date.now() + 23 * HOUR).toISOString())}`)).json<IncidentDetail>().icoClock.state).toBe('overdue');
    const res = await seclead.post(`${base()}/${incident.id}/notifications`, { recipient: 'ico', sentAt: ago(1), reference: 'ICO/00000001' });
    expect(res.statusCode, res.body).toBe(200);
    incident = res.json<IncidentDetail>();
    expect(incident.icoClock).toMatchObject({ state: 'met', notifiedAt: expect.any(String) as unknown });
    expect(incident.notifications).toMatchObject([{ recipient: 'ico', reference: 'ICO/00000001' }]);
  });

  it('does not run the ICO clock below the grid’s threshold, and runs it for an ungraded breach', async () => {
    const minor = await record(seclead, { title: 'Email to the wrong internal team', kind: 'data-breach', severity: 'low', breachLikelihood: 2, breachHarm: 2, milestones: { detected: ago(5) } });
    expect(minor.reportability.ico).toBe(false);
    expect(minor.icoClock.state).toBe('not-required');
    const ungraded = await record(seclead, { title: 'Records found in a skip', kind: 'data-breach', severity: 'high', milestones: { detected: ago(5) } });
    expect(ungraded.reportability.ico).toBeNull();
    expect(ungraded.icoClock.state).toBe('running');
  });

  it('tells DHSC and NHS England too at the organisation’s threshold', async () => {
    const serious = await record(seclead, { title: 'Ransomware on the imaging archive', kind: 'cyber', severity: 'critical', nis: true, breachLikelihood: 5, breachHarm: 4, milestones: { detected: ago(2) } });
    expect(serious.reportability).toMatchObject({ ico: true, dhscNhse: true });
    expect(serious.nisClock.state).toBe('running');
    const settings = (await seclead.get(`/api/v1/orgs/${acute}/incident-settings`)).json<{ version: number; targets: object }>();
    const saved = await seclead.put(`/api/v1/orgs/${acute}/incident-settings`, { ...settings, dhscLikelihoodAtLeast: 5, dhscHarmAtLeast: 5 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await seclead.get(`${base()}/${serious.id}`)).json<IncidentDetail>().reportability.dhscNhse).toBe(false);
    const stale = await seclead.put(`/api/v1/orgs/${acute}/incident-settings`, { ...settings, dhscLikelihoodAtLeast: 3, dhscHarmAtLeast: 4 });
    expect(stale.statusCode).toBe(409);
    await seclead.put(`/api/v1/orgs/${acute}/incident-settings`, { ...saved.json<object>(), dhscLikelihoodAtLeast: 3, dhscHarmAtLeast: 4 });
  });
});

describe('lessons learned', () => {
  it('keeps the review with its root cause, and actions with owners and dates', async () => {
    const incident = await record(seclead, { title: 'Laptop stolen from a car', kind: 'data-breach', severity: 'medium', milestones: { detected: ago(100) } });
    let res = await seclead.put(`${base()}/${incident.id}/review`, { heldOn: '2026-11-20', rootCause: 'lost-or-stolen', summary: 'Encrypted; no data at risk.', version: 0 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<IncidentDetail>().review).toMatchObject({ rootCause: 'lost-or-stolen', version: 1 });
    expect((await seclead.put(`${base()}/${incident.id}/review`, { summary: 'Someone else’s view', version: 0 })).statusCode).toBe(409);
    res = await seclead.post(`${base()}/${incident.id}/actions`, { title: 'Remind staff not to leave kit in cars', ownerId: analyst.userId, dueOn: '2020-01-31' });
    const action = res.json<IncidentDetail>().actions[0]!;
    expect(action).toMatchObject({ ownerName: expect.any(String) as unknown, overdue: true });
    res = await seclead.patch(`${base()}/${incident.id}/actions/${action.id}`, { doneOn: '2020-01-30', version: action.version });
    expect(res.json<IncidentDetail>().actions[0]).toMatchObject({ doneOn: '2020-01-30', overdue: false });
    expect((await seclead.post(`${base()}/${incident.id}/actions`, { title: 'x', ownerId: mhAdmin.userId })).statusCode).toBe(422);
    expect((await seclead.post(`${base()}/${incident.id}/actions`, { title: 'x', dueOn: '2026-02-31' })).statusCode).toBe(422);
  });
});

describe('who may see and change incidents', () => {
  let id: string;
  beforeAll(async () => {
    id = (await record(seclead, { title: 'Suspicious login from abroad' })).id;
  });

  it('lets auditors read but not record', async () => {
    expect((await auditor.get(`${base()}/${id}`)).statusCode).toBe(200);
    expect((await auditor.post(base(), { title: 'x', kind: 'cyber', severity: 'low' })).statusCode).toBe(403);
  });

  it('keeps staff and ICS oversight out of the register, and lets oversight see only the metrics', async () => {
    for (const client of [staff, icsLead]) {
      const res = await client.get(base());
      expect(res.statusCode).toBe(403);
      expect(res.json<{ detail: string }>().detail).toMatch(/Staff, line managers and oversight bodies may not/);
      expect((await client.get(`${base()}/${id}`)).statusCode).toBe(403);
      expect((await client.post(`${base()}/${id}/notifications`, { recipient: 'ico', sentAt: ago(1) })).statusCode).toBe(403);
    }
    expect((await icsLead.get(`/api/v1/orgs/${acute}/incident-metrics`)).statusCode).toBe(200);
    expect((await staff.get(`/api/v1/orgs/${acute}/incident-metrics`)).statusCode).toBe(403);
  });

  it('shows another Trust’s administrator nothing: the organisation looks as if it does not exist', async () => {
    expect((await mhAdmin.get(base())).statusCode).toBe(404);
    expect((await mhAdmin.get(`${base()}/${id}`)).statusCode).toBe(404);
    expect((await mhAdmin.get(`/api/v1/orgs/${acute}/incident-metrics`)).statusCode).toBe(404);
    expect((await mhAdmin.post(`${base()}/${id}/notifications`, { recipient: 'ico', sentAt: ago(1) })).statusCode).toBe(404);
  });

  it('does not find one Trust’s incident through another Trust’s address', async () => {
    expect((await mhAdmin.get(`/api/v1/orgs/${mentalHealth}/incidents/${id}`)).statusCode).toBe(404);
  });
});

describe('metrics', () => {
  it('counts each metric over the period, and the incidents that lacked a milestone', async () => {
    const res = await seclead.get(`/api/v1/orgs/${acute}/incident-metrics`);
    expect(res.statusCode, res.body).toBe(200);
    const metrics = res.json<IncidentMetrics>();
    const all = (await seclead.get(base())).json<{ items: IncidentDetail[] }>().items;
    const contained = metrics.overall.find((m) => m.metric === 'contain')!;
    const withBoth = all.filter((i) => i.milestones.detected && i.milestones.contained).length;
    expect(contained.count).toBe(withBoth);
    expect(contained.count + contained.missing).toBe(all.length);
    expect(metrics.incidents).toBe(all.length);
    expect(metrics.trend).toHaveLength(13);
    expect(metrics.benchmarks.comparisons.length).toBeGreaterThan(10);
    expect(metrics.benchmarks.comparisons.every((c) => c.figure.caveat.length > 0)).toBe(true);
  });
});
