// The demo trust's information asset register, as someone trying Bulwark sees it: forty assets
// and fifteen suppliers, most in order, every flag rule raised at least once as of the day it is
// loaded (its data flows' and DPIAs' rules too), a DPIA at each stage, two flags already made actions,
// and loaded once however often the loader runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AssetList, FLAG_RULES, type FlagReport, type FlagRule, type SupplierList } from '../../src/contract/information-assets.js';
import type { DpiaList } from '../../src/contract/dpias.js';
import type { RegisterActionList } from '../../src/contract/register-actions.js';
import { loadDemo } from '../../src/modules/demo/service.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let iglead: Client;
let assets: AssetList;
let suppliers: SupplierList;
let report: FlagReport;

async function read<T>(url: string): Promise<T> {
  const res = await iglead.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

beforeAll(async () => {
  t = await createTestApp({ demoRegister: true });
  acute = await orgId(t.app, 'RZZ');
  iglead = await signIn(t.server, 'iglead@northshire-acute.example');
  [assets, suppliers, report] = await Promise.all([
    read<AssetList>(`/api/v1/orgs/${acute}/assets`),
    read<SupplierList>(`/api/v1/orgs/${acute}/suppliers`),
    read<FlagReport>(`/api/v1/orgs/${acute}/asset-flags`),
  ]);
});
afterAll(() => t.close());

describe('the demo trust’s register', () => {
  it('holds 40 information assets and 15 suppliers', () => {
    expect(assets.items).toHaveLength(40);
    expect(suppliers.items).toHaveLength(15);
    expect(assets.items.map((a) => a.name)).toEqual(expect.arrayContaining(['Electronic patient record', 'Picture archiving and communication system', 'Active Directory', 'Off-site paper records store']));
  });

  it('raises every flag rule at least once as of the day it is loaded', () => {
    const raised = new Set(report.flags.map((f) => f.rule));
    const every: FlagRule[] = [
      'unsupported-with-personal-data',
      'unsupported',
      'support-ending',
      'no-owner',
      'personal-data-unencrypted',
      'critical-restore-untested',
      'critical-without-continuity-plan',
      'certification-expired',
      'certification-expiring',
      'contract-ended-with-dependants',
      'supplier-dspt-not-met',
    ];
    expect(every.filter((rule) => !raised.has(rule))).toEqual([]);
    // With its data flows and DPIAs, the demo raises every rule there is.
    expect(report.counts.map((c) => c.rule).sort()).toEqual([...FLAG_RULES].sort());
    expect(report.counts.filter((c) => c.count === 0).map((c) => c.rule)).toEqual([]);
  });

  it('raises them where a Trust would expect: the PACS workstations, the lapsed certificate, the untested restore, the devices nobody owns', () => {
    const where = (rule: FlagRule) => report.flags.filter((f) => f.rule === rule).map((f) => f.subject.name);
    expect(where('unsupported-with-personal-data')).toEqual(['PACS reporting workstations']);
    expect(where('certification-expired')).toEqual(['Brightlake Imaging Ltd']);
    expect(where('critical-restore-untested')).toEqual(['Integration engine']);
    expect(where('no-owner')).toEqual(['Networked medical devices']);
    expect(where('contract-ended-with-dependants')).toEqual(['Voxwell Dictation Services Ltd']);
    expect(where('supplier-dspt-not-met')).toEqual(['Meadowcroft Maternity Solutions Ltd']);
  });

  it('is mostly in order: most assets and suppliers raise no flag', () => {
    const flaggedAssets = assets.items.filter((a) => a.flags.length).length;
    const flaggedSuppliers = suppliers.items.filter((s) => s.flags.length).length;
    expect(flaggedAssets).toBeLessThan(assets.items.length / 4);
    expect(flaggedSuppliers).toBeLessThan(suppliers.items.length / 3);
  });

  it('has two flags already made actions, one in progress, both shown on their flags', async () => {
    const { items } = await read<RegisterActionList>(`/api/v1/orgs/${acute}/register-actions`);
    expect(items.map((a) => [a.subject.name, a.rule, a.status, a.flagCleared]).sort()).toEqual([
      ['Brightlake Imaging Ltd', 'certification-expired', 'open', false],
      ['PACS reporting workstations', 'unsupported-with-personal-data', 'in-progress', false],
    ]);
    expect(report.flags.filter((f) => f.actionId).map((f) => [f.subject.name, f.actionStatus]).sort()).toEqual([
      ['Brightlake Imaging Ltd', 'open'],
      ['PACS reporting workstations', 'in-progress'],
    ]);
  });

  it('holds a DPIA at each stage, written by the people who would and on the days they would have', async () => {
    const { items } = await read<DpiaList>(`/api/v1/orgs/${acute}/dpias`);
    expect(items.map((d) => [d.title, d.state])).toEqual(
      expect.arrayContaining([
        ['Electronic patient record and letters to GPs', 'signed-off'],
        ['Sharing images with the regional imaging network', 'review-due'],
        ['Research database and extracts for the University of Northshire', 'signed-off'],
        ['Overflow transcription of clinic letters in the cloud', 'awaiting-dpo-advice'],
        ['Patient feedback survey', 'required'],
        ['Staff car parking permits', 'not-required'],
      ]),
    );
    expect(items).toHaveLength(6);
    const research = items.find((d) => d.title.startsWith('Research'))!;
    expect([research.signOff?.outcome, research.signOff?.by?.name, research.dpoAdvice?.by?.name, research.dpoAdvice?.onEarlierVersion]).toEqual(['approved-with-conditions', 'David Achterberg', 'Fatima Begum', false]);
    // Numbered in the order they were started, in the UK year each was started.
    // (The year turns at midnight GMT, so a UTC instant's year is the UK year.)
    const byAge = [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const counted = new Map<string, number>();
    const expected = byAge.map(({ createdAt }) => {
      const year = createdAt.slice(0, 4);
      counted.set(year, (counted.get(year) ?? 0) + 1);
      return `DPIA-${year}-${String(counted.get(year)).padStart(3, '0')}`;
    });
    expect(byAge.map((d) => d.reference)).toEqual(expected);
    expect(counted.size).toBeGreaterThan(1);
    const where = (rule: FlagRule) => report.flags.filter((f) => f.rule === rule).map((f) => f.subject.name);
    expect(where('dpia-review-overdue')).toEqual([`${items.find((d) => d.state === 'review-due')!.reference}: Sharing images with the regional imaging network`]);
    expect(where('dpia-high-residual-risk')).toEqual([`${research.reference}: ${research.title}`]);
  });

  it('loading the demo again changes nothing', async () => {
    const registerAudit = async () =>
      Number(
        (
          await t.app.db
            .selectFrom('audit_events')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where((eb) => eb.or([eb('action', 'like', 'asset.%'), eb('action', 'like', 'supplier.%'), eb('action', 'like', 'register.%')]))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const auditBefore = await registerAudit();
    expect(auditBefore).toBe(40 + 15 + 3);
    const again = await loadDemo(t.app, new Date(), { assessments: false, incidents: false, exercises: false, alerts: false });
    expect(again.registerCreated).toEqual({ assets: 0, suppliers: 0 });
    expect(again.flowsCreated).toBe(0);
    expect(again.dpiasCreated).toBe(0);
    expect((await read<DpiaList>(`/api/v1/orgs/${acute}/dpias`)).items).toHaveLength(6);
    expect((await read<AssetList>(`/api/v1/orgs/${acute}/assets`)).items).toEqual(assets.items);
    expect((await read<SupplierList>(`/api/v1/orgs/${acute}/suppliers`)).items).toEqual(suppliers.items);
    expect((await read<RegisterActionList>(`/api/v1/orgs/${acute}/register-actions`)).items).toHaveLength(2);
    expect(await registerAudit()).toBe(auditBefore);
  });
});
