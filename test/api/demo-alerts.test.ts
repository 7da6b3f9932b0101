// The demo trust's alert history, as someone trying Bulwark sees it: a quarter of Sentinel incidents
// up to a fixed "now", brought in through the import pipeline as a Trust's export would be, behind a
// triage report whose totals match the history that was generated; loaded once however often the
// demo loader runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertReport } from '../../src/contract/alerts.js';
import type { ImportRunView } from '../../src/contract/imports.js';
import { sampleAlerts } from '../../src/modules/alerts/service.js';
import { DEMO_ALERTS, demoAlertHistory } from '../../src/modules/demo/demo-alerts.js';
import { loadDemo } from '../../src/modules/demo/service.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

const NOW = new Date('2026-11-30T12:00:00.000Z');

let t: TestApp;
let acute: string;
let lead: Client;
let alertsCreated: number;

beforeAll(async () => {
  // The test app loads the demo organisations and people; the alerts are loaded here, as of NOW.
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  lead = await signIn(t.server, 'seclead@northshire-acute.example');
  alertsCreated = (await loadDemo(t.app, NOW, { assessments: false, incidents: false })).alertsCreated;
});
afterAll(() => t.close());

/** What the generated history holds, counted here from its latest states and the rows written for them. */
function expected() {
  let rows = 0;
  let open = 0;
  let classified = 0;
  let falsePositives = 0;
  let benign = 0;
  for (const { states } of sampleAlerts(demoAlertHistory(NOW))) {
    rows += states.length;
    const latest = states[states.length - 1]!;
    if (latest.status !== 'Closed') open++;
    if (latest.classification) classified++;
    if (latest.classification === 'FalsePositive') falsePositives++;
    if (latest.classification === 'BenignPositive') benign++;
  }
  return { rows, open, classified, falsePositiveRate: falsePositives / classified, benignRate: benign / classified };
}

describe('the demo trust’s alerts', () => {
  it('twenty thousand alerts come in through the import pipeline, one row per update as Sentinel writes them', async () => {
    expect(alertsCreated).toBe(DEMO_ALERTS);
    const { runs } = (await lead.get(`/api/v1/orgs/${acute}/imports?kind=alerts`)).json<{ runs: ImportRunView[] }>();
    const { rows } = expected();
    // Some alerts have a row for each state they went through: more rows than alerts.
    expect(rows).toBeGreaterThan(DEMO_ALERTS);
    expect(runs.map((r) => ({ status: r.status, by: r.by, rowsRead: r.rowsRead, inserted: r.inserted, unchanged: r.unchanged, rejected: r.rejected }))).toEqual([
      { status: 'applied', by: 'demo-loader', rowsRead: rows, inserted: DEMO_ALERTS, unchanged: rows - DEMO_ALERTS, rejected: 0 },
    ]);
  });

  it('the report over the 90 days to now has the totals of the history generated', async () => {
    const res = await lead.get(`/api/v1/orgs/${acute}/alert-report?asOf=${NOW.toISOString()}`);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<AlertReport>();
    const { open, classified, falsePositiveRate, benignRate } = expected();
    expect(report.totals).toMatchObject({ alerts: DEMO_ALERTS, open, classified, falsePositiveRate, benignRate });
    expect(report.rules).toHaveLength(12);
    // 90 days from midday to midday touch 91 UK days.
    expect(report.backlog).toHaveLength(91);
    expect(report.analysts.map((a) => a.owner)).toEqual(expect.arrayContaining(['amira.khan@northshire-acute.example', 'finlay.reid@northshire-acute.example']));
    // The loudest rule is mostly noise: the demo has something to act on.
    expect(report.findings.map((f) => f.key)).toContain('noisy-rule:Sign-in from an unfamiliar country');
  });

  it('loading the demo again adds no alerts', async () => {
    const again = await loadDemo(t.app, new Date(NOW.getTime() + 86_400_000), { assessments: false, incidents: false });
    expect(again.alertsCreated).toBe(0);
    const { runs } = (await lead.get(`/api/v1/orgs/${acute}/imports?kind=alerts`)).json<{ runs: ImportRunView[] }>();
    expect(runs).toHaveLength(1);
  });
});
