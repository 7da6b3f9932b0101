// `bulwark dpias list` run as a person runs it, against a real database: the organisation's DPIAs
// with where each stands and what it covers, as JSON and as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DpiaDetail, DpiaList } from '../../src/contract/dpias.js';
import { orgId, signIn } from '../support/app.js';
import { type CliTestApp, createCliTestApp, runBulwark } from '../support/cli.js';

let cli: CliTestApp;
let env: Record<string, string>;
let dpia: DpiaDetail;

beforeAll(async () => {
  cli = await createCliTestApp('dpias-cli');
  ({ env } = cli);
  const acute = await orgId(cli.t.app, 'RZZ');
  const iao = await signIn(cli.t.server, 'iao@northshire-acute.example');
  const asset = await iao.post(`/api/v1/orgs/${acute}/assets`, { name: 'Electronic patient record', type: 'system', criticality: 'critical' });
  const started = await iao.post(`/api/v1/orgs/${acute}/dpias`, { title: 'Shared care record' });
  const d = started.json<DpiaDetail>();
  const screened = await iao.put(`/api/v1/orgs/${acute}/dpias/${d.id}/screening`, { answers: { 'vulnerable-people': true }, version: d.version });
  const linked = await iao.put(`/api/v1/orgs/${acute}/dpias/${d.id}/links`, { assetIds: [asset.json<{ id: string }>().id], flowIds: [], version: screened.json<DpiaDetail>().version });
  expect(linked.statusCode, linked.body).toBe(200);
  dpia = linked.json<DpiaDetail>();
});
afterAll(() => cli.close());

describe('bulwark dpias list', { timeout: 120_000 }, () => {
  it('lists the DPIAs with their state and what each covers', async () => {
    const json = await runBulwark(['dpias', 'list', '--org', 'RZZ', '--json'], env);
    expect(json.code, json.stderr).toBe(0);
    const list = JSON.parse(json.stdout) as DpiaList;
    expect(list.items.map((d) => [d.reference, d.state, d.assets.map((a) => a.name)])).toEqual([[dpia.reference, 'in-progress', ['Electronic patient record']]]);

    const text = await runBulwark(['dpias', 'list', '--org', 'RZZ'], env);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`${dpia.reference}\\s+In progress\\s+Shared care record`));
    expect(text.stdout).toContain('covers Electronic patient record');
  });
});
