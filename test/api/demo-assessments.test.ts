// The demo trust's DSPT work: what someone trying Bulwark sees on their home page and in the
// assessment views, loaded once however often the demo loader runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, Trend, Workspace } from '../../src/contract/assessments.js';
import { loadDemo } from '../../src/modules/demo/service.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let igLead: Client;
let staff: Client;

beforeAll(async () => {
  t = await createTestApp({ demoAssessments: true });
  acute = await orgId(t.app, 'RZZ');
  [igLead, staff] = await Promise.all([signIn(t.server, 'iglead@northshire-acute.example'), signIn(t.server, 'staff@northshire-acute.example')]);
});
afterAll(() => t.close());

describe('the demo trust’s assessments', () => {
  it('the home page shows DSPT 2025-26 part complete, in review, with its deadline, what is overdue and expiring evidence', async () => {
    const dashboard = (await igLead.get(`/api/v1/orgs/${acute}/dashboard`)).json<Dashboard>();
    expect(dashboard.assessments.map((a) => [a.catalogue.ref, a.period, a.state])).toEqual([['dspt@2025-26', '2025-26', 'in-review']]);
    const dspt = dashboard.assessments[0]!;
    expect(dspt.progress).toMatchObject({ outcomes: 47, answered: 32 });
    expect(dspt.status).toMatchObject({ state: 'below', label: 'Standards Not Met', below: 4, provisional: true });
    expect(dspt.dueOn).toBe('2026-06-30');
    expect(dashboard.overdue).toBeGreaterThan(0);
    expect(dashboard.submitted.map((a) => a.period)).toEqual(['2024-25']);
    expect(dashboard.expiringEvidence.map((e) => [e.title, e.state])).toEqual([
      ['Record of processing activities, 2024', 'expired'],
      ['Patching dashboard, quarter 3', 'expiring'],
    ]);
    expect(dashboard.myWork.length).toBeGreaterThan(5);
  });

  it('the independent review disagrees on three outcomes, and staff have their own outcome to finish', async () => {
    const id = (await igLead.get(`/api/v1/orgs/${acute}/dashboard`)).json<Dashboard>().assessments[0]!.id;
    const w = (await igLead.get(`/api/v1/orgs/${acute}/assessments/${id}`)).json<Workspace>();
    expect(w.divergence).toMatchObject({ 'review-lower': 3, agrees: 11 });
    expect(w.review).toMatchObject({ opinion: 'moderate' });
    expect(w.responses.filter((r) => r.evidence.length > 0).length).toBeGreaterThan(5);
    // Carried forward from last year: the outcomes not yet worked on still say so.
    expect(w.responses.filter((r) => r.origin?.startsWith('carried:')).map((r) => r.ref)).toContain('C2.a');
    const mine = (await staff.get(`/api/v1/orgs/${acute}/my-work`)).json<{ items: Array<{ ref: string }> }>();
    expect(mine.items.map((i) => i.ref)).toEqual(['B6.b']);
  });

  it('the trend shows last year submitted and this year in progress', async () => {
    const trend = (await igLead.get(`/api/v1/orgs/${acute}/assessment-trend/dspt`)).json<Trend>();
    expect(trend.points.map((p) => [p.period, p.state, p.unanswered])).toEqual([
      ['2024-25', 'submitted', 0],
      ['2025-26', 'in-review', 15],
    ]);
  });

  it('loading the demo again adds nothing', async () => {
    const again = await loadDemo(t.app, new Date(), { incidents: false, alerts: false });
    expect(again.assessmentsCreated).toBe(false);
    expect((await igLead.get(`/api/v1/orgs/${acute}/assessments`)).json<{ assessments: unknown[] }>().assessments).toHaveLength(2);
  });
});
