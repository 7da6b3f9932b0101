// `bulwark cyber-alerts list` and `remind` as a head of cyber security's script and cron run them,
// against a real database: the overdue list at --as-of, a bad option named, and the reminders given
// once however often the command runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CyberAlertList } from '../../src/contract/cyber-alerts.js';
import { orgId, signIn } from '../support/app.js';
import { type CliTestApp, createCliTestApp, runBulwark } from '../support/cli.js';

let cli: CliTestApp;

beforeAll(async () => {
  cli = await createCliTestApp('cyber-alerts-cli');
  const acute = await orgId(cli.t.app, 'RZZ');
  const analyst = await signIn(cli.t.server, 'analyst@northshire-acute.example');
  for (const [reference, issuedAt] of [['CC-6001', '2026-05-01T09:00:00Z'], ['CC-6002', '2026-05-02T09:00:00Z']]) {
    const res = await analyst.post(`/api/v1/orgs/${acute}/cyber-alerts`, { reference, title: `Invented alert ${reference}`, severity: 'high', issuedAt });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(() => cli.close());

describe('bulwark cyber-alerts', { timeout: 120_000 }, () => {
  it('lists the alerts overdue to acknowledge at --as-of, and names a bad option', async () => {
    const run = await runBulwark(['cyber-alerts', 'list', '--org', 'RZZ', '--overdue', 'acknowledgement', '--as-of', '2026-05-03T12:00:00Z', '--json'], cli.env);
    expect(run.code, run.stderr).toBe(0);
    const list = JSON.parse(run.stdout) as CyberAlertList;
    expect(list.items.map((a) => a.reference)).toEqual(['CC-6001']);
    expect(list.counts).toEqual({ open: 2, acknowledgementOverdue: 1, remediationOverdue: 0, awaitingApplicability: 2 });
    const text = await runBulwark(['cyber-alerts', 'list', '--org', 'RZZ', '--as-of', '2026-05-03T12:00:00Z'], cli.env);
    expect(text.stdout).toContain('2 open; 1 overdue to acknowledge');
    expect(text.stdout).toMatch(/CC-6001\s+high\s+new\s+2026-05-01\s+remediate by 2026-05-15\s+Invented alert CC-6001\s+\(acknowledgement overdue\)/);
    const bad = await runBulwark(['cyber-alerts', 'list', '--org', 'RZZ', '--overdue', 'later'], cli.env);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--overdue');
  });

  it('reminds the head of cyber security once of each alert', async () => {
    const first = await runBulwark(['cyber-alerts', 'remind', '--as-of', '2026-05-03T22:00:00Z', '--json'], cli.env);
    expect(first.code, first.stderr).toBe(0);
    // CC-6001 overdue, CC-6002 due within 12 hours (at 09:00 the next day); one head of cyber security in the demo trust.
    expect(JSON.parse(first.stdout)).toEqual({ alerts: 2, created: 2, emailed: 0 });
    const again = await runBulwark(['cyber-alerts', 'remind', '--as-of', '2026-05-03T22:00:00Z'], cli.env);
    expect(again.stdout.trim()).toBe('2 open alerts checked; 0 reminders given (0 by email).');
  });
});
