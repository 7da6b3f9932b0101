// Data flows through the API, on both engines: adding flows between the Trust's assets, its suppliers
// and other organisations, with the personal and special-category flags worked out from the
// categories; the mistakes refused, field by field; changes against the version read; archiving;
// filters; the flags in the register's report; assets and suppliers showing the flows that name them;
// a supplier a live flow names kept; and another Trust's flows looking as if they do not exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowDetail, FlowList } from '../../src/contract/data-flows.js';
import type { AssetDetail, FlagReport, SupplierDetail } from '../../src/contract/information-assets.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string, mentalHealth: string;
let iglead: Client, iao: Client, caldicott: Client, auditor: Client, staff: Client, mhAdmin: Client;

const flows = (org = acute) => `/api/v1/orgs/${org}/data-flows`;
const AS_OF = '2026-06-30';

type Problem = { errors: Array<{ field: string; message: string }>; detail: string; changedBy?: string; current?: { version: number; name: string } };
type Answer = { statusCode: number; body: string; json: <J>() => J };

async function answered<T>(res: Answer, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

const fieldsRefused = async (res: Answer) => (await answered<Problem>(res, 422)).errors.map((e) => e.field);

let meridian: SupplierDetail;
let epr: AssetDetail, warehouse: AssetDetail, pathology: AssetDetail;
let toWarehouse: FlowDetail, toNhsEngland: FlowDetail, toMeridian: FlowDetail;

beforeAll(async () => {
  t = await createTestApp();
  [acute, mentalHealth] = await Promise.all([orgId(t.app, 'RZZ'), orgId(t.app, 'RZY')]);
  [iglead, iao, caldicott, auditor, staff, mhAdmin] = await Promise.all([
    signIn(t.server, 'iglead@northshire-acute.example'),
    signIn(t.server, 'iao@northshire-acute.example'),
    signIn(t.server, 'caldicott@northshire-acute.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
  ]);
  // A certificate running out and an asset without an owner, so the report has flags of every kind.
  const certifications = [{ scheme: 'cyber-essentials-plus', number: 'CEP-1', expiresOn: '2026-07-10' }];
  meridian = await answered(await iglead.post(`/api/v1/orgs/${acute}/suppliers`, { name: 'Meridian Clinical Systems Ltd', dsptStatus: 'standards-met', certifications }), 201);
  const asset = async (name: string, ownerName: string | null = 'Head of IT') =>
    answered<AssetDetail>(await iao.post(`/api/v1/orgs/${acute}/assets`, { name, type: 'system', criticality: 'high', ownerName, encryptionAtRest: 'yes' }), 201);
  epr = await asset('Electronic patient record');
  warehouse = await asset('Clinical data warehouse');
  pathology = await asset('Pathology system', null);
});
afterAll(() => t.close());

describe('adding data flows', () => {
  it('adds an internal flow between two assets, working out personal and special-category data from its categories', async () => {
    toWarehouse = await answered(
      await iao.post(flows(), {
        name: 'EPR to the data warehouse',
        from: { assetId: epr.id },
        to: { assetId: warehouse.id },
        dataCategories: ['health', 'identifiers', 'health'],
        dataSubjects: ['patients'],
        patientData: true,
        recordVolume: 400_000,
        purpose: 'Reporting on waiting times and activity',
        directCare: false,
        lawfulBasis: 'public-task',
        specialCategoryCondition: 'health-or-social-care',
        schedule1Condition: 'Part 1, paragraph 2',
        cldcBasis: 'not-confidential',
        transferMethod: 'direct-database-link',
        encryptedInTransit: 'yes',
        frequency: 'daily',
        retention: 'Eight years after the last entry',
      }),
      201,
    );
    expect(toWarehouse).toMatchObject({
      from: { kind: 'asset', id: epr.id, name: 'Electronic patient record', archived: false },
      to: { kind: 'asset', id: warehouse.id, name: 'Clinical data warehouse', archived: false },
      external: false,
      // Kept once each, in the list's order.
      dataCategories: ['identifiers', 'health'],
      personalData: true,
      specialCategoryData: true,
      patientData: true,
      createdBy: { id: iao.userId, name: 'Mark Donnelly' },
      archivedAt: null,
      version: 1,
    });
    // At 400,000 people a year with no DPIA yet, it is flagged.
    expect(toWarehouse.flags.map((f) => f.rule)).toEqual(['special-category-at-scale-without-dpia']);
  });

  it('adds a flow to another organisation named as a party, and one to a supplier', async () => {
    toNhsEngland = await answered(
      await iglead.post(flows(), {
        name: 'Emergency care data set to NHS England',
        from: { assetId: epr.id },
        to: { party: '  NHS   England ' },
        dataCategories: ['identifiers', 'health'],
        patientData: true,
        recordVolume: 9_000,
        purpose: 'National commissioning data set',
        lawfulBasis: 'legal-obligation',
        specialCategoryCondition: 'health-or-social-care',
        schedule1Condition: 'Part 1, paragraph 2',
        cldcBasis: 'legal-requirement',
        transferMethod: 'api',
        encryptedInTransit: 'yes',
        agreementType: 'data-sharing-agreement',
        agreementReference: 'DSA-ECDS-01',
        agreementExpiresOn: '2026-07-31',
      }),
      201,
    );
    expect(toNhsEngland).toMatchObject({ to: { kind: 'party', id: null, name: 'NHS England', archived: false }, external: true });
    const asOf = await answered<FlowDetail>(await caldicott.get(`${flows()}/${toNhsEngland.id}?asOf=${AS_OF}`));
    expect(asOf.flags.map((f) => [f.rule, f.reason])).toEqual([
      ['flow-agreement-expiring', expect.stringMatching(/^Its data sharing agreement DSA-ECDS-01 expires on 2026-07-31/)],
    ]);

    toMeridian = await answered(
      await iglead.post(flows(), {
        name: 'Pathology results to Meridian support',
        from: { assetId: pathology.id },
        to: { supplierId: meridian.id },
        personalData: true,
        purpose: 'Support desk investigating faults',
        transferMethod: 'email',
        encryptedInTransit: 'no',
      }),
      201,
    );
    expect(toMeridian).toMatchObject({ to: { kind: 'supplier', id: meridian.id, name: 'Meridian Clinical Systems Ltd' }, personalData: true, specialCategoryData: false, encryptedInTransit: 'no' });
    expect(toMeridian.flags.map((f) => [f.rule, f.severity])).toEqual([
      ['flow-without-lawful-basis', 'high'],
      ['flow-unencrypted', 'high'],
      ['flow-agreement-missing', 'high'],
    ]);
  });

  it('refuses the same name again, whatever its case or spacing', async () => {
    const res = await iglead.post(flows(), { name: 'EPR to the  DATA warehouse', from: { assetId: epr.id }, to: { party: 'Somewhere' } });
    expect(await fieldsRefused(res)).toEqual(['name']);
  });

  it('refuses an end given two ways, or none', async () => {
    expect(await fieldsRefused(await iglead.post(flows(), { name: 'Two ways', from: { assetId: epr.id, party: 'NHS England' }, to: { party: 'GP practices' } }))).toEqual(['from']);
    expect(await fieldsRefused(await iglead.post(flows(), { name: 'No end', from: {}, to: { party: 'GP practices' } }))).toEqual(['from']);
  });

  it('refuses another Trust’s asset or supplier, an unknown one, a flow from a place to itself and one between two other organisations', async () => {
    const mhAsset = await answered<AssetDetail>(await mhAdmin.post(`/api/v1/orgs/${mentalHealth}/assets`, { name: 'Mental health record', type: 'system', criticality: 'critical' }), 201);
    const mhSupplier = await answered<SupplierDetail>(await mhAdmin.post(`/api/v1/orgs/${mentalHealth}/suppliers`, { name: 'Dales IT Ltd' }), 201);
    expect(await fieldsRefused(await iglead.post(flows(), { name: 'Across Trusts', from: { assetId: mhAsset.id }, to: { supplierId: mhSupplier.id } }))).toEqual(['from.assetId', 'to.supplierId']);
    expect(await fieldsRefused(await iglead.post(flows(), { name: 'Nowhere', from: { assetId: 'no-such-asset' }, to: { party: 'GP practices' } }))).toEqual(['from.assetId']);
    expect(await fieldsRefused(await iglead.post(flows(), { name: 'Round trip', from: { assetId: epr.id }, to: { assetId: epr.id } }))).toEqual(['to']);
    const between = await iglead.post(flows(), { name: 'Not ours', from: { party: 'GP practices' }, to: { party: 'NHS England' } });
    expect((await answered<Problem>(between, 422)).errors).toEqual([{ field: 'to', message: 'One end must be one of this organisation’s assets or suppliers: a flow between two other organisations is theirs to record' }]);
  });

  it('refuses personal data without a purpose, and special-category data said without a special category', async () => {
    const res = await iglead.post(flows(), { name: 'Staff list', from: { assetId: epr.id }, to: { party: 'Payroll bureau' }, dataCategories: ['contact-details'], specialCategoryData: true });
    expect(await fieldsRefused(res)).toEqual(['specialCategoryData', 'purpose']);
    expect((await answered<FlowList>(await auditor.get(`${flows()}?q=staff`))).items).toEqual([]);
  });
});

describe('changing a flow', () => {
  it('changes a flow at the version read, and records who and what in the audit trail', async () => {
    const changed = await answered<FlowDetail>(await caldicott.get(`${flows()}/${toMeridian.id}?asOf=${AS_OF}`));
    expect(changed.version).toBe(1);
    toMeridian = await answered(await iglead.patch(`${flows()}/${toMeridian.id}`, { version: 1, lawfulBasis: 'public-task', transferMethod: 'nhsmail', encryptedInTransit: 'yes' }));
    expect(toMeridian).toMatchObject({ lawfulBasis: 'public-task', transferMethod: 'nhsmail', version: 2, updatedBy: { id: iglead.userId, name: 'Grace Mensah' } });
    expect(toMeridian.flags.map((f) => f.rule)).toEqual(['flow-agreement-missing']);
    const audit = await t.app.db.selectFrom('audit_events').selectAll().where('entity_id', '=', toMeridian.id).orderBy('seq').execute();
    expect(audit.map((a) => [a.action, a.entity_type])).toEqual([
      ['flow.create', 'data-flow'],
      ['flow.change', 'data-flow'],
    ]);
    expect(JSON.parse(audit[1]!.after_json!)).toEqual({ lawful_basis: 'public-task', transfer_method: 'nhsmail', encrypted_in_transit: 'yes' });
  });

  it('refuses a change against an old version with 409, the flow as it now is and who changed it', async () => {
    const res = await iao.patch(`${flows()}/${toMeridian.id}`, { version: 1, notes: 'too late' });
    const problem = await answered<Problem>(res, 409);
    expect(problem.changedBy).toBe('Grace Mensah');
    expect(problem.current).toMatchObject({ version: 2, name: 'Pathology results to Meridian support' });
  });

  it('keeps the special-category flag true while a special category is listed, and drops it with the category', async () => {
    let flow = await answered<FlowDetail>(await iglead.patch(`${flows()}/${toWarehouse.id}`, { version: toWarehouse.version, specialCategoryData: false }));
    expect(flow).toMatchObject({ specialCategoryData: true, version: 1 });
    flow = await answered(await iglead.patch(`${flows()}/${toWarehouse.id}`, { version: flow.version, dataCategories: ['identifiers'] }));
    expect(flow).toMatchObject({ specialCategoryData: false, personalData: true, version: 2 });
    toWarehouse = await answered(await iglead.patch(`${flows()}/${toWarehouse.id}`, { version: flow.version, dataCategories: ['identifiers', 'health'] }));
    expect(toWarehouse.specialCategoryData).toBe(true);
  });
});

describe('assets and suppliers show the flows that name them', () => {
  it('an asset lists its live flows, each with its direction', async () => {
    const asset = await answered<AssetDetail>(await auditor.get(`/api/v1/orgs/${acute}/assets/${epr.id}`));
    expect(asset.flows).toEqual([
      { id: toNhsEngland.id, name: 'Emergency care data set to NHS England', direction: 'outgoing' },
      { id: toWarehouse.id, name: 'EPR to the data warehouse', direction: 'outgoing' },
    ]);
    const target = await answered<AssetDetail>(await auditor.get(`/api/v1/orgs/${acute}/assets/${warehouse.id}`));
    expect(target.flows).toEqual([{ id: toWarehouse.id, name: 'EPR to the data warehouse', direction: 'incoming' }]);
  });

  it('a supplier lists them too, in its own answer and in the list of suppliers', async () => {
    const supplier = await answered<SupplierDetail>(await auditor.get(`/api/v1/orgs/${acute}/suppliers/${meridian.id}`));
    expect(supplier.flows).toEqual([{ id: toMeridian.id, name: 'Pathology results to Meridian support', direction: 'incoming' }]);
    const list = await answered<{ items: SupplierDetail[] }>(await auditor.get(`/api/v1/orgs/${acute}/suppliers`));
    expect(list.items.find((s) => s.id === meridian.id)?.flows.map((f) => f.name)).toEqual(['Pathology results to Meridian support']);
  });
});

describe('filters and flags', () => {
  const names = async (query: string) => (await answered<FlowList>(await caldicott.get(`${flows()}?asOf=${AS_OF}&${query}`))).items.map((f) => f.name);

  it('lists the flows by name and filters them as the DPO and Caldicott Guardian ask', async () => {
    expect(await names('')).toEqual(['Emergency care data set to NHS England', 'EPR to the data warehouse', 'Pathology results to Meridian support']);
    expect(await names('specialCategory=true')).toEqual(['Emergency care data set to NHS England', 'EPR to the data warehouse']);
    expect(await names('specialCategory=false')).toEqual(['Pathology results to Meridian support']);
    expect(await names('personal=true')).toHaveLength(3);
    expect(await names('external=true')).toEqual(['Emergency care data set to NHS England', 'Pathology results to Meridian support']);
    expect(await names('external=false')).toEqual(['EPR to the data warehouse']);
    expect(await names(`assetId=${warehouse.id}`)).toEqual(['EPR to the data warehouse']);
    expect(await names(`supplierId=${meridian.id}`)).toEqual(['Pathology results to Meridian support']);
    expect(await names('q=nhs%20england')).toEqual(['Emergency care data set to NHS England']);
    expect(await names('q=waiting%20times')).toEqual(['EPR to the data warehouse']);
  });

  it('finds flows not encrypted in transit, and those lacking a legal basis', async () => {
    const unencrypted = await answered<FlowDetail>(
      await iglead.post(flows(), { name: 'Discharge letters to GP practices', from: { assetId: epr.id }, to: { party: 'GP practices in Northshire' }, patientData: true, purpose: 'Continuity of care', directCare: true, lawfulBasis: 'public-task', transferMethod: 'email' }),
      201,
    );
    expect(unencrypted.encryptedInTransit).toBe('unknown');
    expect(await names('unencrypted=true')).toEqual(['Discharge letters to GP practices']);
    // Patient data without a CLDC basis lacks a basis; the others have theirs.
    expect(await names('lackingBasis=true')).toEqual(['Discharge letters to GP practices']);
    expect(await names('lackingBasis=false')).toHaveLength(3);
    expect(await names('flagged=false')).toEqual([]);
  });

  it('puts the flows’ flags in the register’s report, after the assets’ and suppliers’, with counts', async () => {
    const report = await answered<FlagReport>(await auditor.get(`/api/v1/orgs/${acute}/asset-flags?asOf=${AS_OF}`));
    const kinds = report.flags.map((f) => f.subject.kind);
    expect([...new Set(kinds)]).toEqual(['asset', 'supplier', 'flow']);
    expect(kinds).toEqual([...kinds.filter((k) => k === 'asset'), ...kinds.filter((k) => k === 'supplier'), ...kinds.filter((k) => k === 'flow')]);
    expect(report.flags.filter((f) => f.subject.kind === 'flow').map((f) => [f.subject.name, f.rule])).toEqual([
      ['Discharge letters to GP practices', 'flow-without-cldc-basis'],
      ['Discharge letters to GP practices', 'flow-unencrypted'],
      ['Discharge letters to GP practices', 'flow-agreement-missing'],
      ['Emergency care data set to NHS England', 'flow-agreement-expiring'],
      ['EPR to the data warehouse', 'special-category-at-scale-without-dpia'],
      ['Pathology results to Meridian support', 'flow-agreement-missing'],
    ]);
    expect(report.counts.find((c) => c.rule === 'flow-agreement-missing')).toEqual({ rule: 'flow-agreement-missing', label: 'External personal data flow without an agreement', count: 2 });
    expect(report.counts.find((c) => c.rule === 'opt-out-not-applied')?.count).toBe(0);
  });

  it('works the flags out as of the date asked: after its expiry the agreement has expired', async () => {
    const later = await answered<FlowDetail>(await auditor.get(`${flows()}/${toNhsEngland.id}?asOf=2026-08-01`));
    expect(later.flags.map((f) => [f.rule, f.reason])).toEqual([['flow-agreement-expired', 'Its data sharing agreement DSA-ECDS-01 expired on 2026-07-31: renew it or stop the flow.']]);
  });
});

describe('archiving', () => {
  it('an asset archived at one end of a live flow is still named there, marked archived, and may stay while the flow changes', async () => {
    const archived = await answered<AssetDetail>(await iao.delete(`/api/v1/orgs/${acute}/assets/${warehouse.id}?version=${warehouse.version}`));
    expect(archived.flows.map((f) => f.name)).toEqual(['EPR to the data warehouse']);
    const flow = await answered<FlowDetail>(await auditor.get(`${flows()}/${toWarehouse.id}`));
    expect(flow.to).toEqual({ kind: 'asset', id: warehouse.id, name: 'Clinical data warehouse', archived: true });
    toWarehouse = await answered(await iglead.patch(`${flows()}/${toWarehouse.id}`, { version: flow.version, to: { assetId: warehouse.id }, notes: 'Warehouse being replaced' }));
    expect(toWarehouse.notes).toBe('Warehouse being replaced');
    // But a flow may not be pointed at an archived asset anew.
    expect(await fieldsRefused(await iglead.patch(`${flows()}/${toMeridian.id}`, { version: toMeridian.version, from: { assetId: warehouse.id } }))).toEqual(['from.assetId']);
  });

  it('archives a flow rather than deleting it: kept for the record, off the list, no flags, its name free', async () => {
    const archived = await answered<FlowDetail>(await iglead.delete(`${flows()}/${toWarehouse.id}?version=${toWarehouse.version}`));
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.flags).toEqual([]);
    expect((await answered<FlowList>(await auditor.get(flows()))).items.map((f) => f.name)).not.toContain('EPR to the data warehouse');
    expect((await answered<FlowList>(await auditor.get(`${flows()}?archived=true`))).items.map((f) => f.name)).toContain('EPR to the data warehouse');
    expect((await iglead.patch(`${flows()}/${toWarehouse.id}`, { version: archived.version, notes: 'x' })).statusCode).toBe(409);
    expect((await iglead.delete(`${flows()}/${toWarehouse.id}?version=${archived.version}`)).statusCode).toBe(409);
    await answered(await iglead.post(flows(), { name: 'EPR to the data warehouse', from: { assetId: epr.id }, to: { party: 'Northshire ICB analytics' } }), 201);
    const audit = await t.app.db.selectFrom('audit_events').select('action').where('entity_id', '=', toWarehouse.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['flow.create', 'flow.change', 'flow.change', 'flow.change', 'flow.archive']);
  });

  it('refuses to remove a supplier a live flow names, naming the flow; once the flow is archived the supplier goes and the flow keeps its name', async () => {
    const refused = await iglead.delete(`/api/v1/orgs/${acute}/suppliers/${meridian.id}?version=${meridian.version}`);
    expect((await answered<Problem>(refused, 409)).detail).toBe('1 data flow names this supplier (Pathology results to Meridian support): choose another supplier for them, or archive them, first.');
    const archived = await answered<FlowDetail>(await iglead.delete(`${flows()}/${toMeridian.id}?version=${toMeridian.version}`));
    expect((await iglead.delete(`/api/v1/orgs/${acute}/suppliers/${meridian.id}?version=${meridian.version}`)).statusCode).toBe(204);
    const kept = await answered<FlowDetail>(await auditor.get(`${flows()}/${archived.id}`));
    expect(kept.to).toEqual({ kind: 'party', id: null, name: 'Meridian Clinical Systems Ltd', archived: false });
  });
});

describe('exports', () => {
  it('writes the live flows as CSV under the headings the import reads, with the flags as of the date', async () => {
    const res = await auditor.get(`${flows()}/export?format=csv&asOf=${AS_OF}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="data-flows-2026-06-30.csv"');
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^Name,Description,From,To,Data categories,Data subjects,Personal data,Special category data,Patient data,Record volume,Purpose,Direct care,Lawful basis,/);
    expect(lines[0]).toMatch(/,Retention,Notes,Risk flags$/);
    const ecds = lines.find((l) => l.startsWith('Emergency care data set'))!;
    expect(ecds).toContain('Electronic patient record,NHS England,Identifiers; Health,,Yes,Yes,Yes,9000');
    expect(ecds).toContain('6(1)(c) Legal obligation,9(2)(h) Health or social care,"Part 1, paragraph 2",Legal requirement');
    expect(ecds).toContain('Data flow agreement expiring within 60 days');
  });
});

describe('who may see and change the flows', () => {
  it('an auditor reads but is refused a change; staff may not see them', async () => {
    expect((await auditor.get(`${flows()}/${toNhsEngland.id}`)).statusCode).toBe(200);
    expect((await auditor.patch(`${flows()}/${toNhsEngland.id}`, { version: toNhsEngland.version, notes: 'audited' })).statusCode).toBe(403);
    expect((await auditor.post(flows(), { name: 'Auditor flow', from: { assetId: epr.id }, to: { party: 'Auditors' } })).statusCode).toBe(403);
    expect((await staff.get(flows())).statusCode).toBe(403);
  });

  it.each([
    ['list the flows', (c: Client) => c.get(flows(acute))],
    ['read a flow', (c: Client) => c.get(`${flows(acute)}/${toNhsEngland.id}`)],
    ['change a flow', (c: Client) => c.patch(`${flows(acute)}/${toNhsEngland.id}`, { version: toNhsEngland.version, notes: 'taken over' })],
    ['archive a flow', (c: Client) => c.delete(`${flows(acute)}/${toNhsEngland.id}?version=${toNhsEngland.version}`)],
    ['export the flows', (c: Client) => c.get(`${flows(acute)}/export?format=csv`)],
    ['add a flow', (c: Client) => c.post(flows(acute), { name: 'Taken', from: { party: 'A' }, to: { assetId: epr.id } })],
  ])('another Trust’s administrator cannot %s: it looks as if it does not exist', async (_, call) => {
    expect((await call(mhAdmin)).statusCode).toBe(404);
  });

  it('another Trust’s flow named under one’s own Trust is not found, and nothing changed', async () => {
    expect((await mhAdmin.get(`${flows(mentalHealth)}/${toNhsEngland.id}`)).statusCode).toBe(404);
    expect((await mhAdmin.patch(`${flows(mentalHealth)}/${toNhsEngland.id}`, { version: 1, notes: 'Taken' })).statusCode).toBe(404);
    expect((await mhAdmin.delete(`${flows(mentalHealth)}/${toNhsEngland.id}?version=1`)).statusCode).toBe(404);
    const flow = await answered<FlowDetail>(await iglead.get(`${flows()}/${toNhsEngland.id}`));
    expect(flow).toMatchObject({ notes: null, archivedAt: null, version: 1 });
  });
});
