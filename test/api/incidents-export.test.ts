// Taking incidents out of Bulwark over HTTP, on both engines: the register as CSV and as a workbook
// holding the same values, formulas written as text, and one incident's post-incident report as a PDF
// that reads with its timeline, corrections, clocks and lessons learned.
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail, IncidentList } from '../../src/contract/incidents.js';
import { openSource } from '../../src/platform/imports/open-source.js';
import type { SourceFormat } from '../../src/platform/imports/types.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { pdfText } from '../support/pdf-text.js';
import { INCIDENT_LOG, INCIDENT_LOG_LATER, INCIDENT_LOG_MAPPING } from '../fixtures/incident-import/incident-log.js';

let t: TestApp;
let acute: string;
let seclead: Client;
let ransomware: IncidentDetail;

const FORMULA_TITLE = '=HYPERLINK("http://evil.example","Open the report")';
const base = () => `/api/v1/orgs/${acute}/incidents`;

async function ok<T>(response: Promise<{ statusCode: number; body: string; json<U>(): U }>, status = 200): Promise<T> {
  const res = await response;
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  seclead = await signIn(t.server, 'seclead@northshire-acute.example');

  // The Trust's log and its next month's export (which corrects DX-25-0103's containment), then what
  // the team added by hand to that incident: a correction, a notification, the review and an action.
  await ok(seclead.put(`/api/v1/orgs/${acute}/import-mappings/incidents/Datix`, { mapping: INCIDENT_LOG_MAPPING }));
  for (const [file, query] of [[INCIDENT_LOG, '&skipInvalid=true'], [INCIDENT_LOG_LATER, '']] as const) {
    const run = await seclead.request('POST', `/api/v1/orgs/${acute}/imports/incidents?file=log.csv&mapping=Datix${query}`, fs.readFileSync(file), { 'content-type': 'text/csv' });
    expect(run.statusCode, run.body).toBe(201);
  }
  await ok(seclead.post(base(), { title: FORMULA_TITLE, kind: 'cyber', severity: 'low', milestones: { detected: '2025-12-01T09:00:00Z' } }), 201);

  const list = await ok<IncidentList>(seclead.get(`${base()}?q=DX-25-0103`));
  const id = list.items[0]!.id;
  const detail = await ok<IncidentDetail>(seclead.get(`${base()}/${id}`));
  const recovered = detail.timeline.find((e) => e.kind === 'recovered')!;
  await ok(seclead.post(`${base()}/${id}/timeline/${recovered.id}/correction`, { at: '2025-04-02T11:00:00Z', reason: 'The supplier confirmed the rebuild finished two hours later.', version: detail.version }));
  await ok(seclead.post(`${base()}/${id}/notifications`, { recipient: 'nis-authority', sentAt: '2025-03-30T10:00:00Z', reference: 'NIS-TEST-0103' }));
  // The import saved the root cause, so the review is at version 1.
  expect(detail.review).toMatchObject({ rootCause: 'malware', version: 1 });
  await ok(
    seclead.put(`${base()}/${id}/review`, {
      heldOn: '2025-05-06',
      rootCause: 'malware',
      summary: 'An unpatched workstation ran a malicious attachment.',
      wentWell: 'The supplier isolated the server within the hour.',
      toImprove: 'Results by phone were slow to organise.',
      version: detail.review.version,
    }),
  );
  ransomware = await ok(seclead.post(`${base()}/${id}/actions`, { title: 'Patch pathology workstations monthly', ownerId: seclead.userId, dueOn: '2025-06-30', doneOn: '2025-06-20' }));
});
afterAll(() => t.close());

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A timeline row of the report: its day, entry and detail in order, and its time beside the day or wrapped onto the cell's next line. */
function timelineRow(day: string, time: string, entry: string): RegExp {
  return new RegExp(`${escaped(day)} at (${time} ${escaped(entry)}|${escaped(entry)} ${time})`);
}

/** A file's heading row and records, read back by Bulwark's own import reader. */
async function readBack(bytes: Buffer, format: SourceFormat): Promise<{ headers: string[]; rows: string[][] }> {
  const source = await openSource({ open: () => Readable.from([bytes]), format });
  const rows: string[][] = [];
  for await (const record of source.records) rows.push(record.cells);
  return { headers: source.headers, rows };
}

describe('the register as a file', () => {
  let csv: { headers: string[]; rows: string[][] };

  it('CSV: an attachment named for the day, with a byte order mark, CRLF line ends and one row per incident', async () => {
    const res = await seclead.get(`${base()}/export?format=csv&asOf=2026-01-31`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="incidents-2026-01-31.csv"');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const bytes = res.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\r\n')[0]).toBe(
      '\uFEFFReference,Title,Kind,Severity,Status,CIA,NIS,Detected by,Owner,Occurred (UTC),Detected (UTC),Reported internally (UTC),Acknowledged (UTC),Triaged (UTC),Contained (UTC),Eradicated (UTC),Recovered (UTC),Closed (UTC),Occurred is an estimate,Hours to detect,Hours to contain,Hours to recover,Likelihood,Severity of harm,Reportable to the ICO,ICO clock,ICO notified (UTC)',
    );

    csv = await readBack(bytes, 'csv');
    expect(csv.rows).toHaveLength(14);
    const row = Object.fromEntries(csv.headers.map((h, i) => [h, csv.rows.find((r) => r[0] === 'DX-25-0103')![i]]));
    expect(row).toMatchObject({
      Kind: 'Cyber incident',
      Severity: 'Critical',
      Status: 'Closed',
      CIA: 'availability',
      NIS: 'Yes',
      'Detected by': 'Supplier',
      Owner: 'Tom Whitfield',
      'Detected (UTC)': '2025-03-28T22:00:00.000Z',
      'Contained (UTC)': '2025-03-31T07:00:00.000Z',
      'Recovered (UTC)': '2025-04-02T11:00:00.000Z',
      'Hours to detect': '2',
      'Hours to contain': '57',
      'Hours to recover': '109',
      'Reportable to the ICO': 'Not graded',
      'ICO clock': 'Not required',
    });
  });

  it('CSV: a title that would be a formula is written as text, with an apostrophe in front', async () => {
    const res = await seclead.get(`${base()}/export?format=csv&asOf=2026-01-31`);
    const text = res.rawPayload.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Open the report"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv.rows.find((r) => r[1]!.includes('HYPERLINK'))![1]).toBe(`'${FORMULA_TITLE}`);
  });

  it('XLSX: a workbook attachment holding the same values as the CSV, the formula as text', async () => {
    const res = await seclead.get(`${base()}/export?format=xlsx&asOf=2026-01-31`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="incidents-2026-01-31.xlsx"');
    const workbook = await readBack(res.rawPayload, 'xlsx');
    expect(workbook.headers).toEqual(csv.headers);
    expect(workbook.rows).toEqual(csv.rows);
  });

  it('an auditor may take the register away; staff and ICS oversight, who may not see incidents, may not', async () => {
    const auditor = await signIn(t.server, 'auditor@northshire-acute.example');
    expect((await auditor.get(`${base()}/export?format=csv`)).statusCode).toBe(200);
    for (const email of ['staff@northshire-acute.example', 'icslead@northshire-ics.example']) {
      const client = await signIn(t.server, email);
      expect((await client.get(`${base()}/export?format=csv`)).statusCode, email).toBe(403);
      expect((await client.get(`${base()}/${ransomware.id}/report`)).statusCode, email).toBe(403);
    }
  });
});

describe('the post-incident report', () => {
  let text: string;

  it('is a PDF attachment named for the incident', async () => {
    const res = await seclead.get(`${base()}/${ransomware.id}/report?asOf=2026-01-31`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="DX-25-0103-post-incident-report.pdf"');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // One line of text per line of the page; long paragraphs wrap, so join them.
    text = (await pdfText(new Uint8Array(res.rawPayload))).join('\n').replace(/\s+/g, ' ');
  });

  it('names the incident and the Trust, and says what happened', () => {
    expect(text).toContain('Post-incident report: DX-25-0103');
    expect(text).toContain('Northshire Hospitals NHS Foundation Trust');
    expect(text).toContain('Ransomware on a pathology workstation, isolated by the supplier');
    expect(text).toContain('Severity Critical');
    expect(text).toContain('Status Closed');
  });

  it('holds the timeline in UK time, with each corrected entry kept and the reason for its correction', () => {
    // Detected 22:00 GMT; contained 08:00 BST after the clocks went forward, as the later log corrected it.
    expect(text).toMatch(timelineRow('Friday 28 March 2025', '22:00', 'Detected'));
    expect(text).toMatch(timelineRow('Monday 31 March 2025', '10:00', 'Contained Replaced by a later correction.'));
    expect(text).toMatch(timelineRow('Monday 31 March 2025', '08:00', 'Contained Correction: Imported from the incident history file.'));
    expect(text).toMatch(timelineRow('Wednesday 2 April 2025', '10:00', 'Recovered Replaced by a later correction.'));
    expect(text).toMatch(timelineRow('Wednesday 2 April 2025', '12:00', 'Recovered Correction: The supplier confirmed the rebuild finished two'));
  });

  it('states each notification clock and the notifications made', () => {
    expect(text).toMatch(/ICO, 72 hours — Not required/);
    expect(text).toMatch(/NIS, 72 hours Monday 31 March 2025 at 23:00 Notified in time/);
    expect(text).toMatch(/Senior management, 12 hours Saturday 29 March 2025 at 10:00 Notified in time/);
    expect(text).toContain('NIS competent authority Sunday 30 March 2025 at 11:00 NIS-TEST-0103');
    expect(text).toContain('Senior management (SIRO) Saturday 29 March 2025 at 06:00');
  });

  it('gives the response times and the lessons learned, with the actions', () => {
    expect(text).toContain('Time to detect 2.0 hours');
    expect(text).toContain('Time to contain 57.0 hours');
    expect(text).toContain('Review held on 2025-05-06. Root cause: Malware or ransomware.');
    expect(text).toContain('An unpatched workstation ran a malicious attachment.');
    expect(text).toContain('What went well: The supplier isolated the server within the hour.');
    expect(text).toContain('What to improve: Results by phone were slow to organise.');
    expect(text).toContain('Patch pathology workstations monthly Tom Whitfield 2025-06-30 2025-06-20');
  });

  it('an incident that is not this Trust’s has no report', async () => {
    expect((await seclead.get(`${base()}/00000000-0000-4000-8000-000000000000/report`)).statusCode).toBe(404);
  });
});
