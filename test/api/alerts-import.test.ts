// Bringing a security team's alert history in through the import pipeline, over HTTP, on a real
// database (SQLite or PostgreSQL): Sentinel's portal CSV and its JSON export, Splunk ES notable
// events and a SOC's own spreadsheet through a saved mapping; each alert kept in its latest state
// whatever the order of the rows or files; the same file again adding nothing; bad rows named and
// nothing stored; and who may import.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALERT_SEVERITIES, ALERT_STATUSES, type AlertReport, CLASSIFICATIONS } from '../../src/contract/alerts.js';
import type { ImportRunView as Run } from '../../src/contract/imports.js';
import { BATCH_ROWS } from '../../src/platform/imports/run-import.js';
import { sourceCode } from '../../src/modules/alerts/store.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import {
  anAlert,
  IMPORT_AS_OF,
  SENTINEL_BAD_ROWS,
  SENTINEL_CSV,
  SENTINEL_NDJSON,
  sentinelCsv,
  SOC_SPREADSHEET,
  SOC_SPREADSHEET_MAPPING,
  SPLUNK_CSV,
} from '../fixtures/alerts/alert-exports.js';

let t: TestApp;
let acute: string;
let mentalHealth: string;
/** The head of cyber security brings the files in (the import pipeline's own gate admits heads of cyber security, not analysts). */
let seclead: Client;

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  mentalHealth = await orgId(t.app, 'RZY');
  seclead = await signIn(t.server, 'seclead@northshire-acute.example');
});
afterAll(() => t.close());

interface Refusal {
  detail: string;
  problemCount: number;
  errors: Array<{ row: number; column: string; value: string; message: string }>;
}

function upload(client: Client, org: string, body: string | Buffer, query: Record<string, string>) {
  const params = new URLSearchParams({ asOf: IMPORT_AS_OF, ...query });
  return client.request('POST', `/api/v1/orgs/${org}/imports/alerts?${params}`, body, { 'content-type': 'application/octet-stream' });
}

const counts = (run: Run) => ({ status: run.status, rowsRead: run.rowsRead, inserted: run.inserted, updated: run.updated, unchanged: run.unchanged, rejected: run.rejected });

interface StoredAlert {
  rule: string;
  severity: string;
  status: string;
  classification: string | null;
  owner: string | null;
  created: string;
  triaged: string | null;
  closed: string | null;
}

const instant = (ms: number | string | bigint | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

/** The alerts an organisation holds from one source, by their id in the export, as words. */
async function stored(org: string, source: string): Promise<Map<string, StoredAlert>> {
  const names = await t.app.db.selectFrom('alert_names').select(['kind', 'id', 'name']).where('org_id', '=', org).execute();
  const name = (kind: string, id: number | null) => (id === null ? null : names.find((n) => n.kind === kind && n.id === id)!.name);
  const rows = await t.app.db.selectFrom('alerts').innerJoin('alert_orgs', 'alert_orgs.org_key', 'alerts.org_key').selectAll('alerts').where('alert_orgs.org_id', '=', org).where('source', '=', sourceCode(source)).execute();
  return new Map(
    rows.map((r) => [
      r.alert_id,
      {
        rule: name('rule', r.rule_id)!,
        severity: ALERT_SEVERITIES[r.severity]!,
        status: ALERT_STATUSES[r.status]!,
        classification: r.classification === null ? null : CLASSIFICATIONS[r.classification]!,
        owner: name('owner', r.owner_id),
        created: instant(r.created_ms)!,
        triaged: instant(r.triaged_ms),
        closed: instant(r.closed_ms),
      },
    ]),
  );
}

async function reportOf(client: Client, org: string): Promise<AlertReport> {
  const res = await client.get(`/api/v1/orgs/${org}/alert-report?from=2026-10-01&to=2026-11-30&asOf=${IMPORT_AS_OF}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<AlertReport>();
}

const AMIRA = 'amira.khan@northshire-acute.example';
const BEN = 'ben.oduya@northshire-acute.example';
const CHLOE = 'chloe.walsh@northshire-acute.example';

describe('importing a Sentinel export', () => {
  const csv = fs.readFileSync(SENTINEL_CSV);

  it('keeps each of the six incidents in its latest state from twelve rows written out of order, counting the other six as repeats', async () => {
    // As the portal saves it: a byte order mark, CRLF, headings marked [UTC].
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('CreatedTime [UTC]');

    const res = await upload(seclead, acute, csv, { file: 'SecurityIncident.csv', preset: 'sentinel' });
    expect(res.statusCode, res.body).toBe(201);
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: 12, inserted: 6, updated: 0, unchanged: 6, rejected: 0 });

    const alerts = await stored(acute, 'sentinel');
    expect([...alerts.keys()].sort()).toEqual(['1001', '1002', '1003', '1004', '1005', '1006']);
    // Closed came first in the file, then the new and active states it went through: closed stays.
    expect(alerts.get('1001')).toEqual({
      rule: 'Sign-in from an unfamiliar country, then MFA denied',
      severity: 'medium',
      status: 'closed',
      classification: 'false-positive',
      owner: AMIRA,
      // Seven-digit fractions are kept to the millisecond, cut rather than rounded.
      created: '2026-11-02T08:00:00.123Z',
      triaged: '2026-11-02T08:40:00.123Z',
      closed: '2026-11-02T09:30:00.123Z',
    });
    expect(alerts.get('1002')).toMatchObject({ status: 'closed', classification: 'benign-positive', owner: BEN, triaged: '2026-11-03T10:20:00.000Z', closed: '2026-11-03T11:00:00.000Z' });
    // Trailing spaces after "Active", "Medium" and "TruePositive" are not part of the value.
    expect(alerts.get('1003')).toMatchObject({ rule: 'Encoded PowerShell command', severity: 'high', status: 'active', owner: CHLOE, triaged: '2026-11-04T14:05:00.000Z', closed: null });
    expect(alerts.get('1004')).toMatchObject({ status: 'new', owner: null, classification: null, created: '2026-11-05T07:45:30.999Z', triaged: null });
    expect(alerts.get('1005')).toMatchObject({ severity: 'medium', status: 'closed', classification: 'true-positive' });
    expect(alerts.get('1006')).toMatchObject({ status: 'closed', classification: 'undetermined', owner: BEN, triaged: '2026-11-07T16:30:00.000Z', closed: '2026-11-08T09:15:00.000Z' });

    const report = await reportOf(seclead, acute);
    expect(report.totals).toMatchObject({ alerts: 6, open: 2, classified: 4 });
  });

  it('the same file again is a repeat that adds nothing', async () => {
    const before = await stored(acute, 'sentinel');
    const res = await upload(seclead, acute, csv, { file: 'SecurityIncident (1).csv', preset: 'sentinel' });
    expect(res.statusCode, res.body).toBe(200);
    expect(counts(res.json<Run>())).toMatchObject({ status: 'repeat', inserted: 0, updated: 0 });
    expect(await stored(acute, 'sentinel')).toEqual(before);
  });

  it('a later JSON export brings what changed, and an older state in it does not undo a newer one', async () => {
    const res = await upload(seclead, acute, fs.readFileSync(SENTINEL_NDJSON), { file: 'SecurityIncident.ndjson', preset: 'sentinel' });
    expect(res.statusCode, res.body).toBe(201);
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: 3, inserted: 1, updated: 1, unchanged: 1, rejected: 0 });

    const alerts = await stored(acute, 'sentinel');
    // 1001 is in the JSON as it was at 08:40, still active; the store has it closed at 09:30.
    expect(alerts.get('1001')).toMatchObject({ status: 'closed', classification: 'false-positive', closed: '2026-11-02T09:30:00.123Z' });
    expect(alerts.get('1003')).toMatchObject({ status: 'closed', classification: 'true-positive', owner: CHLOE, closed: '2026-11-04T15:00:00.000Z' });
    expect(alerts.get('1007')).toEqual({
      rule: 'Privileged group membership changed',
      severity: 'high',
      status: 'closed',
      classification: 'benign-positive',
      owner: BEN,
      created: '2026-11-09T09:00:00.000Z',
      triaged: '2026-11-09T09:20:00.000Z',
      closed: '2026-11-09T10:00:00.000Z',
    });
  });

  it('a later CSV export with one incident moved on updates that one and finds the rest unchanged', async () => {
    const later = Buffer.concat([
      csv,
      Buffer.from(
        '7d3e0c2a-55b1-4a9e-9d0e-2b6f1c9a8e41,2026-11-05T08:00:00.0000000Z,1004,4f1c000003ec,"Sign-in from an unfamiliar country, then MFA denied",Medium,Active,,,"{""objectId"":null,""email"":""ben.oduya@northshire-acute.example"",""assignedTo"":""Ben Oduya"",""userPrincipalName"":null}",2026-11-05T07:45:30.9999999Z,2026-11-05T08:00:00.0000000Z,2026-11-05T08:00:00.0000000Z,,Azure Sentinel\r\n',
      ),
    ]);
    const res = await upload(seclead, acute, later, { file: 'SecurityIncident-later.csv', preset: 'sentinel' });
    expect(res.statusCode, res.body).toBe(201);
    // 1003 is closed in the store (from the JSON): its active row here is older, so unchanged.
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: 13, inserted: 0, updated: 1, unchanged: 12, rejected: 0 });
    const alerts = await stored(acute, 'sentinel');
    expect(alerts.get('1004')).toMatchObject({ status: 'active', owner: BEN, triaged: '2026-11-05T08:00:00.000Z' });
    expect(alerts.get('1003')).toMatchObject({ status: 'closed' });
    expect((await reportOf(seclead, acute)).totals).toMatchObject({ alerts: 7, open: 1 });
  });
});

describe('a long export', () => {
  it('counts a later state of an alert as a repeat, not an update, wherever the batches of the file fall', async () => {
    const opened = anAlert({ number: 6000, created: '2026-11-20T08:00:00Z' });
    const others = Array.from({ length: BATCH_ROWS }, (_, i) => anAlert({ number: 6001 + i, created: '2026-11-20T09:00:00Z' }));
    const closed = { ...opened, owner: AMIRA, triaged: '2026-11-20T08:10:00Z', closed: '2026-11-20T08:30:00Z', classification: 'FalsePositive' as const };
    // The alert's new state is in the first batch, its closed state in the second.
    const later = sentinelCsv([closed]);
    const file = sentinelCsv([opened, ...others]) + later.slice(later.indexOf('\r\n') + 2);
    const res = await upload(seclead, acute, file, { file: 'long.csv', preset: 'sentinel' });
    expect(res.statusCode, res.body).toBe(201);
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: BATCH_ROWS + 2, inserted: BATCH_ROWS + 1, updated: 0, unchanged: 1, rejected: 0 });
    expect((await stored(acute, 'sentinel')).get('6000')).toMatchObject({ status: 'closed', classification: 'false-positive', owner: AMIRA });
  });
});

describe('importing Splunk ES notable events', () => {
  it('reads urgency, status and disposition labels, with "unassigned" as no owner: six rows, five events', async () => {
    const res = await upload(seclead, acute, fs.readFileSync(SPLUNK_CSV), { file: 'notables.csv', preset: 'splunk' });
    expect(res.statusCode, res.body).toBe(201);
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: 6, inserted: 5, updated: 0, unchanged: 1, rejected: 0 });

    const events = [...(await stored(acute, 'splunk')).entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, alert]) => alert);
    expect(events).toEqual([
      { rule: 'Excessive failed sign-ins - Rule', severity: 'medium', status: 'new', classification: null, owner: null, created: '2026-11-03T14:22:05.000Z', triaged: null, closed: null },
      {
        rule: 'Excessive failed sign-ins - Rule',
        severity: 'medium',
        status: 'closed',
        classification: 'false-positive',
        owner: 'amira.khan',
        created: '2026-11-03T15:00:00.000Z',
        triaged: '2026-11-03T15:12:30.000Z',
        closed: '2026-11-03T16:00:00.000Z',
      },
      // The closed row comes before the in-progress one: closed stays.
      {
        rule: 'Outbound traffic to a rare domain - Rule',
        severity: 'high',
        status: 'closed',
        classification: 'true-positive',
        owner: 'ben.oduya',
        created: '2026-11-04T09:00:00.000Z',
        triaged: '2026-11-04T09:30:00.000Z',
        closed: '2026-11-04T11:00:00.000Z',
      },
      {
        rule: 'Outbound traffic to a rare domain - Rule',
        severity: 'critical',
        status: 'closed',
        classification: 'benign-positive',
        owner: 'ben.oduya',
        created: '2026-11-05T02:00:00.000Z',
        triaged: '2026-11-05T02:05:00.000Z',
        closed: '2026-11-05T03:00:00.000Z',
      },
      { rule: 'Excessive failed sign-ins - Rule', severity: 'low', status: 'active', classification: null, owner: 'chloe.walsh', created: '2026-11-05T10:00:00.000Z', triaged: '2026-11-05T10:45:00.000Z', closed: null },
    ]);
  });
});

describe('importing a SOC’s own spreadsheet through a saved mapping', () => {
  it('reads its headings and its UK times, either side of the clocks going back', async () => {
    const saved = await seclead.put(`/api/v1/orgs/${acute}/import-mappings/alerts/${encodeURIComponent('SOC spreadsheet')}`, { mapping: SOC_SPREADSHEET_MAPPING });
    expect(saved.statusCode, saved.body).toBe(200);

    const res = await upload(seclead, acute, fs.readFileSync(SOC_SPREADSHEET), { file: 'soc-tickets.csv', mapping: 'SOC spreadsheet' });
    expect(res.statusCode, res.body).toBe(201);
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: 4, inserted: 4, updated: 0, unchanged: 0, rejected: 0 });

    const alerts = await stored(acute, 'file');
    // 24 October is British Summer Time; 26 October, after the clocks went back, is GMT.
    expect(alerts.get('T-101')).toEqual({
      rule: 'Suspicious sign-in',
      severity: 'high',
      status: 'closed',
      classification: 'false-positive',
      owner: 'Amira Khan',
      created: '2026-10-24T08:30:00.000Z',
      triaged: '2026-10-24T08:50:00.000Z',
      closed: '2026-10-24T10:00:00.000Z',
    });
    expect(alerts.get('T-102')).toMatchObject({ severity: 'medium', status: 'new', owner: null, created: '2026-10-26T09:30:00.000Z' });
    expect(alerts.get('T-103')).toMatchObject({ rule: 'USB storage on a ward PC, Ward 7', severity: 'low', status: 'active', owner: 'Ben Oduya', triaged: '2026-11-03T14:00:00.000Z' });
    expect(alerts.get('T-104')).toMatchObject({ severity: 'informational', status: 'closed', classification: 'benign-positive' });
  });
});

describe('a file with bad rows', () => {
  let mhAdmin: Client;
  const bad = fs.readFileSync(SENTINEL_BAD_ROWS);

  beforeAll(async () => {
    mhAdmin = await signIn(t.server, 'orgadmin@northshire-mh.example');
  });

  it('is refused whole, naming the row, column, value and reason of each bad row, and nothing is stored', async () => {
    const res = await upload(mhAdmin, mentalHealth, bad, { file: 'SecurityIncident.csv', preset: 'sentinel' });
    expect(res.statusCode, res.body).toBe(422);
    const refusal = res.json<Refusal>();
    expect(refusal.detail).toMatch(/4 of 6 rows have problems, so nothing was imported/);
    expect(refusal.errors.map(({ row, column, value, message }) => ({ row, column, value, message }))).toEqual([
      { row: 3, column: 'CreatedTime [UTC]', value: '10/11/2026 10:00:00', message: 'expected YYYY-MM-DDTHH:mm:ss.SSSZ, e.g. 2026-12-05T14:30:00.000Z' },
      { row: 4, column: 'ClosedTime [UTC]', value: '2026-11-11T09:00:00.000Z', message: 'closed before it was created (2026-11-11T10:00:00.000Z)' },
      { row: 5, column: 'Classification', value: 'Suspicious', message: expect.stringMatching(/is not a classification/) },
      { row: 6, column: 'Severity', value: 'Urgent', message: expect.stringMatching(/is not a severity/) },
    ]);
    expect((await stored(mentalHealth, 'sentinel')).size).toBe(0);
    expect((await reportOf(mhAdmin, mentalHealth)).totals.alerts).toBe(0);
  });

  it('with skipInvalid keeps exactly the two good rows', async () => {
    const res = await upload(mhAdmin, mentalHealth, bad, { file: 'SecurityIncident.csv', preset: 'sentinel', skipInvalid: 'true' });
    expect(res.statusCode, res.body).toBe(201);
    const run = res.json<Run>();
    expect(counts(run)).toEqual({ status: 'applied', rowsRead: 6, inserted: 2, updated: 0, unchanged: 0, rejected: 4 });
    expect(run.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'CreatedTime [UTC]'],
      [4, 'ClosedTime [UTC]'],
      [5, 'Classification'],
      [6, 'Severity'],
    ]);
    expect([...(await stored(mentalHealth, 'sentinel')).keys()].sort()).toEqual(['3001', '3006']);
    expect((await reportOf(mhAdmin, mentalHealth)).totals).toMatchObject({ alerts: 2, open: 1 });
  });

  it('a time after the import’s as-of instant is refused, and nothing is stored', async () => {
    const file = sentinelCsv([
      anAlert({ number: 4001, created: '2026-11-30T09:00:00Z' }),
      anAlert({ number: 4002, created: '2026-11-30T22:00:00Z', triaged: '2026-11-30T22:30:00Z', closed: '2026-12-01T06:00:00Z', owner: AMIRA, classification: 'FalsePositive' }),
    ]);
    const res = await upload(seclead, acute, file, { file: 'future.csv', preset: 'sentinel' });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json<Refusal>().errors.map(({ row, column, value, message }) => ({ row, column, value, message }))).toEqual([
      { row: 3, column: 'ClosedTime [UTC]', value: '2026-12-01T06:00:00.000Z', message: `is after the time the import is as of (2026-12-01T00:00:00.000Z)` },
    ]);
    expect((await stored(acute, 'sentinel')).has('4001')).toBe(false);
  });
});

describe('who may import alerts', () => {
  const file = sentinelCsv([anAlert({ number: 5001, created: '2026-11-20T09:00:00Z' })]);

  it('an auditor may read the triage report but not import', async () => {
    const auditor = await signIn(t.server, 'auditor@northshire-acute.example');
    expect((await auditor.get(`/api/v1/orgs/${acute}/alert-report?asOf=${IMPORT_AS_OF}`)).statusCode).toBe(200);
    const res = await upload(auditor, acute, file, { file: 'auditor.csv', preset: 'sentinel' });
    expect(res.statusCode, res.body).toBe(403);
  });

  it('another organisation’s administrator may neither read this Trust’s report nor import into it', async () => {
    const other = await signIn(t.server, 'orgadmin@northshire-mh.example');
    expect([403, 404]).toContain((await other.get(`/api/v1/orgs/${acute}/alert-report?asOf=${IMPORT_AS_OF}`)).statusCode);
    expect([403, 404]).toContain((await upload(other, acute, file, { file: 'other.csv', preset: 'sentinel' })).statusCode);
  });

  it('the ICS’s head of cyber security, overseeing the Trust, may neither import its alerts nor read its report (it names analysts)', async () => {
    const ics = await signIn(t.server, 'icslead@northshire-ics.example');
    const res = await upload(ics, acute, file, { file: 'ics.csv', preset: 'sentinel' });
    expect(res.statusCode, res.body).toBe(403);
    expect((await stored(acute, 'sentinel')).has('5001')).toBe(false);
    expect((await ics.get(`/api/v1/orgs/${acute}/alert-report?asOf=${IMPORT_AS_OF}`)).statusCode).toBe(403);
  });

  it('a security analyst works the alerts (reads the report, sets targets) but does not bring files in, as for every other kind', async () => {
    const analyst = await signIn(t.server, 'analyst@northshire-acute.example');
    expect((await analyst.get(`/api/v1/orgs/${acute}/alert-report?asOf=${IMPORT_AS_OF}`)).statusCode).toBe(200);
    const res = await upload(analyst, acute, file, { file: 'analyst.csv', preset: 'sentinel' });
    expect(res.statusCode, res.body).toBe(403);
    expect((await stored(acute, 'sentinel')).has('5001')).toBe(false);
  });
});
