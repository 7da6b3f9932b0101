// The demo trust's exercises, as someone trying Bulwark sees them: the ransomware tabletop each spring
// for three years getting faster, bottlenecks that close and one that recurs, actions some done, a
// supplier exercise planned, each completed one in the evidence library, and all loaded once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseActionList, ExerciseComparison, ExerciseDetail, ExerciseList } from '../../src/contract/exercises.js';
import type { EvidenceItem } from '../../src/contract/evidence.js';
import { demoExercisePlan } from '../../src/modules/demo/demo-exercises.js';
import { loadDemo } from '../../src/modules/demo/service.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let lead: Client;
let list: ExerciseList;

beforeAll(async () => {
  t = await createTestApp({ demoExercises: true });
  acute = await orgId(t.app, 'RZZ');
  lead = await signIn(t.server, 'seclead@northshire-acute.example');
  list = (await lead.get(`/api/v1/orgs/${acute}/exercises`)).json<ExerciseList>();
});
afterAll(() => t.close());

describe('the demo trust’s exercises', () => {
  it('holds three completed ransomware exercises a year apart, each in spring, and one planned', () => {
    expect(list.items.map((e) => [e.status, e.scenarioId])).toEqual([
      ['planned', 'supplier-compromise'],
      ['completed', 'ransomware-epr'],
      ['completed', 'ransomware-epr'],
      ['completed', 'ransomware-epr'],
    ]);
    const completed = list.items.filter((e) => e.status === 'completed');
    expect(completed.map((e) => e.startedAt!.slice(5, 10))).toEqual(['04-22', '04-22', '04-22']);
    const years = completed.map((e) => Number(e.startedAt!.slice(0, 4)));
    expect(years).toEqual([years[0], years[0]! - 1, years[0]! - 2]);
    expect(list.items[0]!.plannedFor! > list.asOf.slice(0, 10)).toBe(true);
  });

  it('gets faster each year: decisions met rise and missed fall', () => {
    const [latest, middle, first] = list.items.filter((e) => e.status === 'completed');
    expect([first, middle, latest].map((e) => [e!.decisionsMet, e!.decisionsLate, e!.decisionsMissed])).toEqual([
      [0, 6, 1],
      [3, 4, 0],
      [6, 1, 0],
    ]);
  });

  it('compares the latest with the year before: communication and decision-making move on, recovery recurs', async () => {
    const c = (await lead.get(`/api/v1/orgs/${acute}/exercise-comparison`)).json<ExerciseComparison>();
    expect(c.exercises).toHaveLength(3);
    expect(c.bottlenecks).toEqual([
      { bottleneck: 'decision', earlier: 1, latest: 0, actionsOpen: 1, outcome: 'actions-open' },
      { bottleneck: 'communication', earlier: 1, latest: 0, actionsOpen: 0, outcome: 'closed' },
      { bottleneck: 'technical-recovery', earlier: 1, latest: 1, actionsOpen: 2, outcome: 'recurred' },
    ]);
    expect(c.decisionTrends.find((d) => d.key === 'escalate-on-call')!.points.map((p) => p.actualMinutes)).toEqual([38, 14, 9]);
  });

  it('has actions across the exercises, some done and some still open', async () => {
    const actions = (await lead.get(`/api/v1/orgs/${acute}/exercise-actions`)).json<ExerciseActionList>().items;
    const count = (status: string) => actions.filter((a) => a.status === status).length;
    expect([count('done'), count('in-progress'), count('open')]).toEqual([5, 2, 2]);
    expect(actions.every((a) => a.ownerName !== null && a.dueOn !== null)).toBe(true);
  });

  it('records each completed exercise in the evidence library for CAF D1.c', async () => {
    for (const summary of list.items.filter((e) => e.status === 'completed')) {
      const e = (await lead.get(`/api/v1/orgs/${acute}/exercises/${summary.id}`)).json<ExerciseDetail>();
      expect(e.evidenceId).not.toBeNull();
      expect(e.observations.length).toBe(2);
      expect(e.injects.every((i) => i.releasedAt !== null)).toBe(true);
      const item = (await lead.get(`/api/v1/orgs/${acute}/evidence/${e.evidenceId}`)).json<EvidenceItem>();
      expect(item.description).toMatch(/CAF D1\.c/);
    }
  });

  it('is placed relative to now and the same now gives the same plan', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    expect(demoExercisePlan(now)).toEqual(demoExercisePlan(new Date(now)));
    expect(demoExercisePlan(now).map((e) => e.plannedFor)).toEqual(['2024-04-22', '2025-04-22', '2026-04-22', '2027-01-20']);
    expect(demoExercisePlan(new Date('2026-05-01T10:00:00Z')).map((e) => e.plannedFor).slice(0, 3)).toEqual(['2023-04-22', '2024-04-22', '2025-04-22']);
  });

  it('is loaded once however often the demo loader runs', async () => {
    const again = await loadDemo(t.app, new Date(), { assessments: false, incidents: false });
    expect(again.exercisesCreated).toBe(0);
    expect((await lead.get(`/api/v1/orgs/${acute}/exercises`)).json<ExerciseList>().items).toHaveLength(4);
  });
});
