// Directory accounts over HTTP, on a real database (SQLite or PostgreSQL): an Active Directory export
// and an Entra ID export with the warts of real ones, read through their built-in mappings, matched to
// the staff register, and the findings on a day known exactly; the same findings for the next day
// giving that day's answer; a bad file changing nothing; the same file twice changing nothing; a later
// export removing an account and keeping its history; settings kept with optimistic locking; and who
// may read and change them, in this organisation and another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentSummary, OutcomeDetail } from '../../src/contract/assessments.js';
import type { AccountDetail, AccountList, Directory, DirectorySettings, FindingsReport } from '../../src/contract/directory.js';
import type { ImportRunView as Run } from '../../src/contract/imports.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { AD_AS_OF, AD_FILE_ROWS, AD_ROWS, AD_SECOND_AS_OF, AD_SECOND_ROWS, adExport, ENTRA_ROWS, entraExport, IMAGING_GROUP, IMPOSSIBLE_LOGON_ROW } from '../fixtures/directory/directory-exports.js';
import { AS_OF, esrExtract, FIRST_EXTRACT } from '../fixtures/staff/esr-extracts.js';

let t: TestApp;
let acute: string;
let mentalHealth: string;
let admin: Client;
let auditor: Client;
let analyst: Client;
let mhAdmin: Client;

interface Refusal {
  detail: string;
  errors: Array<{ row: number; column: string; value: string; message: string }>;
}

function upload(client: Client, org: string, kind: string, body: Buffer, query: Record<string, string>) {
  const params = new URLSearchParams({ file: 'export.csv', ...query });
  return client.request('POST', `/api/v1/orgs/${org}/imports/${kind}?${params}`, body, { 'content-type': 'application/octet-stream' });
}

async function read<T>(client: Client, url: string): Promise<T> {
  const res = await client.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

const findings = (asOf: string) => read<FindingsReport>(admin, `/api/v1/orgs/${acute}/directory/findings?asOf=${asOf}`);
/** Each finding with the names of its accounts (people by name for those without one). */
const named = (report: FindingsReport) => Object.fromEntries(report.findings.map((f) => [f.key, f.items.map((i) => i.account?.name ?? i.owner!.name)]));
const counts = (run: Run) => ({ status: run.status, rowsRead: run.rowsRead, inserted: run.inserted, updated: run.updated, unchanged: run.unchanged, rejected: run.rejected });
const heldAccounts = async () => (await t.app.db.selectFrom('directory_accounts').select('id').where('org_id', '=', acute).execute()).length;

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  mentalHealth = await orgId(t.app, 'RZY');
  [admin, auditor, analyst, mhAdmin] = await Promise.all([
    signIn(t.server, 'orgadmin@northshire-acute.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
    signIn(t.server, 'analyst@northshire-acute.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
  ]);
  const staff = await upload(admin, acute, 'staff', esrExtract(FIRST_EXTRACT), { mapping: 'esr', asOf: AS_OF });
  expect(staff.statusCode, staff.body).toBe(201);
});
afterAll(() => t.close());

describe('importing an Active Directory export', () => {
  it('a file with an impossible date changes nothing and names the row, column, value and why', async () => {
    const res = await upload(admin, acute, 'accounts', adExport([...AD_ROWS, IMPOSSIBLE_LOGON_ROW]), { mapping: 'ad', asOf: AD_AS_OF });
    expect(res.statusCode, res.body).toBe(422);
    // The #TYPE line is row 1 and the headings row 2, so the 15th account is row 17.
    expect(res.json<Refusal>().errors.map(({ row, column, value, message }) => ({ row, column, value, message }))).toEqual([
      { row: 17, column: 'LastLogonDate', value: '31/02/2026 10:00:00', message: '31/02/2026 10:00:00 is not a date: February 2026 has 28 days' },
    ]);
    expect(await heldAccounts()).toBe(0);
  });

  it('reads the export through the built-in mapping into the directory it names, collapsing the repeated row', async () => {
    const res = await upload(admin, acute, 'accounts', adExport(AD_FILE_ROWS), { mapping: 'ad', asOf: AD_AS_OF });
    expect(res.statusCode, res.body).toBe(201);
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: 15, inserted: 14, updated: 0, unchanged: 1, rejected: 0 });
    const directories = await read<{ items: Directory[] }>(admin, `/api/v1/orgs/${acute}/directory/directories`);
    expect(directories.items.map((d) => [d.name, d.kind, d.accounts, d.goneAccounts])).toEqual([['Active Directory', 'active-directory', 14, 0]]);
  });

  it('the same file again changes nothing', async () => {
    const res = await upload(admin, acute, 'accounts', adExport(AD_FILE_ROWS), { mapping: 'ad', asOf: AD_AS_OF });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Run>().status).toBe('repeat');
  });

  it('keeps group DNs whole, with the escaped comma inside the CN, from lists joined by semicolons and by line breaks', async () => {
    const ben = (await read<AccountList>(admin, `/api/v1/orgs/${acute}/directory/accounts?q=ben.brown`)).items[0]!;
    const detail = await read<AccountDetail>(admin, `/api/v1/orgs/${acute}/directory/accounts/${ben.id}?asOf=${AD_AS_OF}`);
    expect(detail.groups.map((g) => [g.cn, g.dn])).toEqual([
      ['All Staff', 'CN=All Staff,OU=Groups,DC=northshire,DC=nhs,DC=uk'],
      ['Imaging, Radiology Staff', IMAGING_GROUP],
    ]);
    const chloe = (await read<AccountList>(admin, `/api/v1/orgs/${acute}/directory/accounts?q=chloe`)).items[0]!;
    expect((await read<AccountDetail>(admin, `/api/v1/orgs/${acute}/directory/accounts/${chloe.id}`)).groups.map((g) => g.cn)).toEqual(['All Staff', 'Bank Staff']);
  });

  it('matches the admin account to its owner by the trimmed employee ID, and names its kind from its OU', async () => {
    const list = await read<AccountList>(admin, `/api/v1/orgs/${acute}/directory/accounts?q=alice&asOf=${AD_AS_OF}`);
    expect(list.items.map((a) => [a.name, a.kind, a.privileged, a.owner?.name])).toEqual([
      ['adm-alice.ahmed', 'admin', true, 'Alice Ahmed'],
      ['alice.ahmed', 'staff', false, 'Alice Ahmed'],
    ]);
  });

  it('gives each finding with its accounts, most severe first, on the export’s day', async () => {
    const report = await findings(AD_AS_OF);
    expect(report.findings.map((f) => f.severity)).toEqual(['critical', 'high', 'high', 'high', 'medium', 'medium', 'medium', 'medium', 'medium', 'low', 'low', 'info']);
    expect(named(report)).toEqual({
      'leaver-privileged-logon-after-leaving': ['adm-farah.khan'],
      'leaver-logon-after-leaving': ['adm-farah.khan', 'farah.khan'],
      'leaver-enabled': ['adm-farah.khan', 'farah.khan'],
      'privileged-without-mfa': [],
      dormant: ['Administrator', 'ben.brown'],
      'never-logged-on': ['jsmith.old'],
      'unmatched-employee-id': ['jsmith.old'],
      'shared-accounts': ['shared.ward7'],
      'password-never-expires': ['ben.brown'],
      'person-account-without-employee-id': ['chloe.clarke'],
      // Geo Green and Hana Ito have no account either, but started within the last 28 days.
      'staff-without-account': ['Chloe Clarke'],
      privileged: ['Administrator', 'adm-alice.ahmed', 'adm-farah.khan', 'svc-backup'],
    });
    expect(report.counts).toEqual({ accounts: 14, enabled: 13, privileged: 4, matched: 7 });
    const critical = report.findings[0]!.items[0]!;
    expect(critical.reason).toBe('Farah Khan left on 2026-01-31; the account was last used on 2026-03-20; privileged through Domain Admins');
    expect(critical.owner).toEqual({ employeeNumber: '10000006', name: 'Farah Khan', status: 'leaver', leftOn: '2026-01-31' });
  });

  it('the next day gives that day’s answer: Erin, whose last day was the export’s day, is now a leaver; Chloe is now dormant', async () => {
    const next = named(await findings('2026-04-01'));
    expect(next['leaver-enabled']).toEqual(['adm-farah.khan', 'erin.evans', 'farah.khan']);
    // She last logged on on her last day, not after it.
    expect(next['leaver-logon-after-leaving']).toEqual(['adm-farah.khan', 'farah.khan']);
    expect(next.dormant).toEqual(['Administrator', 'ben.brown', 'chloe.clarke']);
  });

  it('lists accounts by finding and kind', async () => {
    const dormant = await read<AccountList>(admin, `/api/v1/orgs/${acute}/directory/accounts?finding=dormant&asOf=${AD_AS_OF}`);
    expect(dormant.items.map((a) => a.name)).toEqual(['Administrator', 'ben.brown']);
    const builtIn = await read<AccountList>(admin, `/api/v1/orgs/${acute}/directory/accounts?kind=built-in`);
    expect(builtIn.items.map((a) => [a.name, a.enabled])).toEqual([
      ['Administrator', true],
      ['krbtgt', false],
    ]);
  });
});

describe('an Entra ID export', () => {
  it('goes into its own directory, and finds the privileged account without MFA', async () => {
    const res = await upload(admin, acute, 'accounts', entraExport([...ENTRA_ROWS, ENTRA_ROWS[1]!]), { file: 'entra-users.csv', mapping: 'entra', asOf: AD_AS_OF });
    expect(res.statusCode, res.body).toBe(201);
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: 4, inserted: 3, updated: 0, unchanged: 1, rejected: 0 });
    const report = await findings(AD_AS_OF);
    expect(report.directories.map((d) => [d.name, d.kind, d.accounts])).toEqual([
      ['Active Directory', 'active-directory', 14],
      ['Entra ID', 'entra-id', 3],
    ]);
    const found = named(report);
    expect(found['privileged-without-mfa']).toEqual(['admin.alice@northshire.onmicrosoft.com']);
    expect(found['leaver-enabled']).toEqual(['adm-farah.khan', 'farah.khan', 'farah.khan@northshire.nhs.uk']);
  });
});

describe('a later export is the directory as it is then', () => {
  it('an account it leaves out is gone as of that export, kept with the day it was last seen', async () => {
    const res = await upload(admin, acute, 'accounts', adExport(AD_SECOND_ROWS), { mapping: 'ad', asOf: AD_SECOND_AS_OF });
    expect(res.statusCode, res.body).toBe(201);
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: 13, inserted: 0, updated: 1, unchanged: 12, rejected: 0 });
    const gone = await read<AccountList>(admin, `/api/v1/orgs/${acute}/directory/accounts?state=gone&asOf=${AD_SECOND_AS_OF}`);
    expect(gone.items.map((a) => a.name)).toEqual(['jsmith.old']);
    const detail = await read<AccountDetail>(admin, `/api/v1/orgs/${acute}/directory/accounts/${gone.items[0]!.id}`);
    expect([detail.lastSeenAt.slice(0, 10), detail.goneAt!.slice(0, 10)]).toEqual(['2026-03-31', '2026-04-07']);
    const found = named(await findings(AD_SECOND_AS_OF));
    expect(found['unmatched-employee-id']).toEqual([]);
    expect(found['leaver-enabled']).toEqual(['erin.evans', 'farah.khan', 'farah.khan@northshire.nhs.uk']);
  });

  it('the findings for a day before it was found gone still count it', async () => {
    expect(named(await findings(AD_AS_OF))['unmatched-employee-id']).toEqual(['jsmith.old']);
  });

  it('an export older than the one held is refused and changes nothing', async () => {
    const res = await upload(admin, acute, 'accounts', adExport(AD_ROWS.slice(0, 3)), { mapping: 'ad', asOf: AD_AS_OF });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json<Refusal>().detail).toMatch(/older than the one Active Directory already holds/);
    const directories = await read<{ items: Directory[] }>(admin, `/api/v1/orgs/${acute}/directory/directories`);
    expect(directories.items.map((d) => [d.name, d.accounts, d.goneAccounts])).toEqual([
      ['Active Directory', 13, 1],
      ['Entra ID', 3, 0],
    ]);
  });
});

describe('settings', () => {
  it('a rule the organisation adds changes an account’s kind, and a stale save is refused', async () => {
    const settings = await read<DirectorySettings>(admin, `/api/v1/orgs/${acute}/directory/settings`);
    expect([settings.version, settings.dormantDays, settings.kindRules[0]]).toEqual([0, 90, { kind: 'built-in', match: 'name', value: 'Administrator' }]);
    const body = { ...settings, dormantDays: 60, kindRules: [{ kind: 'service', match: 'name', value: 'ben.brown' }, ...settings.kindRules] };
    const first = await admin.request('PUT', `/api/v1/orgs/${acute}/directory/settings`, body);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<DirectorySettings>().version).toBe(1);
    const stale = await admin.request('PUT', `/api/v1/orgs/${acute}/directory/settings`, { ...settings, dormantDays: 30 });
    expect(stale.statusCode, stale.body).toBe(409);
    const found = named(await findings(AD_SECOND_AS_OF));
    // 60 days: Chloe (96 days) and Farah in Entra (77 days) are dormant as well; Ben is a service account now, so not a person's password.
    expect(found.dormant).toEqual(['Administrator', 'ben.brown', 'chloe.clarke', 'farah.khan@northshire.nhs.uk']);
    expect(found['password-never-expires']).toEqual([]);
  });

  it('an auditor may read but not change them', async () => {
    await read<DirectorySettings>(auditor, `/api/v1/orgs/${acute}/directory/settings`);
    const res = await auditor.request('PUT', `/api/v1/orgs/${acute}/directory/settings`, { dormantDays: 10, newStarterGraceDays: 0, privilegedGroups: [], kindRules: [], version: 1 });
    expect(res.statusCode).toBe(403);
  });
});

describe('live evidence on assessment outcomes', () => {
  it('B2.a and B2.d show the directory’s figures as of the day, to readers of the directory only', async () => {
    const seclead = await signIn(t.server, 'seclead@northshire-acute.example');
    const iglead = await signIn(t.server, 'iglead@northshire-acute.example');
    const started = await seclead.post(`/api/v1/orgs/${acute}/assessments`, { catalogue: 'caf@4.0', period: '2026-27' });
    expect(started.statusCode, started.body).toBe(201);
    const outcome = async (client: Client, ref: string) => {
      const res = await client.get(`/api/v1/orgs/${acute}/assessments/${started.json<AssessmentSummary>().id}/outcomes/${ref}?asOf=${AD_SECOND_AS_OF}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<OutcomeDetail>().liveEvidence.filter((f) => f.source === 'Directory accounts').map((f) => [f.key, f.text, f.state, f.link]);
    };
    const link = `/orgs/${acute}/directory/findings`;
    // Only the Entra admin account's MFA is known, and it has none. Dormant at 60 days: Administrator, Ben, Chloe and Farah in Entra.
    expect(await outcome(seclead, 'B2.a')).toEqual([['privileged-accounts-with-mfa', '0 of 1 (0%)', 'attention', link]]);
    expect(await outcome(seclead, 'B2.d')).toEqual([
      ['leavers-with-enabled-accounts', '3', 'attention', link],
      ['dormant-enabled-accounts', '4', 'attention', link],
    ]);
    // The IG lead reads assessments but not the directory.
    expect(await outcome(iglead, 'B2.d')).toEqual([]);
  });
});

describe('who may see the accounts', () => {
  it('a security analyst may read the findings', async () => {
    expect((await read<FindingsReport>(analyst, `/api/v1/orgs/${acute}/directory/findings`)).counts.accounts).toBeGreaterThan(0);
  });

  it.each([
    ['findings', (org: string) => `/api/v1/orgs/${org}/directory/findings`],
    ['accounts', (org: string) => `/api/v1/orgs/${org}/directory/accounts`],
    ['directories', (org: string) => `/api/v1/orgs/${org}/directory/directories`],
    ['settings', (org: string) => `/api/v1/orgs/${org}/directory/settings`],
  ])('another trust’s administrator cannot read its %s: it looks as if it does not exist', async (_, url) => {
    const res = await mhAdmin.get(url(acute));
    expect(res.statusCode).toBe(404);
  });

  it('another trust’s administrator cannot import into it', async () => {
    const res = await upload(mhAdmin, acute, 'accounts', adExport(AD_ROWS), { mapping: 'ad', asOf: AD_SECOND_AS_OF });
    expect(res.statusCode).toBe(404);
    // Their own organisation has no directories.
    expect((await read<{ items: Directory[] }>(mhAdmin, `/api/v1/orgs/${mentalHealth}/directory/directories`)).items).toEqual([]);
  });
});
