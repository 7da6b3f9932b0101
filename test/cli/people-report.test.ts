// `bulwark people report`: the staff register, training compliance and directory findings of one
// organisation on a day, from the generated ESR, e-learning and Active Directory files whose answers
// are known exactly, for two days. The register holds both the staff fixture's people (whom the
// directory export is written for) and the training fixture's (whom the e-learning export is), so each
// figure below is the sum of the two fixtures' answers, worked out in the comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeopleReport } from '../../src/contract/people-report.js';
import { AD_AS_OF, AD_FILE_ROWS, adExport } from '../fixtures/directory/directory-exports.js';
import { esrExtract, FIRST_EXTRACT } from '../fixtures/staff/esr-extracts.js';
import { AS_OF, FILE_ROWS, olmExport, TRAINING_STAFF } from '../fixtures/training/elearning-exports.js';
import { orgId, signIn } from '../support/app.js';
import { type CliTestApp, createCliTestApp, runBulwark } from '../support/cli.js';

let cli: CliTestApp;

async function importFile(kind: string, mapping: string, body: Buffer) {
  const admin = await signIn(cli.t.server, 'orgadmin@northshire-acute.example');
  const acute = await orgId(cli.t.app, 'RZZ');
  const res = await admin.request('POST', `/api/v1/orgs/${acute}/imports/${kind}?file=${kind}.csv&mapping=${mapping}&asOf=${AS_OF}`, body, { 'content-type': 'application/octet-stream' });
  expect(res.statusCode, res.body).toBe(201);
}

async function report(asOf: string): Promise<PeopleReport> {
  const run = await runBulwark(['--as-of', asOf, 'people', 'report', '--org', 'RZZ', '--json'], cli.env);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as PeopleReport;
}

const named = (r: PeopleReport) => Object.fromEntries(r.accounts.findings.map((f) => [f.key, f.accounts]));

beforeAll(async () => {
  cli = await createCliTestApp('people-report');
  expect(AD_AS_OF).toBe(AS_OF);
  await importFile('staff', 'esr', esrExtract([...FIRST_EXTRACT, ...TRAINING_STAFF]));
  await importFile('training', 'olm', olmExport(FILE_ROWS));
  await importFile('accounts', 'ad', adExport(AD_FILE_ROWS));
}, 120_000);
afterAll(() => cli.close());

describe('bulwark people report', { timeout: 120_000 }, () => {
  it('gives the register, compliance and every account finding as of the files’ day', async () => {
    const r = await report(AS_OF);
    expect(r.day).toBe(AS_OF);
    // Staff fixture: 6 current (2 new), 1 leaver, 1 future. Training fixture: 13 current (2 new), 1 leaver, 1 future.
    expect(r.staff).toEqual({ current: 19, newStarters: 4, futureStarters: 2, leavers: 2, total: 23 });
    // The training fixture's 8 of 11, and the staff fixture's four current people who are not new
    // (Alice, Ben, Chloe, Erin) have no completions.
    expect(r.training.overall).toMatchObject({ compliant: 8, staff: 15, percent: 53.3, belowTarget: true });
    expect(r.training.targetPercent).toBe(95);
    // The agency nurse without an employee number and the locum ESR does not hold.
    expect(r.training.unmatched.count).toBe(2);
    expect(r.training.unmatched.records.map((u) => u.name).sort()).toEqual(['Bola Adebayo (Agency)', 'Dr Kim Locum']);
    expect(r.training.departments[0]!.belowTarget).toBe(true);

    const found = named(r);
    expect(found['leaver-privileged-logon-after-leaving']).toEqual(['adm-farah.khan']);
    expect(found['leaver-enabled']).toEqual(['adm-farah.khan', 'farah.khan']);
    expect(found['unmatched-employee-id']).toEqual(['jsmith.old']);
    expect(found.privileged).toEqual(['Administrator', 'adm-alice.ahmed', 'adm-farah.khan', 'svc-backup']);
    // Chloe (her account has no employee ID) and the training fixture's 11 current people who are not
    // new: none has an account. Geo, Hana, Vic and Wes started within the 28 days' grace.
    expect(found['staff-without-account']).toHaveLength(12);
    expect(found['staff-without-account']).toContain('Chloe Clarke');
    expect(r.accounts.counts).toEqual({ accounts: 14, enabled: 13, privileged: 4, matched: 7 });
    expect(r.accounts.findings[0]).toMatchObject({ severity: 'critical', count: 1 });
  });

  it('gives another day’s figures for another --as-of', async () => {
    const r = await report('2026-04-04');
    // Erin's last day was 31 March; Hana, 31 days in, is no longer new; Geo, Vic and Wes still are.
    expect(r.staff).toEqual({ current: 18, newStarters: 3, futureStarters: 2, leavers: 3, total: 23 });
    // The training fixture's 6 of 11 on 4 April; Alice, Ben, Chloe and now Hana have no completions.
    expect(r.training.overall).toMatchObject({ compliant: 6, staff: 15, percent: 40 });
    const found = named(r);
    expect(found['leaver-enabled']).toEqual(['adm-farah.khan', 'erin.evans', 'farah.khan']);
    // Hana is past the grace now.
    expect(found['staff-without-account']).toHaveLength(13);
    expect(found['staff-without-account']).toContain('Hana Ito');
  });

  it('says which organisation it needs', async () => {
    const run = await runBulwark(['people', 'report', '--json'], cli.env);
    expect(run.code).not.toBe(0);
    expect(run.stderr + run.stdout).toMatch(/Say which organisation/);
  });
});
