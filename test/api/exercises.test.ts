// Exercises of the incident response plan through the API, on both engines: planning from a scenario
// or from scratch, running the clock and timing decision points against their targets, findings that
// become actions, the evidence for CAF D1.c, concurrency, bad input that changes nothing, who may see
// and do what, and the comparison over time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseActionList, ExerciseComparison, ExerciseDetail, ExerciseList, ScenarioList } from '../../src/contract/exercises.js';
import type { EvidenceItem } from '../../src/contract/evidence.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string, mentalHealth: string;
let seclead: Client, analyst: Client, auditor: Client, staff: Client, mhAdmin: Client, icsLead: Client;

const MINUTE = 60_000;
const base = (org = acute) => `/api/v1/orgs/${org}/exercises`;
const minutesAgo = (m: number) => new Date(Date.now() - m * MINUTE).toISOString();
const plus = (iso: string, m: number) => new Date(Date.parse(iso) + m * MINUTE).toISOString();

type Problem = { errors: Array<{ field: string; message: string }>; detail: string; changedBy?: string; type?: string };

async function plan(client: Client, body: Record<string, unknown>, org = acute): Promise<ExerciseDetail> {
  const res = await client.post(base(org), { format: 'tabletop', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ExerciseDetail>();
}

async function ok(res: { statusCode: number; body: string; json: <T>() => T }): Promise<ExerciseDetail> {
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ExerciseDetail>();
}

const start = (client: Client, e: ExerciseDetail, at?: string, org = acute) => client.post(`${base(org)}/${e.id}/start`, { version: e.version, ...(at ? { at } : {}) });
const stop = (client: Client, e: ExerciseDetail, at?: string, org = acute) => client.post(`${base(org)}/${e.id}/stop`, { version: e.version, ...(at ? { at } : {}) });
const decide = (client: Client, e: ExerciseDetail, key: string, reachedAt: string | null, org = acute) =>
  client.put(`${base(org)}/${e.id}/decisions/${e.decisionPoints.find((d) => d.key === key)!.id}`, { version: e.version, reachedAt });

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

describe('planning an exercise', () => {
  it('offers the six scenarios of the library', async () => {
    const res = await seclead.get(`/api/v1/orgs/${acute}/exercise-scenarios`);
    expect(res.statusCode).toBe(200);
    expect(res.json<ScenarioList>().items.map((s) => s.id)).toEqual(['ransomware-epr', 'supplier-compromise', 'misdirected-patient-data', 'phishing-credential-theft', 'denial-of-service-patient-portal', 'malicious-insider']);
  });

  it('from a scenario, numbers it for the year and fills the objectives, roles, injects and decision points', async () => {
    const e = await plan(seclead, { title: 'Spring ransomware tabletop', scenarioId: 'ransomware-epr', plannedFor: '2027-04-20' });
    expect(e.reference).toMatch(/^EX-\d{4}-\d{3}$/);
    expect(e).toMatchObject({ status: 'planned', scenarioId: 'ransomware-epr', plannedFor: '2027-04-20', startedAt: null, evidenceId: null, version: 1 });
    expect(e.objectives).toHaveLength(4);
    expect(e.participants.map((p) => p.role)).toEqual(['facilitator', 'incident-lead', 'it-on-call', 'soc-analyst', 'siro', 'clinical-lead', 'business-continuity', 'communications', 'dpo', 'observer']);
    expect(e.participants[0]).toMatchObject({ name: 'Facilitator', accountId: null });
    expect(e.injects.map((i) => i.atMinute)).toEqual([0, 10, 25, 45, 70, 100, 130]);
    expect(e.decisionPoints.map((d) => [d.key, d.targetMinutes, d.state])).toEqual([
      ['escalate-on-call', 15, 'pending'],
      ['declare-incident', 30, 'pending'],
      ['isolate', 45, 'pending'],
      ['invoke-business-continuity', 60, 'pending'],
      ['brief-siro', 60, 'pending'],
      ['report-nhs-england', 90, 'pending'],
      ['notify-ico', 150, 'pending'],
    ]);
  });

  it('from scratch, with its own plan; the plan changes until the clock starts', async () => {
    let e = await plan(analyst, {
      title: 'Walk-through of the on-call rota',
      format: 'walkthrough',
      objectives: ['Check the rota reaches a manager out of hours'],
      injects: [{ atMinute: 20, text: 'The first manager does not answer.' }, { atMinute: 0, text: 'An alert fires at 2am.' }],
      decisionPoints: [{ key: 'escalate-on-call', label: 'Reach the on-call manager', targetMinutes: 15 }],
      participants: [{ name: 'Sam Patel', role: 'it-on-call', accountId: analyst.userId }],
    });
    expect(e.injects.map((i) => i.atMinute)).toEqual([0, 20]);
    expect(e.participants).toEqual([expect.objectContaining({ name: 'Sam Patel', role: 'it-on-call', accountId: analyst.userId })]);
    e = await ok(await analyst.patch(`${base()}/${e.id}`, { version: e.version, decisionPoints: [{ key: 'escalate-on-call', label: 'Reach the on-call manager', targetMinutes: 10 }, { key: 'brief-siro', label: 'Brief the SIRO', targetMinutes: 40 }] }));
    expect(e.decisionPoints.map((d) => d.targetMinutes)).toEqual([10, 40]);
    e = await ok(await start(analyst, e));
    const refused = await analyst.patch(`${base()}/${e.id}`, { version: e.version, injects: [] });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<Problem>().errors[0]!.field).toBe('injects');
    e = await ok(await analyst.patch(`${base()}/${e.id}`, { version: e.version, title: 'Walk-through of the out-of-hours rota' }));
    expect(e.title).toBe('Walk-through of the out-of-hours rota');
  });

  it('gives exercises planned at the same moment distinct references', async () => {
    const made = await Promise.all(Array.from({ length: 6 }, (_, i) => seclead.post(base(), { title: `Parallel ${i}`, format: 'tabletop' })));
    expect(made.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    const references = made.map((r) => r.json<ExerciseDetail>().reference);
    expect(new Set(references).size).toBe(6);
  });
});

describe('running an exercise', () => {
  let e: ExerciseDetail;
  let startedAt: string;

  it('times each decision point against its target: met, late, due, overdue and pending', async () => {
    e = await plan(seclead, {
      title: 'Ransomware tabletop with the executive',
      decisionPoints: [
        { key: 'escalate-on-call', label: 'Escalate to on call', targetMinutes: 15 },
        { key: 'isolate', label: 'Decide to isolate', targetMinutes: 30 },
        { key: 'invoke-business-continuity', label: 'Invoke business continuity', targetMinutes: 60 },
        { key: 'brief-siro', label: 'Brief the SIRO', targetMinutes: 140 },
        { key: 'notify-ico', label: 'Decide on reporting to the ICO', targetMinutes: 600 },
      ],
      injects: [{ atMinute: 0, text: 'Ransom note on ward workstations.' }],
    });
    startedAt = minutesAgo(120);
    e = await ok(await start(seclead, e, startedAt));
    expect(e.status).toBe('running');
    e = await ok(await decide(seclead, e, 'escalate-on-call', plus(startedAt, 10)));
    e = await ok(await decide(seclead, e, 'isolate', plus(startedAt, 45.5)));
    const state = (key: string) => e.decisionPoints.find((d) => d.key === key)!;
    expect(state('escalate-on-call')).toMatchObject({ state: 'met', actualMinutes: 10, varianceMinutes: -5 });
    expect(state('isolate')).toMatchObject({ state: 'late', actualMinutes: 45, varianceMinutes: 15 });
    expect(state('invoke-business-continuity')).toMatchObject({ state: 'overdue', actualMinutes: null });
    expect(state('brief-siro').state).toBe('due');
    expect(state('notify-ico').state).toBe('pending');
    expect(e).toMatchObject({ decisionsMet: 1, decisionsLate: 1, decisionsMissed: 0 });
  });

  it('reads the clock as of an earlier instant', async () => {
    const before = (await seclead.get(`${base()}/${e.id}?asOf=${encodeURIComponent(plus(startedAt, 25))}`)).json<ExerciseDetail>();
    expect(before.decisionPoints.map((d) => d.state)).toEqual(['met', 'due', 'pending', 'pending', 'pending']);
  });

  it('keeps the time recorded when only the note of a decision changes', async () => {
    const point = e.decisionPoints.find((d) => d.key === 'escalate-on-call')!;
    e = await ok(await seclead.put(`${base()}/${e.id}/decisions/${point.id}`, { version: e.version, note: 'Reached the deputy on the second call' }));
    expect(e.decisionPoints.find((d) => d.key === 'escalate-on-call')).toMatchObject({ reachedAt: point.reachedAt, note: 'Reached the deputy on the second call', state: 'met' });
  });

  it('releases injects and notes observations at their minute', async () => {
    e = await ok(await seclead.post(`${base()}/${e.id}/injects/${e.injects[0]!.id}/release`, { version: e.version, at: plus(startedAt, 1) }));
    expect(e.injects[0]!.releasedAt).toBe(plus(startedAt, 1));
    e = await ok(await analyst.post(`${base()}/${e.id}/observations`, { text: 'The on-call number in the plan is out of date.', at: plus(startedAt, 20) }));
    expect(e.observations).toEqual([expect.objectContaining({ minute: 20, text: 'The on-call number in the plan is out of date.', by: expect.stringMatching(/\w+ \w+/) })]);
  });

  it('when two people record the same decision at once, one is refused naming the other', async () => {
    const [a, b] = await Promise.all([decide(seclead, e, 'invoke-business-continuity', plus(startedAt, 70)), decide(analyst, e, 'invoke-business-continuity', plus(startedAt, 72))]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    const winner = a.statusCode === 409 ? b : a;
    expect(loser.json<Problem>().changedBy).toBe(winner === a ? 'Tom Whitfield' : 'Aisha Khan');
    e = winner.json<ExerciseDetail>();
    // Cleared again, so the next test sees it missed.
    e = await ok(await decide(seclead, e, 'invoke-business-continuity', null));
    expect(e.decisionPoints.find((d) => d.key === 'invoke-business-continuity')!.reachedAt).toBeNull();
  });

  it('refuses a time without its offset, before the start or in the future, naming the field and changing nothing', async () => {
    const cases: Array<[string, Promise<{ statusCode: number; json: <T>() => T }>, string]> = [
      ['without offset', decide(seclead, e, 'brief-siro', '2026-05-01T10:00'), 'reachedAt'],
      ['before the start', decide(seclead, e, 'brief-siro', plus(startedAt, -5)), 'reachedAt'],
      ['in the future', decide(seclead, e, 'brief-siro', minutesAgo(-30)), 'reachedAt'],
      ['observation before the start', seclead.post(`${base()}/${e.id}/observations`, { text: 'x', at: plus(startedAt, -1) }), 'at'],
      ['stop in the future', stop(seclead, e, minutesAgo(-30)), 'at'],
      ['stop before a decision', stop(seclead, e, plus(startedAt, 30)), 'at'],
    ];
    for (const [why, call, field] of cases) {
      const res = await call;
      expect(res.statusCode, why).toBe(422);
      expect(res.json<Problem>().errors[0]!.field, why).toBe(field);
    }
    const now = (await seclead.get(`${base()}/${e.id}`)).json<ExerciseDetail>();
    expect(now.version).toBe(e.version);
    expect(now.observations).toHaveLength(1);
    expect(now.status).toBe('running');
  });

  it('stopping completes it, counts what was missed, and records it as evidence for CAF D1.c', async () => {
    e = await ok(await stop(seclead, e));
    expect(e.status).toBe('completed');
    expect(e).toMatchObject({ decisionsMet: 1, decisionsLate: 1, decisionsMissed: 3 });
    expect(e.evidenceId).not.toBeNull();
    const evidence = await seclead.get(`/api/v1/orgs/${acute}/evidence/${e.evidenceId}`);
    expect(evidence.statusCode, evidence.body).toBe(200);
    const item = evidence.json<EvidenceItem>();
    expect(item.title).toBe(`Exercise ${e.reference}: Ransomware tabletop with the executive`);
    expect(item.kind).toBe('note');
    expect(item.description).toMatch(/CAF D1\.c/);
    expect(item.versions[0]!.noteText).toContain('Decision points: 1 met, 1 late, 3 not reached.');
    expect(item.versions[0]!.noteText).toContain('- Decide to isolate: target minute 30, reached at minute 45 (15 minutes late)');
  });

  it('records nothing more on the clock once stopped, but takes findings and actions', async () => {
    const decision = await decide(seclead, e, 'brief-siro', minutesAgo(1));
    expect(decision.statusCode).toBe(409);
    expect(decision.json<Problem>().type).toMatch(/exercise-not-running/);
    expect((await seclead.post(`${base()}/${e.id}/observations`, { text: 'late note' })).statusCode).toBe(409);
    expect((await stop(seclead, e)).statusCode).toBe(409);
  });
});

describe('findings and actions', () => {
  let e: ExerciseDetail;

  it('a finding with its bottleneck brings its actions, which appear in the organisation’s action list', async () => {
    const list = (await seclead.get(base())).json<ExerciseList>().items;
    e = (await seclead.get(`${base()}/${list.find((x) => x.title === 'Ransomware tabletop with the executive')!.id}`)).json<ExerciseDetail>();
    const isolate = e.decisionPoints.find((d) => d.key === 'isolate')!;
    e = await ok(
      await seclead.post(`${base()}/${e.id}/findings`, {
        title: 'Nobody was sure who may order isolation',
        bottleneck: 'decision',
        severity: 'high',
        decisionPointId: isolate.id,
        actions: [
          { title: 'Name the deputies who may order isolation', ownerId: seclead.userId, dueOn: '2020-01-31' },
          { title: 'Add isolation authority to the plan', dueOn: '2099-01-31' },
        ],
      }),
    );
    expect(e.findings).toHaveLength(1);
    expect(e.findings[0]).toMatchObject({ bottleneck: 'decision', severity: 'high', decisionPointId: isolate.id });
    expect(e.findings[0]!.actions.map((a) => [a.title, a.status, a.overdue])).toEqual([
      ['Name the deputies who may order isolation', 'open', true],
      ['Add isolation authority to the plan', 'open', false],
    ]);
    expect(e).toMatchObject({ findingCount: 1, openActions: 2 });
    const actions = (await auditor.get(`/api/v1/orgs/${acute}/exercise-actions`)).json<ExerciseActionList>().items;
    expect(actions.map((a) => [a.exerciseReference, a.findingTitle, a.bottleneck, a.title])).toEqual([
      [e.reference, 'Nobody was sure who may order isolation', 'decision', 'Name the deputies who may order isolation'],
      [e.reference, 'Nobody was sure who may order isolation', 'decision', 'Add isolation authority to the plan'],
    ]);
  });

  it('an action moves to done with its version; a stale version is refused naming who changed it', async () => {
    const action = e.findings[0]!.actions[0]!;
    e = await ok(await seclead.patch(`${base()}/${e.id}/actions/${action.id}`, { status: 'done', version: action.version }));
    expect(e.findings[0]!.actions[0]).toMatchObject({ status: 'done', overdue: false, version: 2 });
    expect(e.openActions).toBe(1);
    const stale = await analyst.patch(`${base()}/${e.id}/actions/${action.id}`, { status: 'open', version: action.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().changedBy).toBe('Tom Whitfield');
  });

  it('adds an action to a finding, and changes the finding with its version', async () => {
    const finding = e.findings[0]!;
    e = await ok(await analyst.post(`${base()}/${e.id}/findings/${finding.id}/actions`, { title: 'Rehearse isolation with the deputies' }));
    expect(e.findings[0]!.actions).toHaveLength(3);
    e = await ok(await analyst.patch(`${base()}/${e.id}/findings/${finding.id}`, { severity: 'medium', version: finding.version }));
    expect(e.findings[0]).toMatchObject({ severity: 'medium', version: 2 });
    expect((await analyst.patch(`${base()}/${e.id}/findings/${finding.id}`, { severity: 'low', version: finding.version })).statusCode).toBe(409);
  });

  it('refuses an unknown bottleneck, a decision point of another exercise and an owner from elsewhere, changing nothing', async () => {
    const other = await plan(seclead, { title: 'Other', decisionPoints: [{ key: 'x', label: 'X', targetMinutes: 5 }] });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: 'x', bottleneck: 'bureaucracy', severity: 'low' }, 'bottleneck'],
      [{ title: 'x', bottleneck: 'triage', severity: 'low', decisionPointId: other.decisionPoints[0]!.id }, 'decisionPointId'],
      [{ title: 'x', bottleneck: 'triage', severity: 'low', actions: [{ title: 'y', ownerId: mhAdmin.userId }] }, 'actions.0.ownerId'],
    ];
    for (const [body, field] of cases) {
      const res = await seclead.post(`${base()}/${e.id}/findings`, body);
      expect(res.statusCode, field).toBe(422);
      expect(res.json<Problem>().errors[0]!.field).toBe(field);
    }
    expect((await seclead.get(`${base()}/${e.id}`)).json<ExerciseDetail>().findingCount).toBe(1);
    expect((await seclead.post(`${base()}/${other.id}/findings`, { title: 'x', bottleneck: 'triage', severity: 'low' })).statusCode).toBe(409);
  });
});

describe('bad plans', () => {
  it('refuses an unknown scenario, a repeated decision key and a start time without its offset, naming the field', async () => {
    const before = (await seclead.get(base())).json<ExerciseList>().items.length;
    const unknown = await seclead.post(base(), { title: 'x', format: 'tabletop', scenarioId: 'alien-invasion' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<Problem>().errors[0]).toMatchObject({ field: 'scenarioId' });
    const repeated = await seclead.post(base(), { title: 'x', format: 'tabletop', decisionPoints: [{ key: 'a', label: 'A', targetMinutes: 1 }, { key: 'a', label: 'B', targetMinutes: 2 }] });
    expect(repeated.statusCode).toBe(422);
    expect(repeated.json<Problem>().errors[0]).toMatchObject({ field: 'decisionPoints.1.key' });
    expect((await seclead.get(base())).json<ExerciseList>().items.length).toBe(before);
    const e = await plan(seclead, { title: 'Clock test' });
    const noOffset = await start(seclead, e, '2026-05-01T10:00');
    expect(noOffset.statusCode).toBe(422);
    expect(noOffset.json<Problem>().errors[0]).toMatchObject({ field: 'at' });
    expect((await start(seclead, e, minutesAgo(-30))).statusCode).toBe(422);
    expect((await seclead.post(`${base()}/${e.id}/observations`, { text: 'too early' })).statusCode).toBe(409);
    expect((await seclead.get(`${base()}/${e.id}`)).json<ExerciseDetail>()).toMatchObject({ status: 'planned', version: 1 });
  });
});

describe('who may see and run exercises', () => {
  let id: string;
  beforeAll(async () => {
    id = (await seclead.get(base())).json<ExerciseList>().items[0]!.id;
  });

  it('lets auditors read but not record', async () => {
    expect((await auditor.get(`${base()}/${id}`)).statusCode).toBe(200);
    expect((await auditor.post(base(), { title: 'x', format: 'tabletop' })).statusCode).toBe(403);
  });

  it('keeps staff and ICS oversight out of the exercises, and lets oversight see only the comparison', async () => {
    for (const client of [staff, icsLead]) {
      expect((await client.get(base())).statusCode).toBe(403);
      expect((await client.get(`${base()}/${id}`)).statusCode).toBe(403);
      expect((await client.get(`/api/v1/orgs/${acute}/exercise-actions`)).statusCode).toBe(403);
      expect((await client.post(base(), { title: 'x', format: 'tabletop' })).statusCode).toBe(403);
    }
    expect((await icsLead.get(`/api/v1/orgs/${acute}/exercise-comparison`)).statusCode).toBe(200);
    expect((await staff.get(`/api/v1/orgs/${acute}/exercise-comparison`)).statusCode).toBe(403);
  });

  it('shows another Trust’s administrator nothing, and changes nothing for them', async () => {
    expect((await mhAdmin.get(base())).statusCode).toBe(404);
    expect((await mhAdmin.get(`${base()}/${id}`)).statusCode).toBe(404);
    expect((await mhAdmin.get(`/api/v1/orgs/${acute}/exercise-comparison`)).statusCode).toBe(404);
    expect((await mhAdmin.post(base(), { title: 'Taken over', format: 'tabletop' })).statusCode).toBe(404);
    expect((await mhAdmin.get(`${base(mentalHealth)}/${id}`)).statusCode).toBe(404);
    expect((await mhAdmin.patch(`${base(mentalHealth)}/${id}`, { title: 'Taken over', version: 1 })).statusCode).toBe(404);
    const e = (await seclead.get(`${base()}/${id}`)).json<ExerciseDetail>();
    expect((await mhAdmin.post(`${base()}/${id}/start`, { version: e.version })).statusCode).toBe(404);
    expect((await mhAdmin.post(`${base(mentalHealth)}/${id}/start`, { version: e.version })).statusCode).toBe(404);
    expect((await mhAdmin.post(`${base(mentalHealth)}/${id}/observations`, { text: 'Taken over' })).statusCode).toBe(404);
    expect((await mhAdmin.post(`${base(mentalHealth)}/${id}/findings`, { title: 'x', bottleneck: 'triage', severity: 'low' })).statusCode).toBe(404);
    expect((await seclead.get(`${base()}/${id}`)).json<ExerciseDetail>()).toMatchObject({ version: e.version, status: e.status, findingCount: e.findingCount });
  });
});

describe('comparison over time', () => {
  /** A completed exercise in the mental health trust: decisions reached at the minutes given, then findings. */
  async function completed(daysAgo: number, reached: Record<string, number | null>, findings: Array<{ bottleneck: string; actions: Array<'open' | 'done'> }>): Promise<ExerciseDetail> {
    let e = await plan(mhAdmin, { title: `Ransomware tabletop ${daysAgo} days ago`, scenarioId: 'ransomware-epr' }, mentalHealth);
    const startedAt = minutesAgo(daysAgo * 24 * 60);
    e = await ok(await start(mhAdmin, e, startedAt, mentalHealth));
    for (const [key, minute] of Object.entries(reached)) if (minute !== null) e = await ok(await decide(mhAdmin, e, key, plus(startedAt, minute), mentalHealth));
    e = await ok(await stop(mhAdmin, e, plus(startedAt, 180), mentalHealth));
    for (const f of findings) {
      e = await ok(await mhAdmin.post(`${base(mentalHealth)}/${e.id}/findings`, { title: `${f.bottleneck} was slow`, bottleneck: f.bottleneck, severity: 'medium', actions: f.actions.map((_, i) => ({ title: `Fix ${f.bottleneck} ${i}` })) }));
      const finding = e.findings.at(-1)!;
      for (const [i, status] of f.actions.entries()) {
        if (status === 'done') e = await ok(await mhAdmin.patch(`${base(mentalHealth)}/${e.id}/actions/${finding.actions[i]!.id}`, { status: 'done', version: 1 }));
      }
    }
    return e;
  }

  it('is empty of bottlenecks with fewer than two completed exercises', async () => {
    const res = await mhAdmin.get(`/api/v1/orgs/${mentalHealth}/exercise-comparison`);
    expect(res.statusCode).toBe(200);
    expect(res.json<ExerciseComparison>()).toMatchObject({ exercises: [], decisionTrends: [], bottlenecks: [] });
  });

  it('says which bottlenecks closed, recurred or still have actions open, and how decision minutes moved', async () => {
    const first = await completed(400, { 'escalate-on-call': 40, isolate: 90 }, [
      { bottleneck: 'escalation', actions: ['done'] },
      { bottleneck: 'communication', actions: ['done', 'done'] },
      { bottleneck: 'technical-recovery', actions: ['open'] },
    ]);
    const second = await completed(30, { 'escalate-on-call': 12, isolate: 50, 'brief-siro': 55 }, [
      { bottleneck: 'technical-recovery', actions: ['open'] },
      { bottleneck: 'supplier', actions: [] },
    ]);
    // Planned but not run: not part of the comparison.
    await plan(mhAdmin, { title: 'Next spring', scenarioId: 'ransomware-epr' }, mentalHealth);
    const c = (await icsLead.get(`/api/v1/orgs/${mentalHealth}/exercise-comparison`)).json<ExerciseComparison>();
    expect(c.exercises.map((x) => [x.id, x.findingsByBottleneck, x.decisionsMet, x.decisionsLate, x.decisionsMissed])).toEqual([
      [first.id, { escalation: 1, communication: 1, 'technical-recovery': 1 }, 0, 2, 5],
      [second.id, { 'technical-recovery': 1, supplier: 1 }, 2, 1, 4],
    ]);
    expect(c.bottlenecks).toEqual([
      { bottleneck: 'escalation', earlier: 1, latest: 0, actionsOpen: 0, outcome: 'closed' },
      { bottleneck: 'communication', earlier: 1, latest: 0, actionsOpen: 0, outcome: 'closed' },
      { bottleneck: 'technical-recovery', earlier: 1, latest: 1, actionsOpen: 2, outcome: 'recurred' },
    ]);
    const trend = (key: string) => c.decisionTrends.find((d) => d.key === key)!.points.map((p) => [p.exerciseId, p.targetMinutes, p.actualMinutes]);
    expect(trend('escalate-on-call')).toEqual([
      [first.id, 15, 40],
      [second.id, 15, 12],
    ]);
    expect(trend('brief-siro')).toEqual([
      [first.id, 60, null],
      [second.id, 60, 55],
    ]);
    expect(c.decisionTrends).toHaveLength(7);
  });

  it('shows actions still open on a bottleneck the latest exercise did not find', async () => {
    await completed(1, { 'escalate-on-call': 10 }, [{ bottleneck: 'supplier', actions: [] }]);
    const c = (await mhAdmin.get(`/api/v1/orgs/${mentalHealth}/exercise-comparison`)).json<ExerciseComparison>();
    expect(c.exercises).toHaveLength(3);
    expect(c.bottlenecks).toEqual([
      { bottleneck: 'technical-recovery', earlier: 1, latest: 0, actionsOpen: 1, outcome: 'actions-open' },
      { bottleneck: 'supplier', earlier: 1, latest: 1, actionsOpen: 0, outcome: 'recurred' },
    ]);
  });
});
