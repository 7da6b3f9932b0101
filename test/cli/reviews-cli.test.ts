// `bulwark reviews remind` run as a scheduler runs it, against a real database: without email set up it
// says so and sends nothing; with a real SMTP server it emails each reviewer with outstanding items in
// the organisation's open campaigns once, and on a second run the same day nobody again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReminderOutcome, Review } from '../../src/contract/access-reviews.js';
import { type Client, orgId, signIn } from '../support/app.js';
import { type CliTestApp, createCliTestApp, runBulwark } from '../support/cli.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { adExport } from '../fixtures/directory/directory-exports.js';
import { esrExtract } from '../fixtures/staff/esr-extracts.js';
import { FIRST_AS_OF, FIRST_EXPORT, REVIEW_STAFF, STAFF_AS_OF } from '../fixtures/access-reviews/review-files.js';

let cli: CliTestApp;
let smtp: TestSmtpServer;

function upload(client: Client, org: string, kind: string, body: Buffer, query: Record<string, string>) {
  return client.request('POST', `/api/v1/orgs/${org}/imports/${kind}?${new URLSearchParams({ file: 'export.csv', ...query })}`, body, { 'content-type': 'application/octet-stream' });
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  cli = await createCliTestApp('reviews-cli');
  const acute = await orgId(cli.t.app, 'RZZ');
  const seclead = await signIn(cli.t.server, 'seclead@northshire-acute.example');
  expect((await upload(seclead, acute, 'staff', esrExtract(REVIEW_STAFF), { mapping: 'esr', asOf: STAFF_AS_OF })).statusCode).toBe(201);
  expect((await upload(seclead, acute, 'accounts', adExport(FIRST_EXPORT), { mapping: 'ad', asOf: FIRST_AS_OF })).statusCode).toBe(201);
  const draft = (await seclead.post(`/api/v1/orgs/${acute}/reviews`, { name: 'Spring review', scope: {}, reviewerRule: 'line-manager', dueOn: '2030-01-31' })).json<Review>();
  expect((await seclead.post(`/api/v1/orgs/${acute}/reviews/${draft.id}/start`, { version: draft.version })).statusCode).toBe(200);
});
afterAll(async () => {
  await cli.close();
  await smtp.close();
});

describe('bulwark reviews remind', { timeout: 120_000 }, () => {
  it('says email is not set up, and sends nothing', async () => {
    const run = await runBulwark(['reviews', 'remind', '--org', 'RZZ'], cli.env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Email is not set up (SMTP_URL): nothing was sent.');
    expect(smtp.received).toEqual([]);
  });

  it('emails the three reviewers once, and nobody on a second run the same day', async () => {
    const env = { ...cli.env, SMTP_URL: smtp.url, SMTP_FROM: 'bulwark@northshire-acute.example', BULWARK_PUBLIC_URL: 'https://bulwark.northshire-acute.example' };
    const first = await runBulwark(['reviews', 'remind', '--org', 'RZZ', '--json'], env);
    expect(first.code, first.stderr + first.stdout).toBe(0);
    // Tom Whitfield has the five unassigned, Claire Robson her three, Jo Taylor one.
    expect(JSON.parse(first.stdout) as ReminderOutcome).toEqual({ skipped: null, emailed: 3, items: 9, alreadyToday: 0 });
    expect((await smtp.waitForEmail('manager@northshire-acute.example')).text).toContain('Spring review: 3 to decide, due 2030-01-31');
    const second = await runBulwark(['reviews', 'remind', '--org', 'RZZ', '--json'], env);
    expect(JSON.parse(second.stdout) as ReminderOutcome).toEqual({ skipped: null, emailed: 0, items: 0, alreadyToday: 3 });
    expect(smtp.received).toHaveLength(3);
  });
});
