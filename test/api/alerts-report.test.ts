// The triage report over the API, on both engines, over twenty alerts whose every figure is worked out
// by hand below: per rule volume, noise and speed, the daily backlog, the breaches of the triage
// targets with the alerts' own ids, the analysts' load and the findings in words; then the targets
// changed with their version, findings made actions once however many people click, and the
// period checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertAction, AlertReport, AlertSettings } from '../../src/contract/alerts.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { anAlert, type FixtureAlert, sentinelCsv } from '../fixtures/alerts/alert-exports.js';

let t: TestApp;
let acute: string;
let seclead: Client;
let analyst: Client;

const AMIRA = 'amira.khan@northshire-acute.example';
const BEN = 'ben.oduya@northshire-acute.example';
const CHLOE = 'chloe.walsh@northshire-acute.example';
const SIGN_IN = 'Sign-in from an unfamiliar country';
const POWERSHELL = 'Encoded PowerShell command';
const MALWARE = 'Malware blocked on an endpoint';

const at = (day: number, time: string) => `2026-11-0${day}T${time}:00.000Z`;
/** Minutes after an instant, as an ISO instant. */
const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/**
 * Three UK days in November (GMT, so UK days are UTC days), default targets (high 60 minutes,
 * medium 240, low 1440):
 * - 2 Nov: ten medium sign-in alerts from 09:00, every 10 minutes, Amira's: triaged after 10
 *   minutes, closed after 30; eight false positives, one benign, one true.
 * - 3 Nov: four high PowerShell alerts at 10:00, 11:00, 12:00, 13:00, triaged after 90, 120, 30 and
 *   150 minutes (three past the 60-minute target); the first two Ben's, closed true positives after
 *   180 minutes; the third Chloe's and the fourth Amira's, still open.
 * - 4 Nov: six low malware alerts; those at 08:00, 09:00, 13:00 and 14:00 Amira's, triaged after
 *   30 minutes and closed after 60 with no classification; those at 10:00 and 12:00 never looked at
 *   (as of 5 Nov 12:00, 26 and 24 hours old: the first past the 1440-minute target, the second
 *   exactly at it, which is not past it).
 */
const SIGN_INS: FixtureAlert[] = Array.from({ length: 10 }, (_, i) => {
  const created = plus(at(2, '09:00'), 10 * i);
  return anAlert({ number: 2001 + i, title: SIGN_IN, severity: 'Medium', owner: AMIRA, created, triaged: plus(created, 10), closed: plus(created, 30), classification: i < 8 ? 'FalsePositive' : i === 8 ? 'BenignPositive' : 'TruePositive' });
});
const POWERSHELLS: FixtureAlert[] = (
  [
    ['10:00', 90, BEN, true],
    ['11:00', 120, BEN, true],
    ['12:00', 30, CHLOE, false],
    ['13:00', 150, AMIRA, false],
  ] as const
).map(([time, triage, owner, closed], i) => {
  const created = at(3, time);
  return anAlert({ number: 2011 + i, title: POWERSHELL, severity: 'High', owner, created, triaged: plus(created, triage), closed: closed ? plus(created, 180) : null, classification: closed ? 'TruePositive' : null });
});
const MALWARES: FixtureAlert[] = (
  [
    ['08:00', true],
    ['09:00', true],
    ['10:00', false],
    ['12:00', false],
    ['13:00', true],
    ['14:00', true],
  ] as const
).map(([time, handled], i) => {
  const created = at(4, time);
  return anAlert({ number: 2015 + i, title: MALWARE, severity: 'Low', created, ...(handled ? { owner: AMIRA, triaged: plus(created, 30), closed: plus(created, 60) } : {}) });
});

const AS_OF = '2026-11-05T12:00:00.000Z';
const PERIOD = `from=2026-11-02&to=2026-11-04&asOf=${AS_OF}`;
const stats = (count: number, medianMinutes: number | null, p90Minutes: number | null) => ({ count, medianMinutes, p90Minutes });

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  seclead = await signIn(t.server, 'seclead@northshire-acute.example');
  analyst = await signIn(t.server, 'analyst@northshire-acute.example');
  const file = sentinelCsv([...SIGN_INS, ...POWERSHELLS, ...MALWARES]);
  const res = await seclead.request('POST', `/api/v1/orgs/${acute}/imports/alerts?file=SecurityIncident.csv&preset=sentinel&asOf=${AS_OF}`, file, { 'content-type': 'text/csv' });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json()).toMatchObject({ inserted: 20, rejected: 0 });
});
afterAll(() => t.close());

async function report(client: Client = analyst, query = PERIOD): Promise<AlertReport> {
  const res = await client.get(`/api/v1/orgs/${acute}/alert-report?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<AlertReport>();
}

describe('the triage report over twenty known alerts', () => {
  it('covers the UK days asked for, with the totals worked out by hand', async () => {
    const r = await report();
    expect(r.period).toEqual({ from: '2026-11-02T00:00:00.000Z', to: '2026-11-04T23:59:59.999Z' });
    expect(r.totals).toEqual({
      alerts: 20,
      // Two PowerShell alerts and two malware alerts not closed by the as-of instant.
      open: 4,
      // Ten sign-ins and two PowerShell alerts classified; the malware alerts were closed without.
      classified: 12,
      falsePositiveRate: 8 / 12,
      benignRate: 1 / 12,
      alertsPerDay: 20 / 3,
      // 18 triaged: ten at 10 minutes, five at 30, then 90, 120, 150. The 90th percentile sits 0.3
      // of the way from the 16th (90) to the 17th (120).
      timeToTriage: { count: 18, medianMinutes: 10, p90Minutes: expect.closeTo(99, 9) },
      // 16 closed: ten at 30 minutes, four at 60, two at 180; the 90th percentile halfway from 60 to 180.
      timeToClose: stats(16, 30, 120),
      triageBreaches: 4,
    });
  });

  it('gives each rule its volume, false-positive and benign rates, medians and handling time, busiest first', async () => {
    const r = await report();
    expect(r.rules).toEqual([
      {
        rule: SIGN_IN,
        alerts: 10,
        shareOfAlerts: 0.5,
        classified: 10,
        truePositives: 1,
        falsePositives: 8,
        benignPositives: 1,
        falsePositiveRate: 0.8,
        benignRate: 0.1,
        timeToTriage: stats(10, 10, 10),
        timeToClose: stats(10, 30, 30),
        // Ten closes 20 minutes after triage.
        handlingMinutes: 200,
        shareOfHandling: 200 / 470,
        triageBreaches: 0,
      },
      {
        rule: MALWARE,
        alerts: 6,
        shareOfAlerts: 0.3,
        classified: 0,
        truePositives: 0,
        falsePositives: 0,
        benignPositives: 0,
        falsePositiveRate: null,
        benignRate: null,
        timeToTriage: stats(4, 30, 30),
        timeToClose: stats(4, 60, 60),
        handlingMinutes: 120,
        shareOfHandling: 120 / 470,
        triageBreaches: 1,
      },
      {
        rule: POWERSHELL,
        alerts: 4,
        shareOfAlerts: 0.2,
        classified: 2,
        truePositives: 2,
        falsePositives: 0,
        benignPositives: 0,
        falsePositiveRate: 0,
        benignRate: 0,
        // 30, 90, 120, 150: median 105; 90th percentile 0.7 of the way from 120 to 150.
        timeToTriage: { count: 4, medianMinutes: 105, p90Minutes: expect.closeTo(141, 9) },
        timeToClose: stats(2, 180, 180),
        // Closed 180 minutes after creation, triaged at 90 and 120: 90 + 60.
        handlingMinutes: 150,
        shareOfHandling: 150 / 470,
        triageBreaches: 3,
      },
    ]);
    expect(r.pareto).toEqual([{ rule: SIGN_IN, noise: 9, share: 1, cumulativeShare: 1, inVitalFew: true }]);
  });

  it('counts the backlog at the end of each UK day', async () => {
    expect((await report()).backlog).toEqual([
      { day: '2026-11-02', open: 0, created: 10, closed: 10 },
      { day: '2026-11-03', open: 2, created: 4, closed: 2 },
      { day: '2026-11-04', open: 4, created: 6, closed: 4 },
    ]);
  });

  it('lists the triage breaches furthest past their target first, by the alerts’ own incident numbers', async () => {
    expect((await report()).breaches).toEqual([
      // Untriaged at the as-of instant, 26 hours after it arrived: 120 minutes past a day's target.
      { alertId: '2017', rule: MALWARE, severity: 'low', created: '2026-11-04T10:00:00.000Z', triaged: null, targetMinutes: 1440, minutes: 1560 },
      { alertId: '2014', rule: POWERSHELL, severity: 'high', created: '2026-11-03T13:00:00.000Z', triaged: '2026-11-03T15:30:00.000Z', targetMinutes: 60, minutes: 150 },
      { alertId: '2012', rule: POWERSHELL, severity: 'high', created: '2026-11-03T11:00:00.000Z', triaged: '2026-11-03T13:00:00.000Z', targetMinutes: 60, minutes: 120 },
      { alertId: '2011', rule: POWERSHELL, severity: 'high', created: '2026-11-03T10:00:00.000Z', triaged: '2026-11-03T11:30:00.000Z', targetMinutes: 60, minutes: 90 },
    ]);
  });

  it('shows each analyst’s load: alerts held, closed, open now and time to close', async () => {
    expect((await report()).analysts).toEqual([
      { owner: AMIRA, alerts: 15, closed: 14, openNow: 1, shareOfAlerts: 15 / 18, timeToClose: stats(14, 30, 60) },
      { owner: BEN, alerts: 2, closed: 2, openNow: 0, shareOfAlerts: 2 / 18, timeToClose: stats(2, 180, 180) },
      { owner: CHLOE, alerts: 1, closed: 0, openNow: 1, shareOfAlerts: 1 / 18, timeToClose: stats(0, null, null) },
    ]);
  });

  it('says in words what to act on: the noisy rule, the slow one, the overloaded analyst, closes without a classification and missed targets', async () => {
    const findings = (await report()).findings;
    expect(findings.map(({ key, text, actionId }) => ({ key, text, actionId }))).toEqual([
      { key: `noisy-rule:${SIGN_IN}`, text: `Rule "${SIGN_IN}": 50% of alerts, 80% false positive and 10% benign positive.`, actionId: null },
      { key: `slow-triage:${POWERSHELL}`, text: `Rule "${POWERSHELL}": median time to triage 1.8 hours, against a target of 60 minutes for its mostly high alerts.`, actionId: null },
      { key: `analyst-overload:${AMIRA}`, text: `${AMIRA} holds 83% of the alerts with an owner, against an average of 33% across 3 analysts.`, actionId: null },
      { key: 'unclassified', text: '25% of closed alerts (4 of 16) were closed without a classification.', actionId: null },
      { key: 'target-breaches', text: '20% of alerts (4 of 20) were not triaged within their target.', actionId: null },
    ]);
    // Four open alerts from none at the start is a rise of four: too few to call the backlog growing.
    expect(findings.some((f) => f.kind === 'backlog-growing')).toBe(false);
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await analyst.get(`/api/v1/orgs/${acute}/alert-report?from=2026-11-04&to=2026-11-02&asOf=${AS_OF}`);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ errors: [{ field: 'from', message: 'Choose a start before the end.' }] });
  });
});

describe('breaches among alerts of the same second', () => {
  it('are each named by their own incident number', async () => {
    // Another trust, so the twenty above are untouched: three high alerts in one second, never
    // triaged, numbered out of the order they arrived in.
    const mentalHealth = await orgId(t.app, 'RZY');
    const admin = await signIn(t.server, 'orgadmin@northshire-mh.example');
    const file = sentinelCsv([
      anAlert({ number: 9001, severity: 'High', created: '2026-11-03T10:00:00.200Z' }),
      anAlert({ number: 9002, severity: 'High', created: '2026-11-03T10:00:00.300Z' }),
      anAlert({ number: 9003, severity: 'High', created: '2026-11-03T10:00:00.100Z' }),
    ]);
    const imported = await admin.request('POST', `/api/v1/orgs/${mentalHealth}/imports/alerts?file=same-second.csv&preset=sentinel&asOf=${AS_OF}`, file, { 'content-type': 'text/csv' });
    expect(imported.statusCode, imported.body).toBe(201);
    const res = await admin.get(`/api/v1/orgs/${mentalHealth}/alert-report?${PERIOD}`);
    expect(res.statusCode, res.body).toBe(200);
    // The report works to the second, so all three are as far past their target: between equals the
    // one that arrived first comes first.
    expect(res.json<AlertReport>().breaches.map((b) => [b.alertId, b.created])).toEqual([
      ['9003', '2026-11-03T10:00:00.000Z'],
      ['9001', '2026-11-03T10:00:00.000Z'],
      ['9002', '2026-11-03T10:00:00.000Z'],
    ]);
  });
});

describe('triage targets', () => {
  it('start as ours, and changed with the version read they change the breaches and the findings', async () => {
    const first = await analyst.get(`/api/v1/orgs/${acute}/alert-settings`);
    expect(first.json<AlertSettings>()).toEqual({ targets: { critical: 15, high: 60, medium: 240, low: 1440, informational: 4320 }, version: 0 });

    const res = await seclead.put(`/api/v1/orgs/${acute}/alert-settings`, { targets: { critical: 15, high: 180, medium: 240, low: 1440, informational: 4320 }, version: 0 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<AlertSettings>()).toMatchObject({ targets: { high: 180 }, version: 1 });

    // With three hours for a high alert, only the untriaged malware alert is past its target.
    const r = await report();
    expect(r.totals.triageBreaches).toBe(1);
    expect(r.breaches.map((b) => b.alertId)).toEqual(['2017']);
    expect(r.findings.map((f) => f.key)).toEqual([`noisy-rule:${SIGN_IN}`, `analyst-overload:${AMIRA}`, 'unclassified']);
  });

  it('a change from a stale version is refused with the values saved since', async () => {
    const res = await analyst.put(`/api/v1/orgs/${acute}/alert-settings`, { targets: { critical: 5, high: 30, medium: 120, low: 720, informational: 2880 }, version: 0 });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.body).toContain('"high":180');
    expect(res.body).toContain('Tom Whitfield');

    const back = await seclead.put(`/api/v1/orgs/${acute}/alert-settings`, { targets: { critical: 15, high: 60, medium: 240, low: 1440, informational: 4320 }, version: 1 });
    expect(back.json<AlertSettings>()).toMatchObject({ targets: { high: 60 }, version: 2 });
  });
});

describe('findings made actions', () => {
  const body = (findingKey: string) => ({ findingKey, from: '2026-11-02', to: '2026-11-04', asOf: AS_OF });

  it('a finding becomes an action that keeps its words, and the report shows it', async () => {
    const res = await seclead.post(`/api/v1/orgs/${acute}/alert-actions`, { ...body(`noisy-rule:${SIGN_IN}`), ownerId: analyst.userId, dueOn: '2026-12-31' });
    expect(res.statusCode, res.body).toBe(201);
    const action = res.json<AlertAction>();
    expect(action).toMatchObject({
      findingKey: `noisy-rule:${SIGN_IN}`,
      title: `Rule "${SIGN_IN}": 50% of alerts, 80% false positive and 10% benign positive.`,
      recommendation: 'Tune or suppress it.',
      ownerId: analyst.userId,
      ownerName: 'Aisha Khan',
      dueOn: '2026-12-31',
      status: 'open',
      version: 1,
    });

    const list = await analyst.get(`/api/v1/orgs/${acute}/alert-actions`);
    expect(list.json<{ items: AlertAction[] }>().items).toEqual([action]);
    expect((await report()).findings.find((f) => f.key === `noisy-rule:${SIGN_IN}`)!.actionId).toBe(action.id);
  });

  it('five people making the same finding an action at once make one action: one 201, four 409', async () => {
    const people = [seclead, analyst, seclead, analyst, seclead];
    const answers = await Promise.all(people.map((client) => client.post(`/api/v1/orgs/${acute}/alert-actions`, body('unclassified'))));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    const items = (await analyst.get(`/api/v1/orgs/${acute}/alert-actions`)).json<{ items: AlertAction[] }>().items;
    expect(items.filter((a) => a.findingKey === 'unclassified')).toEqual([expect.objectContaining({ title: '25% of closed alerts (4 of 16) were closed without a classification.' })]);
  });

  it('a finding the report does not show cannot be made an action', async () => {
    const res = await seclead.post(`/api/v1/orgs/${acute}/alert-actions`, body('backlog-growing'));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ errors: [{ field: 'findingKey' }] });
  });

  it('an action changed with its version moves on; a change from a stale version is refused with the action as it is', async () => {
    const items = (await analyst.get(`/api/v1/orgs/${acute}/alert-actions`)).json<{ items: AlertAction[] }>().items;
    const action = items.find((a) => a.findingKey === `noisy-rule:${SIGN_IN}`)!;
    const moved = await analyst.patch(`/api/v1/orgs/${acute}/alert-actions/${action.id}`, { status: 'in-progress', version: action.version });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<AlertAction>()).toMatchObject({ status: 'in-progress', version: 2 });

    const stale = await seclead.patch(`/api/v1/orgs/${acute}/alert-actions/${action.id}`, { status: 'done', version: action.version });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.body).toContain('"status":"in-progress"');
    const after = (await analyst.get(`/api/v1/orgs/${acute}/alert-actions`)).json<{ items: AlertAction[] }>().items.find((a) => a.id === action.id);
    expect(after).toMatchObject({ status: 'in-progress', version: 2 });
  });

  it('an auditor may read the actions but not make them', async () => {
    const auditor = await signIn(t.server, 'auditor@northshire-acute.example');
    expect((await auditor.get(`/api/v1/orgs/${acute}/alert-actions`)).statusCode).toBe(200);
    expect((await auditor.post(`/api/v1/orgs/${acute}/alert-actions`, body('target-breaches'))).statusCode).toBe(403);
  });
});
