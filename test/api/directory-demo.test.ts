// The demo trust's directories, as someone trying Bulwark sees them: an Active Directory export that
// matches its 200 demo staff and a few cloud admin accounts from Entra ID, brought in through the
// import pipeline, with a few of each finding; loaded once however often the loader runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountList, FindingsReport } from '../../src/contract/directory.js';
import { DEMO_DIRECTORY_CASES, demoAdAccounts, loadDemoDirectory } from '../../src/modules/demo/demo-directory.js';
import { loadDemoStaff } from '../../src/modules/demo/demo-staff.js';
import { findByIdOrOdsCode } from '../../src/modules/organisations/service.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let seclead: Client;
let report: FindingsReport;
const now = new Date();
const ctx = () => ({ db: t.app.db, actor: { userId: null, label: 'demo-loader' }, now });

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  seclead = await signIn(t.server, 'seclead@northshire-acute.example');
  const org = (await findByIdOrOdsCode(t.app.db, 'RZZ'))!;
  await loadDemoStaff(ctx(), org);
  expect(await loadDemoDirectory(ctx(), org)).toBe(demoAdAccounts(now).length + 3);
  const res = await seclead.get(`/api/v1/orgs/${acute}/directory/findings?asOf=${now.toISOString()}`);
  expect(res.statusCode, res.body).toBe(200);
  report = res.json<FindingsReport>();
});
afterAll(() => t.close());

const employee = (index: number) => String(20_000_001 + index);

describe('the demo trust’s directories', () => {
  it('hold its staff’s accounts, admin accounts, service, shared and built-in ones, and cloud admins', () => {
    // 200 staff less 3 without an account, 3 new starters not given one yet and 3 future starters not
    // yet set up; 4 admin accounts; 11 others. Entra: 3.
    expect(report.directories.map((d) => [d.name, d.kind, d.accounts])).toEqual([
      ['Active Directory', 'active-directory', 191 + 4 + 11],
      ['Entra ID', 'entra-id', 3],
    ]);
  });

  it('has a few of each finding, the privileged leaver first', () => {
    const count = Object.fromEntries(report.findings.map((f) => [f.key, f.count]));
    expect(count).toEqual({
      'leaver-privileged-logon-after-leaving': 1,
      'leaver-logon-after-leaving': 2,
      'leaver-enabled': 3,
      'privileged-without-mfa': 1,
      // Five set up so, and the leaver whose account was last used before they left, months ago.
      dormant: 6,
      'never-logged-on': 1,
      'unmatched-employee-id': 1,
      'shared-accounts': 3,
      'password-never-expires': 2,
      'person-account-without-employee-id': 1,
      'staff-without-account': 4,
      privileged: 8,
    });
    const top = report.findings[0]!.items[0]!;
    expect([top.account!.name.startsWith('adm-'), top.owner!.employeeNumber]).toEqual([true, employee(DEMO_DIRECTORY_CASES.privilegedLeaver)]);
  });

  it('current staff without an account are the three set up without one and the one whose account lacks an ID', () => {
    const without = report.findings.find((f) => f.key === 'staff-without-account')!;
    const expected = [...DEMO_DIRECTORY_CASES.withoutAccount, DEMO_DIRECTORY_CASES.withoutEmployeeId].map(employee).sort();
    expect(without.items.map((i) => i.owner!.employeeNumber).sort()).toEqual(expected);
  });

  it('admin accounts share their owners’ employee IDs', async () => {
    const res = await seclead.get(`/api/v1/orgs/${acute}/directory/accounts?kind=admin&directory=Active%20Directory`);
    const admins = res.json<AccountList>();
    expect(admins.items.map((a) => a.owner?.employeeNumber).sort()).toEqual([...DEMO_DIRECTORY_CASES.admins, DEMO_DIRECTORY_CASES.privilegedLeaver].map(employee).sort());
  });

  it('loading again adds nothing', async () => {
    expect(await loadDemoDirectory(ctx(), (await findByIdOrOdsCode(t.app.db, 'RZZ'))!)).toBe(0);
  });
});
