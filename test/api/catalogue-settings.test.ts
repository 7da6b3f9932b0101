// An organisation's own expected levels and status labels for a catalogue: set by its leads, read by
// anyone who can see the organisation, never shared with another organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgCatalogueSettings } from '../../src/contract/catalogues.js';
import { saveProfile } from '../../src/modules/catalogues/service.js';
import { inTransaction } from '../../src/platform/db/transaction.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let mentalHealth: string;
let orgAdmin: Client;
let staff: Client;
let auditor: Client;
let icsLead: Client;
let mhAdmin: Client;

const settingsUrl = (org: string, catalogue = 'dspt/2025-26') => `/api/v1/orgs/${org}/catalogues/${catalogue}/settings`;
const levelOf = (s: OrgCatalogueSettings, ref: string) => s.expected.find((e) => e.ref === ref);

beforeAll(async () => {
  t = await createTestApp();
  [acute, mentalHealth] = await Promise.all([orgId(t.app, 'RZZ'), orgId(t.app, 'RZY')]);
  [orgAdmin, staff, auditor, icsLead, mhAdmin] = await Promise.all([
    signIn(t.server, 'orgadmin@northshire-acute.example'),
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
    signIn(t.server, 'icslead@northshire-ics.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
  ]);
});
afterAll(() => t.close());

async function current(client: Client, org: string, catalogue?: string): Promise<OrgCatalogueSettings> {
  const res = await client.get(settingsUrl(org, catalogue));
  expect(res.statusCode).toBe(200);
  return res.json<OrgCatalogueSettings>();
}

describe('an organisation’s expected levels', () => {
  it('before anything is set, every outcome has no expected level and the labels are the catalogue’s', async () => {
    const s = await current(staff, acute, 'dspt/2024-25');
    expect(s.version).toBe(0);
    expect(s.baseProfile).toBeNull();
    expect(s.expected).toHaveLength(47);
    expect(s.expected.every((e) => e.level === null && e.source === 'none')).toBe(true);
    expect(levelOf(s, 'A1.a')?.levels.length).toBeGreaterThan(1);
    expect(s.statusLabels.length).toBeGreaterThan(0);
    expect(s.statusLabels.every((l) => l.label === l.catalogueLabel)).toBe(true);
  });

  it('an organisation administrator sets DSPT 2025-26 expected levels and a status label', async () => {
    const before = await current(orgAdmin, acute);
    const label = before.statusLabels[0]!;
    const res = await orgAdmin.put(settingsUrl(acute), { version: 0, expected: { 'A1.a': 'achieved', 'B2.a': 'not-applicable' }, statusLabels: { [label.id]: 'Met in full' } });
    expect(res.statusCode).toBe(200);
    const s = res.json<OrgCatalogueSettings>();
    expect(s.version).toBe(1);
    expect(levelOf(s, 'A1.a')).toMatchObject({ level: 'achieved', source: 'organisation' });
    expect(levelOf(s, 'B2.a')).toMatchObject({ level: 'not-applicable', source: 'organisation' });
    expect(s.statusLabels.find((l) => l.id === label.id)).toMatchObject({ label: 'Met in full', catalogueLabel: label.catalogueLabel });
    expect(levelOf(await current(staff, acute), 'A1.a')?.level).toBe('achieved');
  });

  it('the change is in the audit trail for that organisation', async () => {
    const record = await t.app.db.selectFrom('audit_events').selectAll().where('action', '=', 'catalogue.org-settings').where('org_id', '=', acute).executeTakeFirst();
    expect(record).toMatchObject({ entity_id: 'dspt@2025-26', actor_label: 'orgadmin@northshire-acute.example' });
    expect(JSON.parse(record!.after_json!)).toMatchObject({ expected: { 'A1.a': 'achieved', 'B2.a': 'not-applicable' } });
  });

  it('one organisation’s settings do not change another’s', async () => {
    const other = await current(mhAdmin, mentalHealth);
    expect(other.version).toBe(0);
    expect(levelOf(other, 'A1.a')?.level).toBeNull();
    const res = await mhAdmin.put(settingsUrl(mentalHealth), { version: 0, expected: { 'A1.a': 'not-achieved' } });
    expect(res.statusCode).toBe(200);
    expect(levelOf(await current(orgAdmin, acute), 'A1.a')?.level).toBe('achieved');
    // and a person in one cannot see the other's
    expect((await mhAdmin.get(settingsUrl(acute))).statusCode).toBe(404);
  });

  it('staff and auditors may read but not change them; ICS oversight may read but not change them', async () => {
    for (const client of [staff, auditor, icsLead]) {
      expect((await client.get(settingsUrl(acute))).statusCode).toBe(200);
      const res = await client.put(settingsUrl(acute), { version: 1, expected: { 'A1.a': 'not-achieved' } });
      expect(res.statusCode).toBe(403);
    }
    expect(levelOf(await current(orgAdmin, acute), 'A1.a')?.level).toBe('achieved');
  });

  it('a ref that does not exist and a level the outcome does not allow are both named, and nothing is saved', async () => {
    const res = await orgAdmin.put(settingsUrl(acute), { version: 1, expected: { 'A1.b': 'not-achieved', 'Z9.z': 'achieved', 'A1.a': 'exceeded', A1: 'achieved' } });
    expect(res.statusCode).toBe(422);
    const errors = res.json<{ errors: Array<{ field: string; message: string; value: unknown }> }>().errors;
    expect(errors).toEqual([
      { field: 'expected.Z9.z', value: 'achieved', message: 'no node has the ref "Z9.z"' },
      { field: 'expected.A1.a', value: 'exceeded', message: expect.stringMatching(/^"A1\.a" allows .* not "exceeded"$/) },
      { field: 'expected.A1', value: 'achieved', message: '"A1" is not assessable, so it has no expected level' },
    ]);
    const after = await current(orgAdmin, acute);
    expect(after.version).toBe(1);
    expect(levelOf(after, 'A1.b')?.level).toBeNull();
  });

  it('a save from a stale version is refused with 409 and changes nothing', async () => {
    const res = await orgAdmin.put(settingsUrl(acute), { version: 0, expected: { 'A1.a': 'not-achieved' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/Someone else changed/);
    expect(levelOf(await current(orgAdmin, acute), 'A1.a')?.level).toBe('achieved');
  });

  it('fromProfile copies a catalogue profile as the starting point, with the levels sent winning', async () => {
    await inTransaction(t.app.db, (tx) =>
      saveProfile(tx, { format: 'bulwark.profile/1', catalogue: { catalogue: 'dspt', version: '2025-26' }, id: 'nhs-england', name: 'NHS England profile 2025-26', expected: { 'A1.a': 'not-achieved', 'A2.a': 'achieved', 'C1.a': 'achieved' } }),
    );
    const res = await orgAdmin.put(settingsUrl(acute), { version: 1, fromProfile: 'nhs-england', expected: { 'C1.a': 'not-applicable' } });
    expect(res.statusCode).toBe(200);
    const s = res.json<OrgCatalogueSettings>();
    expect(s.baseProfile).toBe('nhs-england');
    expect(levelOf(s, 'A1.a')?.level).toBe('not-achieved');
    expect(levelOf(s, 'A2.a')?.level).toBe('achieved');
    expect(levelOf(s, 'C1.a')?.level).toBe('not-applicable');
    expect(levelOf(s, 'B2.a')?.level).toBeNull();
    expect((await orgAdmin.put(settingsUrl(acute), { version: 2, fromProfile: 'no-such-profile' })).json().errors[0]).toMatchObject({ field: 'fromProfile', value: 'no-such-profile' });
  });

  it('a catalogue that does not exist is not found', async () => {
    expect((await orgAdmin.get(settingsUrl(acute, 'dspt/2099-00'))).statusCode).toBe(404);
  });
});
