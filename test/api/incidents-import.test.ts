// Bringing a Trust's incident log into the register through the import pipeline, over HTTP, on a real
// database (SQLite or PostgreSQL): the log as Excel saves it, through a saved mapping with its date
// format; all or nothing, or skip the invalid rows; the same log again changing nothing; a later log
// correcting a time with the history kept; UK times either side of a clock change; and who may import.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail, IncidentList, IncidentMetrics, IncidentSummary } from '../../src/contract/incidents.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { INCIDENT_LOG, INCIDENT_LOG_LATER, INCIDENT_LOG_MAPPING, incidentLogWorkbook, LOG_DURATIONS, LOG_METRICS, logHeadings } from '../fixtures/incident-import/incident-log.js';

let t: TestApp;
let acute: string;
let seclead: Client;
let headings: string[];

const MAPPING = 'Datix export';
const log = fs.readFileSync(INCIDENT_LOG);

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  seclead = await signIn(t.server, 'seclead@northshire-acute.example');
  headings = await logHeadings();
});
afterAll(() => t.close());

interface Run {
  id: string;
  status: string;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  problems: Array<{ row: number; column: string; value: string; reason: string }>;
}

interface Refusal {
  detail: string;
  runId: string;
  problemCount: number;
  errors: Array<{ row: number; column: string; value: string; message: string }>;
}

/** Each problem as a person reads it: the row, the file's column, the value and what is wrong. */
const problemsOf = (refusal: Refusal) => refusal.errors.map(({ row, column, value, message }) => ({ row, column, value, message }));

function upload(client: Client, body: string | Buffer, query: Record<string, string> = {}) {
  const params = new URLSearchParams({ file: 'incident-log-2025.csv', mapping: MAPPING, ...query });
  return client.request('POST', `/api/v1/orgs/${acute}/imports/incidents?${params}`, body, { 'content-type': 'application/octet-stream' });
}

/** A small file in the log's own shape: each row a few of its columns by heading, the rest blank. */
function logRows(...rows: Array<Record<string, string>>): string {
  for (const row of rows) for (const heading of Object.keys(row)) expect(headings).toContain(heading);
  return [headings.join(','), ...rows.map((row) => headings.map((h) => row[h] ?? '').join(','))].join('\r\n');
}

async function incidentCount(): Promise<number> {
  const rows = await t.app.db.selectFrom('incidents').select('id').where('org_id', '=', acute).execute();
  return rows.length;
}

async function register(): Promise<Map<string, IncidentSummary>> {
  const res = await seclead.get(`/api/v1/orgs/${acute}/incidents?q=DX-25`);
  expect(res.statusCode, res.body).toBe(200);
  return new Map(res.json<IncidentList>().items.map((i) => [i.reference, i]));
}

async function detailOf(reference: string): Promise<IncidentDetail> {
  const summary = (await register()).get(reference);
  expect(summary, reference).toBeDefined();
  const res = await seclead.get(`/api/v1/orgs/${acute}/incidents/${summary!.id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<IncidentDetail>();
}

describe('importing a Trust’s incident log', () => {
  it('takes a mapping saved under a name, with the format the log writes its times in', async () => {
    const res = await seclead.put(`/api/v1/orgs/${acute}/import-mappings/incidents/${encodeURIComponent(MAPPING)}`, { mapping: INCIDENT_LOG_MAPPING });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'incidents', name: MAPPING, version: 1 });
  });

  it('refuses the whole log when a row is bad, naming each row, column, value and reason, and stores nothing', async () => {
    // The log is as Excel saved it: a byte order mark and CRLF line ends.
    expect([...log.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(log.toString('utf8')).toContain('\r\n');

    const res = await upload(seclead, log);
    expect(res.statusCode, res.body).toBe(422);
    const refusal = res.json<Refusal>();
    expect(refusal.detail).toMatch(/2 of 14 rows have problems, so nothing was imported/);
    expect(problemsOf(refusal)).toEqual([
      { row: 5, column: 'Incident ID', value: 'DX-25-0102', message: expect.stringMatching(/repeats row 3/) },
      { row: 8, column: 'Date detected', value: '31/02/2025 10:00', message: expect.stringMatching(/February 2025 has 28 days/) },
    ]);
    expect(await incidentCount()).toBe(0);
    expect(await t.app.db.selectFrom('audit_events').select('seq').where('action', 'in', ['incident.import', 'import.apply']).execute()).toHaveLength(0);

    const run = await seclead.get(`/api/v1/orgs/${acute}/imports/${refusal.runId}`);
    expect(run.json<Run>()).toMatchObject({ status: 'refused', rowsRead: 14, inserted: 0, rejected: 2 });
  });

  it('one milestone out of order is enough to refuse the file, naming the milestone’s column', async () => {
    const file = logRows(
      { 'Incident ID': 'DX-25-0180', Title: 'Lost laptop', 'Incident type': 'DSPT', Severity: 'Low', 'Date detected': '01/12/2025 09:00' },
      { 'Incident ID': 'DX-25-0181', Title: 'Malware alert', 'Incident type': 'Cyber', Severity: 'High', 'Date detected': '02/12/2025 09:00', Contained: '02/12/2025 08:00' },
    );
    const res = await upload(seclead, file, { file: 'two.csv' });
    expect(res.statusCode, res.body).toBe(422);
    expect(problemsOf(res.json<Refusal>())).toEqual([{ row: 3, column: 'Contained', value: '2025-12-02T08:00:00.000Z', message: expect.stringMatching(/^Contained cannot be before detected/) }]);
    expect(await incidentCount()).toBe(0);
  });

  it('a time in the future is refused, as it is when recorded by hand', async () => {
    const file = logRows({ 'Incident ID': 'DX-25-0182', Title: 'Typing slip in the year', 'Incident type': 'Cyber', Severity: 'Low', 'Date detected': '01/12/2025 09:00', Closed: '05/12/2052 17:00' });
    const res = await upload(seclead, file, { file: 'future.csv' });
    expect(res.statusCode, res.body).toBe(422);
    expect(problemsOf(res.json<Refusal>())).toEqual([{ row: 2, column: 'Closed', value: '2052-12-05T17:00:00.000Z', message: expect.stringMatching(/is in the future/) }]);
    expect(await incidentCount()).toBe(0);
  });

  it('with skipInvalid keeps the twelve good rows and lists the two it rejected', async () => {
    const res = await upload(seclead, log, { skipInvalid: 'true' });
    expect(res.statusCode, res.body).toBe(201);
    const run = res.json<Run>();
    expect(run).toMatchObject({ status: 'applied', rowsRead: 14, inserted: 12, updated: 0, unchanged: 0, rejected: 2 });
    expect(run.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [5, 'Incident ID', 'DX-25-0102'],
      [8, 'Date detected', '31/02/2025 10:00'],
    ]);
    expect(await incidentCount()).toBe(12);
    expect([...(await register()).keys()].sort()).toEqual(Object.keys(LOG_DURATIONS).sort());
    const audit = await t.app.db.selectFrom('audit_events').select('seq').where('action', '=', 'incident.import').execute();
    expect(audit).toHaveLength(12);
  });

  it('the same file again changes nothing, and says it was imported before', async () => {
    const before = await t.app.db.selectFrom('incidents').select(['id', 'version', 'updated_at']).orderBy('id').execute();
    const res = await upload(seclead, log, { skipInvalid: 'true' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Run>()).toMatchObject({ status: 'repeat', inserted: 0, updated: 0 });
    expect(await t.app.db.selectFrom('incidents').select(['id', 'version', 'updated_at']).orderBy('id').execute()).toEqual(before);
  });

  it('the same log saved as a workbook adds nothing: every incident is matched on its reference and found unchanged', async () => {
    const before = await t.app.db.selectFrom('incidents').select(['id', 'version', 'updated_at']).orderBy('id').execute();
    const events = (await t.app.db.selectFrom('incident_events').select('id').execute()).length;
    const res = await upload(seclead, await incidentLogWorkbook(), { file: 'incident-log-2025.xlsx', skipInvalid: 'true' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Run>()).toMatchObject({ status: 'applied', rowsRead: 14, inserted: 0, updated: 0, unchanged: 12, rejected: 2 });
    expect(await t.app.db.selectFrom('incidents').select(['id', 'version', 'updated_at']).orderBy('id').execute()).toEqual(before);
    expect((await t.app.db.selectFrom('incident_events').select('id').execute()).length).toBe(events);
  });
});

describe('what the log says is what the register holds', () => {
  it('UK times either side of a clock change are stored as the instants they were', async () => {
    const incidents = await register();
    const milestones = (reference: string) => incidents.get(reference)!.milestones;
    // Spring: detected 22:00 GMT, contained 10:00 BST.
    expect(milestones('DX-25-0103')).toMatchObject({ detected: '2025-03-28T22:00:00.000Z', contained: '2025-03-31T09:00:00.000Z' });
    expect(milestones('DX-25-0104')).toMatchObject({ detected: '2025-03-29T23:30:00.000Z', acknowledged: '2025-03-30T07:00:00.000Z' });
    // Autumn: 23:30 BST the night before, and 01:15 on the night the clocks go back read as its first time, in BST.
    expect(milestones('DX-25-0106')).toMatchObject({ detected: '2025-10-25T09:00:00.000Z', contained: '2025-10-25T22:30:00.000Z', recovered: '2025-10-27T09:00:00.000Z' });
    expect(milestones('DX-25-0107')).toMatchObject({ detected: '2025-10-25T23:30:00.000Z', acknowledged: '2025-10-26T00:15:00.000Z', triaged: '2025-10-26T03:00:00.000Z' });
    // A summer time and a winter one.
    expect(milestones('DX-25-0109').detected).toBe('2025-06-11T13:00:00.000Z');
    expect(milestones('DX-25-0101').detected).toBe('2025-01-06T11:00:00.000Z');
    // A column left blank throughout is no milestone.
    for (const incident of incidents.values()) expect(incident.milestones.eradicated).toBeNull();
  });

  it('kinds, severities, CIA and detection are read as the log writes them, and status follows the milestones', async () => {
    const incidents = await register();
    const pick = (reference: string) => {
      const i = incidents.get(reference)!;
      return [i.kind, i.severity, i.cia, i.detectionSource, i.status];
    };
    expect(pick('DX-25-0101')).toEqual(['data-breach', 'medium', ['confidentiality'], 'user-report', 'closed']);
    expect(pick('DX-25-0102')).toEqual(['cyber', 'high', ['confidentiality', 'integrity'], 'internal-monitoring', 'closed']);
    expect(pick('DX-25-0103')).toEqual(['cyber', 'critical', ['availability'], 'supplier', 'closed']);
    expect(pick('DX-25-0104')).toEqual(['near-miss', 'low', [], 'user-report', 'closed']);
    expect(pick('DX-25-0105')).toEqual(['data-breach', 'low', ['confidentiality'], 'user-report', 'closed']);
    expect(pick('DX-25-0107')).toEqual(['cyber', 'medium', ['availability'], 'internal-monitoring', 'closed']);
    expect(pick('DX-25-0109')).toEqual(['cyber', 'high', ['confidentiality', 'integrity', 'availability'], 'external-party', 'closed']);
    expect(pick('DX-25-0110')).toEqual(['data-breach', 'medium', ['confidentiality'], 'internal-monitoring', 'contained']);
    expect(pick('DX-25-0112')).toEqual(['cyber', 'medium', ['availability', 'integrity'], 'supplier', 'recovered']);
    expect(incidents.get('DX-25-0109')!.nis).toBe(true);
    expect(incidents.get('DX-25-0105')!.occurredEstimated).toBe(true);
  });

  it('text with commas, quotes and a line break, counts with thousands separators and the handler arrive whole', async () => {
    const phishing = await detailOf('DX-25-0102');
    expect(phishing.title).toBe('Phishing email, credentials entered by two staff');
    expect(phishing.description).toBe('Two staff replied to a "Microsoft 365" lookalike email and entered their passwords.\nBoth accounts were reset and their sessions revoked within the hour.');
    expect(phishing.ownerName).toBe('Tom Whitfield');
    const spreadsheet = await detailOf('DX-25-0106');
    expect(spreadsheet).toMatchObject({ title: 'Sickness absence spreadsheet, sent to an all-staff list', subjectsCount: 1250, recordsCount: null, ownerName: 'Fatima Begum' });
  });

  it('the ICO and SIRO columns are notifications that stop their clocks, and the grading decides what was reportable', async () => {
    const letter = await detailOf('DX-25-0101');
    expect(letter.notifications.map((n) => [n.recipient, n.sentAt, n.reference])).toEqual(
      expect.arrayContaining([
        ['ico', '2025-01-08T11:00:00.000Z', 'IC-000101-TEST'],
        ['senior-management', '2025-01-06T17:00:00.000Z', null],
      ]),
    );
    expect(letter).toMatchObject({ reportability: { likelihood: 3, harm: 2, ico: true, dhscNhse: false }, icoClock: { state: 'met' }, seniorClock: { state: 'met' } });
    expect(letter.review.rootCause).toBe('misdirected-information');

    // Reported to the ICO 54 hours after detection: within the 72.
    const access = await detailOf('DX-25-0110');
    expect(access).toMatchObject({ reportability: { ico: true }, icoClock: { state: 'met', dueAt: '2025-08-23T09:00:00.000Z' } });
    // Graded below the threshold: no ICO clock. A near miss has no senior management clock.
    expect((await detailOf('DX-25-0105')).icoClock.state).toBe('not-required');
    expect((await detailOf('DX-25-0104')).seniorClock.state).toBe('not-required');
    // A NIS incident with no report to the NIS authority in the log is overdue.
    expect((await detailOf('DX-25-0103')).nisClock).toMatchObject({ state: 'overdue', dueAt: '2025-03-31T22:00:00.000Z' });
  });

  it('the metrics over 2025 count the imported incidents, with the durations worked out by hand', async () => {
    const res = await seclead.get(`/api/v1/orgs/${acute}/incident-metrics?from=2025-01-01&to=2025-12-31&asOf=2026-01-31`);
    expect(res.statusCode, res.body).toBe(200);
    const metrics = res.json<IncidentMetrics>();
    expect(metrics.incidents).toBe(12);
    expect(metrics.overall.map((m) => ({ metric: m.metric, count: m.count, mean: m.meanHours, median: m.medianHours, p90: m.p90Hours, lackingMilestone: m.missing, estimatedStart: m.estimated }))).toEqual(LOG_METRICS);
    expect(metrics.byKind.map((k) => [k.kind, k.incidents])).toEqual([
      ['cyber', 5],
      ['data-breach', 5],
      ['near-miss', 2],
    ]);
  });

  it.each([
    // 29 March 23:30 GMT is not in a period that starts on 30 March, whose first hour is still GMT.
    ['2025-03-30', '2025-03-31', ['DX-25-0105']],
    // 26 October starts at 00:00 BST, which is 23:00 UTC on the 25th.
    ['2025-10-26', '2025-10-26', ['DX-25-0107']],
    ['2025-10-25', '2025-10-25', ['DX-25-0106']],
  ])('a period from %s to %s holds the incidents detected on those UK days', async (from, to, references) => {
    const res = await seclead.get(`/api/v1/orgs/${acute}/incident-metrics?from=${from}&to=${to}&asOf=2026-01-31`);
    expect(res.statusCode, res.body).toBe(200);
    const metrics = res.json<IncidentMetrics>();
    expect(metrics.incidents).toBe(references.length);
    const acknowledge = references.map((r) => LOG_DURATIONS[r]!.acknowledge!);
    expect(metrics.overall.find((m) => m.metric === 'acknowledge')!.meanHours).toBe(acknowledge[0]);
  });
});

describe('a later log brings the register up to date', () => {
  it('adds the new incident, corrects a changed time keeping the old one as superseded, and leaves the rest', async () => {
    const before = await detailOf('DX-25-0103');
    const res = await upload(seclead, fs.readFileSync(INCIDENT_LOG_LATER), { file: 'incident-log-2025-later.csv' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Run>()).toMatchObject({ status: 'applied', rowsRead: 13, inserted: 1, updated: 1, unchanged: 11, rejected: 0 });
    expect(await incidentCount()).toBe(13);

    const after = await detailOf('DX-25-0103');
    expect(after.milestones.contained).toBe('2025-03-31T07:00:00.000Z');
    expect(after.version).toBe(before.version + 1);
    const contained = after.timeline.filter((e) => e.kind === 'contained');
    expect(contained).toHaveLength(2);
    const old = contained.find((e) => e.superseded)!;
    const corrected = contained.find((e) => !e.superseded)!;
    expect(old).toMatchObject({ at: '2025-03-31T09:00:00.000Z', superseded: true, corrects: null });
    expect(corrected).toMatchObject({ at: '2025-03-31T07:00:00.000Z', superseded: false, corrects: old.id, reason: 'Imported from the incident history file.' });
    // Every other milestone is as it was.
    expect({ ...after.milestones, contained: null }).toEqual({ ...before.milestones, contained: null });

    const fax = await detailOf('DX-25-0113');
    expect(fax.milestones.detected).toBe('2025-02-28T10:00:00.000Z');
  });

  it('the import is in the audit trail of the incident it changed, with the time before and after', async () => {
    const { id } = await detailOf('DX-25-0103');
    const audit = await t.app.db.selectFrom('audit_events').selectAll().where('action', '=', 'incident.import').where('entity_id', '=', id).orderBy('seq').execute();
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[1]!.after_json!)).toMatchObject({ milestones: { contained: '2025-03-31T07:00:00.000Z' } });
  });
});

describe('whose incidents a row may name, and who may import', () => {
  const outsider = () =>
    logRows(
    { 'Incident ID': 'DX-25-0190', Title: 'Tailgating at the data centre door', 'Incident type': 'Near miss', Severity: 'Low', Handler: 'orgadmin@northshire-mh.example', 'Date detected': '01/12/2025 09:00' },
    { 'Incident ID': 'DX-25-0191', Title: 'Printer left holding clinic lists', 'Incident type': 'Near miss', Severity: 'Low', Handler: 'iglead@northshire-acute.example', 'Date detected': '02/12/2025 09:00' },
    { 'Incident ID': 'DX-25-0192', Title: 'Unknown handler', 'Incident type': 'Near miss', Severity: 'Low', Handler: 'nobody@northshire-acute.example', 'Date detected': '03/12/2025 09:00' },
  );

  it('a handler without a role in this organisation is refused for that row, without saying who they are', async () => {
    const count = await incidentCount();
    const res = await upload(seclead, outsider(), { file: 'handlers.csv' });
    expect(res.statusCode, res.body).toBe(422);
    expect(problemsOf(res.json<Refusal>())).toEqual([
      { row: 2, column: 'Handler', value: 'orgadmin@northshire-mh.example', message: 'is not someone with a role in this organisation' },
      { row: 4, column: 'Handler', value: 'nobody@northshire-acute.example', message: 'is not someone with a role in this organisation' },
    ]);
    expect(res.body).not.toMatch(/Nadia Petrova/);
    expect(await incidentCount()).toBe(count);

    const kept = await upload(seclead, outsider(), { file: 'handlers.csv', skipInvalid: 'true' });
    expect(kept.statusCode, kept.body).toBe(201);
    expect(kept.json<Run>()).toMatchObject({ inserted: 1, rejected: 2 });
    expect((await register()).get('DX-25-0191')!.ownerName).toBe('Grace Mensah');
  });

  it('another Trust’s administrator cannot import into this one: to them it looks as if it does not exist', async () => {
    const other = await signIn(t.server, 'orgadmin@northshire-mh.example');
    const count = await incidentCount();
    const res = await upload(other, logRows({ 'Incident ID': 'DX-25-0199', Title: 'Planted', 'Incident type': 'Cyber', Severity: 'Low' }), { file: 'planted.csv' });
    expect(res.statusCode).toBe(404);
    expect(res.json<{ detail: string }>().detail).toMatch(/no organisation with that id, or you do not have access/);
    expect(await incidentCount()).toBe(count);
  });

  it('a security analyst records incidents but does not bring files in; an auditor neither', async () => {
    const count = await incidentCount();
    for (const email of ['analyst@northshire-acute.example', 'auditor@northshire-acute.example']) {
      const client = await signIn(t.server, email);
      const res = await upload(client, logRows({ 'Incident ID': 'DX-25-0198', Title: 'Attempt', 'Incident type': 'Cyber', Severity: 'Low' }), { file: 'attempt.csv' });
      expect(res.statusCode, email).toBe(403);
    }
    expect(await incidentCount()).toBe(count);
  });
});
