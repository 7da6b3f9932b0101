// The information asset register and suppliers through the API, on both engines: adding, changing
// and archiving assets; suppliers with their certifications and the assets that depend on them;
// concurrent changes; another Trust's records looking as if they do not exist; who may change what;
// filters; the flags as of a date; and the exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetDetail, AssetList, FlagReport, SupplierDetail, SupplierList } from '../../src/contract/information-assets.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string, mentalHealth: string;
let iglead: Client, iao: Client, auditor: Client, staff: Client, mhAdmin: Client, icsLead: Client;

const assets = (org = acute) => `/api/v1/orgs/${org}/assets`;
const suppliers = (org = acute) => `/api/v1/orgs/${org}/suppliers`;
const AS_OF = '2026-06-30';

type Problem = { errors: Array<{ field: string; message: string }>; detail: string; changedBy?: string; current?: { version: number; name: string } };

async function created<T>(res: { statusCode: number; body: string; json: <J>() => J }): Promise<T> {
  expect(res.statusCode, res.body).toBe(201);
  return res.json<T>();
}

async function ok<T>(res: { statusCode: number; body: string; json: <J>() => J }): Promise<T> {
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

let northway: SupplierDetail;
let epr: AssetDetail;

beforeAll(async () => {
  t = await createTestApp();
  [acute, mentalHealth] = await Promise.all([orgId(t.app, 'RZZ'), orgId(t.app, 'RZY')]);
  [iglead, iao, auditor, staff, mhAdmin, icsLead] = await Promise.all([
    signIn(t.server, 'iglead@northshire-acute.example'),
    signIn(t.server, 'iao@northshire-acute.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
    signIn(t.server, 'icslead@northshire-ics.example'),
  ]);
});
afterAll(() => t.close());

describe('suppliers', () => {
  it('adds a supplier with its contract, DSPT status and certifications', async () => {
    northway = await created<SupplierDetail>(
      await iglead.post(suppliers(), {
        name: 'Northway Health Systems Ltd',
        companiesHouseNumber: '01234567',
        contactName: 'Account manager',
        contactEmail: 'accounts@northway.example',
        services: 'Electronic patient record, hosting and support',
        contractReference: 'NHS-CON-2021-044',
        contractStartsOn: '2021-04-01',
        contractEndsOn: '2026-03-31',
        dsptStatus: 'standards-not-met',
        dsptYear: '2024-25',
        certifications: [
          { scheme: 'cyber-essentials-plus', number: 'CEP-5521', expiresOn: '2026-07-15' },
          { scheme: 'other', name: 'DTAC', number: null, expiresOn: null },
        ],
      }),
    );
    expect(northway).toMatchObject({ name: 'Northway Health Systems Ltd', dsptStatus: 'standards-not-met', version: 1, assets: [] });
    expect(northway.certifications).toEqual([
      { scheme: 'cyber-essentials-plus', name: null, number: 'CEP-5521', expiresOn: '2026-07-15' },
      { scheme: 'other', name: 'DTAC', number: null, expiresOn: null },
    ]);
  });

  it('refuses a second supplier of the same name, whatever its case', async () => {
    const res = await iglead.post(suppliers(), { name: 'NORTHWAY  health systems ltd' });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().errors).toEqual([{ field: 'name', message: 'This organisation already has a supplier with this name.' }]);
  });

  it('refuses a contract that ends before it starts, and another certification without its name', async () => {
    const res = await iglead.post(suppliers(), { name: 'Backwards Ltd', contractStartsOn: '2026-01-01', contractEndsOn: '2025-01-01', certifications: [{ scheme: 'other' }] });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().errors.map((e) => e.field)).toEqual(['contractEndsOn', 'certifications.0.name']);
  });
});

describe('information assets', () => {
  it('adds an asset with its owner (an account here), administrator (a name), supplier and data held', async () => {
    epr = await created<AssetDetail>(
      await iao.post(assets(), {
        name: 'Electronic patient record',
        type: 'system',
        criticality: 'critical',
        description: 'The EPR used on every ward',
        ownerId: iao.userId,
        administratorName: 'EPR system manager',
        hosting: 'cloud',
        hostingRegion: 'UK South',
        supplierId: northway.id,
        supportEndsOn: '2028-03-31',
        patientData: true,
        specialCategoryData: true,
        recordVolume: 1_250_000,
        encryptionAtRest: 'yes',
        mfa: 'yes',
        backupRestoreTestedOn: '2026-01-20',
        continuityPlan: true,
        continuityPlanReference: 'BCP-EPR-03',
      }),
    );
    expect(epr).toMatchObject({
      owner: { id: iao.userId, name: 'Mark Donnelly' },
      administrator: { id: null, name: 'EPR system manager' },
      supplier: { id: northway.id, name: 'Northway Health Systems Ltd' },
      // Patient data is personal data.
      personalData: true,
      recordVolume: 1_250_000,
      archivedAt: null,
      version: 1,
    });
  });

  it('shows the supplier the assets that depend on it', async () => {
    const supplier = await ok<SupplierDetail>(await iglead.get(`${suppliers()}/${northway.id}?asOf=${AS_OF}`));
    expect(supplier.assets).toEqual([{ id: epr.id, name: 'Electronic patient record', type: 'system', criticality: 'critical', patientData: true }]);
  });

  it('refuses an owner without a role here, a supplier of another Trust and a name already in the register', async () => {
    const mhSupplier = await created<SupplierDetail>(await mhAdmin.post(suppliers(mentalHealth), { name: 'Dales IT Ltd' }));
    const res = await iao.post(assets(), { name: 'electronic patient record', type: 'system', criticality: 'low', ownerId: mhAdmin.userId, supplierId: mhSupplier.id });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().errors.map((e) => e.field)).toEqual(['name', 'ownerId', 'supplierId']);
  });

  it('changes an asset at the version read and records who and what in the audit trail', async () => {
    const changed = await ok<AssetDetail>(await iao.patch(`${assets()}/${epr.id}`, { version: 1, mfa: 'no', notes: 'MFA switched off for the ward kiosks' }));
    expect(changed).toMatchObject({ mfa: 'no', notes: 'MFA switched off for the ward kiosks', version: 2 });
    const audit = await t.app.db.selectFrom('audit_events').selectAll().where('entity_id', '=', epr.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['asset.create', 'asset.change']);
    expect(JSON.parse(audit[1]!.after_json!)).toEqual({ mfa: 'no', notes: 'MFA switched off for the ward kiosks' });
    epr = changed;
  });

  it('refuses a change made against an old version with 409, the asset as it now is and who changed it', async () => {
    const res = await iglead.patch(`${assets()}/${epr.id}`, { version: 1, criticality: 'low' });
    expect(res.statusCode).toBe(409);
    const problem = res.json<Problem>();
    expect(problem.changedBy).toBe('Mark Donnelly');
    expect(problem.current).toMatchObject({ version: 2, name: 'Electronic patient record' });
    expect((await ok<AssetDetail>(await iglead.get(`${assets()}/${epr.id}`))).criticality).toBe('critical');
  });

  it('moves the owner from an account to a name written, keeping one of them', async () => {
    epr = await ok<AssetDetail>(await iao.patch(`${assets()}/${epr.id}`, { version: epr.version, ownerName: 'Chief Clinical Information Officer' }));
    expect(epr.owner).toEqual({ id: null, name: 'Chief Clinical Information Officer' });
    epr = await ok<AssetDetail>(await iao.patch(`${assets()}/${epr.id}`, { version: epr.version, ownerId: iao.userId }));
    expect(epr.owner).toEqual({ id: iao.userId, name: 'Mark Donnelly' });
  });
});

describe('filters and flags', () => {
  let fax: AssetDetail;

  beforeAll(async () => {
    fax = await created<AssetDetail>(await iao.post(assets(), { name: 'Ward fax machines', type: 'device-class', criticality: 'low', supportEndsOn: '2025-12-31', personalData: true, encryptionAtRest: 'no' }));
    await created<AssetDetail>(await iao.post(assets(), { name: 'Scanned health records archive', type: 'dataset', criticality: 'high', ownerName: 'Head of health records', patientData: true, encryptionAtRest: 'unknown' }));
  });

  it('filters by type, criticality, supplier and flagged', async () => {
    const names = async (query: string) => (await ok<AssetList>(await auditor.get(`${assets()}?asOf=${AS_OF}&${query}`))).items.map((a) => a.name);
    expect(await names('type=device-class')).toEqual(['Ward fax machines']);
    expect(await names('criticality=critical')).toEqual(['Electronic patient record']);
    expect(await names(`supplierId=${northway.id}`)).toEqual(['Electronic patient record']);
    expect(await names('flagged=true')).toEqual(['Scanned health records archive', 'Ward fax machines']);
    expect(await names('flagged=false')).toEqual(['Electronic patient record']);
  });

  it('gives every flag of the register and its suppliers as of a date, with counts by rule', async () => {
    const report = await ok<FlagReport>(await auditor.get(`/api/v1/orgs/${acute}/asset-flags?asOf=${AS_OF}`));
    expect(report.flags.map((f) => [f.subject.name, f.rule, f.severity])).toEqual([
      ['Scanned health records archive', 'personal-data-unencrypted', 'medium'],
      ['Ward fax machines', 'unsupported-with-personal-data', 'high'],
      ['Ward fax machines', 'no-owner', 'medium'],
      ['Ward fax machines', 'personal-data-unencrypted', 'high'],
      ['Northway Health Systems Ltd', 'certification-expiring', 'low'],
      ['Northway Health Systems Ltd', 'contract-ended-with-dependants', 'high'],
      ['Northway Health Systems Ltd', 'supplier-dspt-not-met', 'high'],
    ]);
    expect(report.counts.find((c) => c.rule === 'personal-data-unencrypted')).toEqual({ rule: 'personal-data-unencrypted', label: 'Personal data not known to be encrypted at rest', count: 2 });
    expect(report.counts.find((c) => c.rule === 'critical-restore-untested')?.count).toBe(0);
    expect(report.flags.find((f) => f.rule === 'contract-ended-with-dependants')?.reason).toBe(
      'Its contract ended on 2026-03-31 but 1 asset still depends on it (Electronic patient record): renew, replace or record the exit.',
    );
  });

  it('works the flags out as of the date asked: a year later the EPR’s restore test is out of date', async () => {
    const report = await ok<FlagReport>(await auditor.get(`/api/v1/orgs/${acute}/asset-flags?asOf=2027-02-01`));
    expect(report.flags.filter((f) => f.subject.id === epr.id).map((f) => f.rule)).toEqual(['critical-restore-untested']);
  });

  it('archives an asset rather than deleting it: kept for the record, off the register, no flags, its name free', async () => {
    const archived = await ok<AssetDetail>(await iao.delete(`${assets()}/${fax.id}?version=${fax.version}`));
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.flags).toEqual([]);
    expect((await ok<AssetList>(await auditor.get(assets()))).items.map((a) => a.name)).not.toContain('Ward fax machines');
    expect((await ok<AssetList>(await auditor.get(`${assets()}?archived=true`))).items.map((a) => a.name)).toContain('Ward fax machines');
    expect((await iao.patch(`${assets()}/${fax.id}`, { version: archived.version, notes: 'x' })).statusCode).toBe(409);
    await created<AssetDetail>(await iao.post(assets(), { name: 'Ward fax machines', type: 'device-class', criticality: 'low', ownerName: 'Estates' }));
    const audit = await t.app.db.selectFrom('audit_events').select('action').where('entity_id', '=', fax.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['asset.create', 'asset.archive']);
  });

  it('refuses to remove a supplier a live asset depends on, naming it; removes one nothing depends on', async () => {
    const refused = await iglead.delete(`${suppliers()}/${northway.id}?version=${northway.version}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<Problem>().detail).toMatch(/1 asset depends on this supplier \(Electronic patient record\)/);
    const spare = await created<SupplierDetail>(await iglead.post(suppliers(), { name: 'Spare parts Ltd' }));
    expect((await iglead.delete(`${suppliers()}/${spare.id}?version=2`)).statusCode).toBe(409);
    expect((await iglead.delete(`${suppliers()}/${spare.id}?version=1`)).statusCode).toBe(204);
    expect((await iglead.get(`${suppliers()}/${spare.id}`)).statusCode).toBe(404);
  });

  it('lists suppliers with flags only when asked', async () => {
    const list = await ok<SupplierList>(await auditor.get(`${suppliers()}?flagged=true&asOf=${AS_OF}`));
    expect(list.items.map((s) => s.name)).toEqual(['Northway Health Systems Ltd']);
  });
});

describe('exports', () => {
  it('writes the register as CSV under the headings the import reads, with the flags as of the date', async () => {
    const res = await auditor.get(`${assets()}/export?format=csv&asOf=${AS_OF}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="information-assets-2026-06-30.csv"');
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^Name,Type,Criticality,Description,Information Asset Owner,Information Asset Administrator,Hosting,/);
    expect(lines.find((l) => l.startsWith('Electronic patient record'))).toContain('iao@northshire-acute.example');
    expect(lines.find((l) => l.startsWith('Scanned health records archive'))).toContain('Personal data not known to be encrypted at rest');
  });

  it('writes the suppliers as a workbook', async () => {
    const res = await auditor.get(`${suppliers()}/export?format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('who may see and change the register', () => {
  it('an auditor reads but is refused a change', async () => {
    expect((await auditor.get(`${assets()}/${epr.id}`)).statusCode).toBe(200);
    expect((await auditor.patch(`${assets()}/${epr.id}`, { version: epr.version, notes: 'audited' })).statusCode).toBe(403);
    expect((await auditor.post(suppliers(), { name: 'Auditor Ltd' })).statusCode).toBe(403);
  });

  it('staff and ICS oversight may not see the register', async () => {
    expect((await staff.get(assets())).statusCode).toBe(403);
    expect((await icsLead.get(assets())).statusCode).toBe(403);
    expect((await staff.get(`/api/v1/orgs/${acute}/asset-flags`)).statusCode).toBe(403);
  });

  it.each([
    ['list the assets', (c: Client) => c.get(assets(acute))],
    ['read an asset', (c: Client) => c.get(`${assets(acute)}/${epr.id}`)],
    ['change an asset', (c: Client) => c.patch(`${assets(acute)}/${epr.id}`, { version: epr.version, notes: 'taken over' })],
    ['archive an asset', (c: Client) => c.delete(`${assets(acute)}/${epr.id}?version=${epr.version}`)],
    ['read a supplier', (c: Client) => c.get(`${suppliers(acute)}/${northway.id}`)],
    ['read the flags', (c: Client) => c.get(`/api/v1/orgs/${acute}/asset-flags`)],
    ['export the register', (c: Client) => c.get(`${assets(acute)}/export?format=csv`)],
  ])('another Trust’s administrator cannot %s: it looks as if it does not exist', async (_, call) => {
    expect((await call(mhAdmin)).statusCode).toBe(404);
  });

  it('another Trust’s asset or supplier id named under one’s own Trust is not found', async () => {
    expect((await mhAdmin.get(`${assets(mentalHealth)}/${epr.id}`)).statusCode).toBe(404);
    expect((await mhAdmin.patch(`${suppliers(mentalHealth)}/${northway.id}`, { version: 1, name: 'Taken' })).statusCode).toBe(404);
    expect((await ok<AssetDetail>(await iglead.get(`${assets()}/${epr.id}`))).notes).toBe('MFA switched off for the ward kiosks');
  });
});
