// The demo trust's data flows, as someone trying Bulwark sees them: flows between the demo register's
// assets, its suppliers and other organisations, most in order, each flow flag rule raised at least
// once where a Trust would expect it, and loaded once however often the loader runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowList } from '../../src/contract/data-flows.js';
import type { FlagReport, FlagRule } from '../../src/contract/information-assets.js';
import { loadDemoFlows } from '../../src/modules/demo/demo-flows.js';
import { loadDemo } from '../../src/modules/demo/service.js';
import { findByIdOrOdsCode } from '../../src/modules/organisations/service.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let dpo: Client;
let flows: FlowList;
let report: FlagReport;

async function read<T>(url: string): Promise<T> {
  const res = await dpo.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

beforeAll(async () => {
  t = await createTestApp({ demoRegister: true });
  acute = await orgId(t.app, 'RZZ');
  dpo = await signIn(t.server, 'dpo@northshire-acute.example');
  [flows, report] = await Promise.all([read<FlowList>(`/api/v1/orgs/${acute}/data-flows`), read<FlagReport>(`/api/v1/orgs/${acute}/asset-flags`)]);
});
afterAll(() => t.close());

const byName = (name: string) => flows.items.find((f) => f.name === name)!;
const flowsRaising = (rule: FlagRule) => report.flags.filter((f) => f.rule === rule && f.subject.kind === 'flow').map((f) => f.subject.name);

describe('the demo trust’s data flows', () => {
  it('holds 27 flows between the register’s assets, its suppliers and other organisations by name', () => {
    expect(flows.items).toHaveLength(27);
    const summaries = byName('Discharge summaries to GPs');
    expect([summaries.from, summaries.to]).toEqual([
      { kind: 'asset', id: expect.any(String), name: 'Electronic patient record', archived: false },
      { kind: 'party', id: null, name: 'GP practices in Northshire', archived: false },
    ]);
    expect(byName('Nightly backup copies to the off-site service').to).toMatchObject({ kind: 'supplier', name: 'Greystane Backup Services Ltd' });
    expect(flows.items.filter((f) => !f.external).map((f) => f.name).sort()).toEqual([
      'Fitness for work outcomes to the workforce record',
      'Parking permit deductions to payroll',
      'Pathology orders to the laboratory',
      'Patient record feed to the clinical data warehouse',
      'Radiology reports to the patient record',
      'Rosters to the payroll feed',
    ]);
    expect(flows.items.every((f) => f.personalData && f.createdBy?.name === 'Fatima Begum')).toBe(true);
  });

  it('records the legal bases of the flows a Trust is asked about first', () => {
    expect(byName('Discharge summaries to GPs')).toMatchObject({
      directCare: true,
      cldcBasis: 'implied-consent-direct-care',
      lawfulBasis: 'public-task',
      specialCategoryCondition: 'health-or-social-care',
      schedule1Condition: expect.stringMatching(/^Part 1, paragraph 2/),
      encryptedInTransit: 'yes',
      frequency: 'daily',
    });
    expect(byName('Hospital activity to the national data collections')).toMatchObject({ cldcBasis: 'legal-requirement', lawfulBasis: 'legal-obligation' });
    expect(byName('Monthly payroll to the payroll bureau')).toMatchObject({ lawfulBasis: 'contract', dataSubjects: ['staff'], patientData: false, specialCategoryData: false });
    expect(byName('Research extract for the University of Northshire')).toMatchObject({ cldcBasis: 's251-support', cagReference: '22/CAG/0147', nationalDataOptOut: 'applied', directCare: false });
    expect(byName('Overflow transcription of clinic letters')).toMatchObject({ internationalTransfer: true, destinationCountry: 'India', transferSafeguard: 'idta' });
  });

  it('raises every flow flag rule at least once, each where a Trust would expect it', () => {
    const expected: Array<[FlagRule, string[]]> = [
      ['flow-without-lawful-basis', ['Parking permit deductions to payroll']],
      ['flow-without-schedule-1-condition', ['Fitness for work outcomes to the workforce record']],
      ['flow-without-cldc-basis', ['Waiting list data to Northshire ICB']],
      ['flow-unencrypted', ['Theatre lists to the independent treatment centre']],
      ['flow-agreement-missing', ['Palliative care referrals to the hospice']],
      ['flow-agreement-expired', ['Appointment reminders through the patient portal']],
      ['flow-agreement-expiring', ['Images shared with the regional imaging network']],
      ['international-transfer-without-safeguard', ['Patient feedback survey']],
      ['opt-out-not-applied', ['National clinical audit submission']],
    ];
    expect(expected.map(([rule]) => [rule, flowsRaising(rule)])).toEqual(expected);
    expect(byName('Theatre lists to the independent treatment centre').flags.map((f) => [f.rule, f.severity])).toEqual([['flow-unencrypted', 'high']]);
    // Every flow of special-category data at scale raises it but the three the demo's approved DPIAs
    // cover (one DPIA is overdue for review, and still covers its flow); a DPIA awaiting the DPO does not.
    const atScale = flows.items.filter((f) => f.specialCategoryData && (f.recordVolume ?? 0) >= 10_000).map((f) => f.name);
    const approved = ['Discharge summaries to GPs', 'Outpatient clinic letters to GPs', 'Images shared with the regional imaging network'];
    expect(atScale).toEqual(expect.arrayContaining([...approved, 'Overflow transcription of clinic letters']));
    expect(flowsRaising('special-category-at-scale-without-dpia').sort()).toEqual(atScale.filter((name) => !approved.includes(name)).sort());
  });

  it('is mostly in order: apart from the DPIA flag, two flows in three raise nothing', () => {
    const otherwiseFlagged = flows.items.filter((f) => f.flags.some((flag) => flag.rule !== 'special-category-at-scale-without-dpia'));
    expect(otherwiseFlagged).toHaveLength(9);
    expect(flows.items.filter((f) => f.flags.length === 0).length).toBeGreaterThan(flows.items.length / 3);
  });

  it('loading the demo again adds no flow and writes nothing to the audit trail', async () => {
    const flowAudit = async () =>
      Number(
        (
          await t.app.db
            .selectFrom('audit_events')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('action', 'like', 'flow.%')
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await flowAudit()).toBe(27);
    const again = await loadDemo(t.app, new Date(), { assessments: false, incidents: false, exercises: false, alerts: false });
    expect(again.flowsCreated).toBe(0);
    expect((await read<FlowList>(`/api/v1/orgs/${acute}/data-flows`)).items).toEqual(flows.items);
    expect(await flowAudit()).toBe(27);
  });

  it('adds none to a trust whose register does not hold the assets they name', async () => {
    const other = (await findByIdOrOdsCode(t.app.db, 'RZY'))!;
    const ctx = { db: t.app.db, now: new Date() };
    expect(await loadDemoFlows(ctx, other)).toBe(0);
    const listed = await t.app.db.selectFrom('data_flows').select('id').where('org_id', '=', other.id).execute();
    expect(listed).toEqual([]);
  });
});
