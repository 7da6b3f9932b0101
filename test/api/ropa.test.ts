// The record of processing through the API, on both engines: assets, a supplier and data flows added
// as a Trust adds them, then the record read as JSON and as XLSX, CSV and PDF files, each holding the
// Art 30(1) headings (a) to (g) and the right rows; the controller's and DPO's details changed against
// the version read; and the record kept from staff and from another Trust.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowDetail } from '../../src/contract/data-flows.js';
import type { AssetDetail, SupplierDetail } from '../../src/contract/information-assets.js';
import { NOT_RECORDED, type RecordOfProcessing, type RopaDetails } from '../../src/contract/records-of-processing.js';
import { openSource } from '../../src/platform/imports/open-source.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { pdfText } from '../support/pdf-text.js';
import { Readable } from 'node:stream';

let t: TestApp;
let acute: string;
let dpo: Client, iglead: Client, caldicott: Client, auditor: Client, staff: Client, mhAdmin: Client;

const ropa = (org = acute) => `/api/v1/orgs/${org}/ropa`;
const AS_OF = '2030-06-30';
const ART_30_LETTERS = ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)'];

type Answer = { statusCode: number; body: string; json: <J>() => J };
async function answered<T>(res: Answer, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

let epr: AssetDetail, hr: AssetDetail;
let meridian: SupplierDetail;
let toGps: FlowDetail, toMeridian: FlowDetail;

beforeAll(async () => {
  t = await createTestApp();
  const mentalHealth = await orgId(t.app, 'RZY');
  acute = await orgId(t.app, 'RZZ');
  [dpo, iglead, caldicott, auditor, staff, mhAdmin] = await Promise.all([
    signIn(t.server, 'dpo@northshire-acute.example'),
    signIn(t.server, 'iglead@northshire-acute.example'),
    signIn(t.server, 'caldicott@northshire-acute.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
  ]);
  expect(mentalHealth).not.toBe(acute);
  const org = `/api/v1/orgs/${acute}`;
  const asset = async (body: object) => answered<AssetDetail>(await iglead.post(`${org}/assets`, { type: 'system', criticality: 'high', ...body }), 201);
  epr = await asset({ name: 'Ropa patient record', ownerName: 'Chief clinical information officer', patientData: true, specialCategoryData: true, encryptionAtRest: 'yes', mfa: 'yes' });
  hr = await asset({ name: 'Ropa staff record', personalData: true, encryptionAtRest: 'unknown', mfa: 'no' });
  await asset({ name: 'Ropa theatre rota' });
  meridian = await answered(await iglead.post(`${org}/suppliers`, { name: 'Ropa Meridian Ltd' }), 201);
  toGps = await answered(
    await iglead.post(`${org}/data-flows`, {
      name: 'Ropa discharge summaries to GPs',
      from: { assetId: epr.id },
      to: { party: 'GP practices in Northshire' },
      dataCategories: ['identifiers', 'health'],
      dataSubjects: ['patients'],
      patientData: true,
      purpose: 'Continuing care after discharge',
      directCare: true,
      lawfulBasis: 'public-task',
      specialCategoryCondition: 'health-or-social-care',
      schedule1Condition: 'Part 1, paragraph 2',
      cldcBasis: 'implied-consent-direct-care',
      nationalDataOptOut: 'not-applicable',
      transferMethod: 'nhsmail',
      encryptedInTransit: 'yes',
      agreementType: 'data-sharing-agreement',
      agreementReference: 'DSA-GP-1',
      retention: 'Eight years after discharge',
    }),
    201,
  );
  toMeridian = await answered(
    await iglead.post(`${org}/data-flows`, {
      name: 'Ropa appointment reminders to Meridian',
      from: { assetId: epr.id },
      to: { supplierId: meridian.id },
      dataCategories: ['contact-details'],
      purpose: 'Reminding patients of their appointments',
      internationalTransfer: true,
      destinationCountry: 'United States',
    }),
    201,
  );
  // No personal data: not an activity of the record.
  await answered(await iglead.post(`${org}/data-flows`, { name: 'Ropa bed state to the dashboard', from: { assetId: epr.id }, to: { party: 'Operations dashboard' } }), 201);
});
afterAll(() => t.close());

const ours = <T extends { name: string }>(items: readonly T[]) => items.filter((i) => i.name.startsWith('Ropa '));

describe('the record as JSON', () => {
  let record: RecordOfProcessing;

  beforeAll(async () => {
    record = await answered(await caldicott.get(`${ropa()}?asOf=${AS_OF}`));
  });

  it('shows the as-of instant and the controller, naming the DPO role holder when no DPO is recorded', () => {
    expect(record.asOf).toBe('2030-06-30T22:59:59.999Z');
    expect(record.controller).toEqual({
      controller: 'Northshire Hospitals NHS Foundation Trust',
      controllerContact: NOT_RECORDED,
      jointControllers: NOT_RECORDED,
      representative: NOT_RECORDED,
      dpo: 'Fatima Begum (dpo@northshire-acute.example)',
      dpoContact: 'dpo@northshire-acute.example',
    });
  });

  it('has one activity per live flow carrying personal data, with every field', () => {
    expect(ours(record.activities).map((a) => a.name)).toEqual(['Ropa appointment reminders to Meridian', 'Ropa discharge summaries to GPs']);
    expect(record.activities.find((a) => a.flowId === toGps.id)).toEqual({
      flowId: toGps.id,
      direction: 'outbound',
      specialCategoryData: true,
      missing: [],
      name: 'Ropa discharge summaries to GPs',
      from: 'Ropa patient record',
      purpose: 'Continuing care after discharge',
      directCare: 'Yes',
      dataSubjects: 'Patients',
      dataCategories: 'Identifiers; Health (special category)',
      recipients: 'GP practices in Northshire',
      recipientCategories: 'Another controller',
      transferCountry: 'None: the data stays in the UK',
      transferSafeguard: 'Not applicable',
      retention: 'Eight years after discharge',
      security: 'Encrypted in transit, sent by NHSmail. Ropa patient record: encrypted at rest, multi-factor authentication',
      lawfulBasis: '6(1)(e) Public task',
      specialCategoryCondition: '9(2)(h) Health or social care',
      schedule1Condition: 'Part 1, paragraph 2',
      cldcBasis: 'Implied consent for individual care',
      nationalDataOptOut: 'Not applicable',
      agreement: 'Data sharing agreement DSA-GP-1',
      flags: 'None',
    });
    expect(record.activities.find((a) => a.flowId === toMeridian.id)).toMatchObject({
      recipients: 'Ropa Meridian Ltd (supplier)',
      recipientCategories: 'Supplier',
      transferCountry: 'United States',
      transferSafeguard: NOT_RECORDED,
      dataSubjects: NOT_RECORDED,
      lawfulBasis: NOT_RECORDED,
      missing: ['(c) Categories of data subjects', '(e) Transfer safeguard', '(f) Retention', '(g) Security measures'],
      flags: expect.stringContaining('International transfer without a safeguard'),
    });
  });

  it('lists the assets holding personal data that no live flow names', () => {
    expect(ours(record.unflowedAssets)).toEqual([{ assetId: hr.id, name: 'Ropa staff record', owner: NOT_RECORDED, dataHeld: 'Personal data', security: 'encryption at rest not known, no multi-factor authentication' }]);
  });

  it('before the flows were added, holds none of them', async () => {
    const before = await answered<RecordOfProcessing>(await caldicott.get(`${ropa()}?asOf=2020-01-01`));
    expect(ours(before.activities)).toEqual([]);
  });
});

async function readBack(bytes: Buffer, format: 'csv'): Promise<{ headers: string[]; rows: string[][] }> {
  const source = await openSource({ open: () => Readable.from([bytes]), format });
  const rows: string[][] = [];
  for await (const record of source.records) rows.push(record.cells);
  return { headers: source.headers, rows };
}

describe('the record as files', () => {
  it('XLSX: the controller, the activities and the assets without flows, with every Art 30 heading', async () => {
    const res = await auditor.get(`${ropa()}/export?format=xlsx&asOf=${AS_OF}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('records-of-processing-2030-06-30.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Controller', 'Processing activities', 'Assets without flows']);
    const texts = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((row) => (row as ExcelJS.CellValue[]).slice(1).map(String));
    const [controller, activities, unflowed] = workbook.worksheets.map(texts) as [string[][], string[][], string[][]];
    const headings = [...controller.map((r) => r[0]!), ...activities[0]!];
    for (const letter of ART_30_LETTERS) expect(headings.some((h) => h.startsWith(letter)), letter).toBe(true);
    expect(controller).toContainEqual(['(a) Data Protection Officer', 'Fatima Begum (dpo@northshire-acute.example)']);
    const gps = activities.find((r) => r[0] === 'Ropa discharge summaries to GPs')!;
    expect(gps[activities[0]!.indexOf('(b) Purpose')]).toBe('Continuing care after discharge');
    expect(gps[activities[0]!.indexOf('(f) Retention')]).toBe('Eight years after discharge');
    expect(ours(activities.slice(1).map((r) => ({ name: r[0]! })))).toHaveLength(2);
    expect(unflowed[0]).toEqual(['Information asset', 'Information Asset Owner', 'Personal data held', '(g) Security measures']);
    expect(unflowed.map((r) => r[0])).toContain('Ropa staff record');
  });

  it('CSV: one row per activity, each heading carrying its Art 30 letter', async () => {
    const res = await dpo.get(`${ropa()}/export?format=csv&asOf=${AS_OF}`);
    expect(res.statusCode, res.body).toBe(200);
    const { headers, rows } = await readBack(res.rawPayload, 'csv');
    for (const letter of ART_30_LETTERS.slice(1)) expect(headers.some((h) => h.startsWith(letter)), letter).toBe(true);
    expect(headers).toContain('(e) Transfer safeguard');
    const meridianRow = Object.fromEntries(headers.map((h, i) => [h, rows.find((r) => r[0] === 'Ropa appointment reminders to Meridian')![i]]));
    expect(meridianRow).toMatchObject({ '(d) Recipients': 'Ropa Meridian Ltd (supplier)', '(e) Transfer to a third country': 'United States', '(e) Transfer safeguard': NOT_RECORDED });
    expect(rows.map((r) => r[0])).not.toContain('Ropa bed state to the dashboard');
  });

  it('PDF: the controller, the DPO and each activity by name', async () => {
    const res = await dpo.get(`${ropa()}/export?format=pdf&asOf=${AS_OF}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(new Uint8Array(res.rawPayload))).join('\n');
    expect(text).toContain('Record of processing activities');
    expect(text).toContain('Northshire Hospitals NHS Foundation Trust');
    expect(text).toContain('Fatima Begum (dpo@northshire-acute.example)');
    expect(text).toContain('Ropa discharge summaries to GPs');
    expect(text).toContain('Ropa appointment reminders to Meridian');
    expect(text).toContain('Ropa staff record');
  });
});

describe('the controller’s and DPO’s details', () => {
  it('are none until recorded, then replaced whole against the version read, audited', async () => {
    const none = await answered<RopaDetails>(await caldicott.get(`${ropa()}/details`));
    expect(none).toMatchObject({ version: 0, dpoName: null, dpoRoleHolders: [{ name: 'Fatima Begum', email: 'dpo@northshire-acute.example' }] });
    const first = await answered<RopaDetails>(await dpo.put(`${ropa()}/details`, { version: 0, controllerContact: 'Trust HQ, Northshire', dpoName: 'Fatima Begum', dpoContact: 'dpo@northshire-acute.example, 01632 960000' }));
    expect(first).toMatchObject({ version: 1, controllerContact: 'Trust HQ, Northshire', updatedBy: { id: dpo.userId, name: 'Fatima Begum' } });
    const second = await answered<RopaDetails>(await iglead.put(`${ropa()}/details`, { version: 1, controllerContact: 'Trust HQ, Northshire', jointControllers: 'Northshire ICB for the shared care record' }));
    expect(second).toMatchObject({ version: 2, dpoName: null, jointControllers: 'Northshire ICB for the shared care record' });

    const stale = await dpo.put(`${ropa()}/details`, { version: 1, dpoName: 'Someone else' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ current: RopaDetails }>().current.version).toBe(2);
    expect((await answered<RopaDetails>(await dpo.get(`${ropa()}/details`))).dpoName).toBeNull();

    const record = await answered<RecordOfProcessing>(await dpo.get(ropa()));
    expect(record.controller).toMatchObject({ controllerContact: 'Trust HQ, Northshire', jointControllers: 'Northshire ICB for the shared care record', dpo: 'Fatima Begum (dpo@northshire-acute.example)' });
    const audit = await t.app.db.selectFrom('audit_events').select(['action', 'entity_type']).where('action', '=', 'ropa.details-change').execute();
    expect(audit).toEqual([
      { action: 'ropa.details-change', entity_type: 'ropa-details' },
      { action: 'ropa.details-change', entity_type: 'ropa-details' },
    ]);
  });

  it('refuses a first change made twice from version 0', async () => {
    expect((await dpo.put(`${ropa()}/details`, { version: 0, dpoName: 'Late' })).statusCode).toBe(409);
  });
});

describe('who may see and change the record', () => {
  it('the auditor and Caldicott Guardian read it but may not change its details', async () => {
    expect((await auditor.get(ropa())).statusCode).toBe(200);
    expect((await auditor.put(`${ropa()}/details`, { version: 2 })).statusCode).toBe(403);
    expect((await caldicott.put(`${ropa()}/details`, { version: 2 })).statusCode).toBe(403);
  });

  it('staff may not see it', async () => {
    expect((await staff.get(ropa())).statusCode).toBe(403);
    expect((await staff.get(`${ropa()}/export?format=pdf`)).statusCode).toBe(403);
  });

  it.each([
    ['read the record', (c: Client) => c.get(ropa())],
    ['export it', (c: Client) => c.get(`${ropa()}/export?format=csv`)],
    ['read its details', (c: Client) => c.get(`${ropa()}/details`)],
    ['change its details', (c: Client) => c.put(`${ropa()}/details`, { version: 2, dpoName: 'Taken over' })],
  ])('another Trust’s administrator cannot %s: it looks as if it does not exist', async (_, call) => {
    expect((await call(mhAdmin)).statusCode).toBe(404);
  });
});
