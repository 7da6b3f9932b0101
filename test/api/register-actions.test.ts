// Flags become actions, through the API on both engines: a flag made an action keeps what it said and
// shows on the flag; twenty people clicking at once make one action; a flag the register does not
// raise is refused; another Trust's flags and actions look as if they do not exist; a fixed asset
// leaves its action open with the flag shown cleared; a change from a stale version is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetDetail, FlagReport, RegisterFlag, SupplierDetail } from '../../src/contract/information-assets.js';
import type { FlowDetail } from '../../src/contract/data-flows.js';
import type { RegisterAction, RegisterActionList } from '../../src/contract/register-actions.js';
import { ukDateOf } from '../../src/platform/as-of.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string, mentalHealth: string;
let iglead: Client, iao: Client, seclead: Client, auditor: Client, staff: Client, mhAdmin: Client;
let kiosks: AssetDetail, pharmacy: AssetDetail, cloudPrint: SupplierDetail;

const base = (org = acute) => `/api/v1/orgs/${org}`;
const actions = (org = acute) => `${base(org)}/register-actions`;
/** A calendar date this many days from today (negative: before). */
const daysFromToday = (days: number) => ukDateOf(new Date(Date.now() + days * 86_400_000));

type Answer = { statusCode: number; body: string; json: <J>() => J };
function expectStatus<T>(res: Answer, status: number): T {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

async function flags(client = auditor, query = ''): Promise<RegisterFlag[]> {
  return expectStatus<FlagReport>(await client.get(`${base()}/asset-flags${query}`), 200).flags;
}
async function flagOf(subjectId: string, rule: string): Promise<RegisterFlag> {
  const found = (await flags()).find((f) => f.subject.id === subjectId && f.rule === rule);
  expect(found, `${rule} on ${subjectId}`).toBeDefined();
  return found!;
}
async function actionList(query = ''): Promise<RegisterAction[]> {
  return expectStatus<RegisterActionList>(await auditor.get(`${actions()}${query}`), 200).items;
}

beforeAll(async () => {
  t = await createTestApp();
  [acute, mentalHealth] = await Promise.all([orgId(t.app, 'RZZ'), orgId(t.app, 'RZY')]);
  [iglead, iao, seclead, auditor, staff, mhAdmin] = await Promise.all([
    signIn(t.server, 'iglead@northshire-acute.example'),
    signIn(t.server, 'iao@northshire-acute.example'),
    signIn(t.server, 'seclead@northshire-acute.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
  ]);
  cloudPrint = expectStatus<SupplierDetail>(
    await iglead.post(`${base()}/suppliers`, {
      name: 'Cloudprint Services',
      dsptStatus: 'standards-met',
      dsptYear: '2024-25',
      // Expired ten days ago: as of fifteen days ago it was expiring, as of today it has expired.
      certifications: [
        { scheme: 'cyber-essentials', number: 'CE-77', expiresOn: daysFromToday(-10) },
        { scheme: 'cyber-essentials-plus', number: 'CEP-77', expiresOn: daysFromToday(-10) },
      ],
    }),
    201,
  );
  // Nobody owns the kiosks; the pharmacy system's support ended years ago.
  kiosks = expectStatus<AssetDetail>(await iglead.post(`${base()}/assets`, { name: 'Ward kiosks', type: 'device-class', criticality: 'low', encryptionAtRest: 'yes' }), 201);
  pharmacy = expectStatus<AssetDetail>(
    await iglead.post(`${base()}/assets`, { name: 'Pharmacy stock system', type: 'system', criticality: 'medium', ownerId: iao.userId, supportEndsOn: '2020-03-31', encryptionAtRest: 'yes' }),
    201,
  );
});
afterAll(() => t.close());

describe('a flag becomes an action', () => {
  it('keeps the flag’s rule, subject and reason, with its owner and due date, and is audited', async () => {
    const flag = await flagOf(kiosks.id, 'no-owner');
    expect(flag).toMatchObject({ key: `no-owner:asset:${kiosks.id}`, actionId: null, actionStatus: null });
    const action = expectStatus<RegisterAction>(await iglead.post(actions(), { flagKey: flag.key, ownerId: iao.userId, dueOn: '2030-01-31' }), 201);
    expect(action).toMatchObject({
      flagKey: flag.key,
      rule: 'no-owner',
      severity: 'medium',
      subject: { kind: 'asset', id: kiosks.id, name: 'Ward kiosks' },
      title: flag.reason,
      ownerId: iao.userId,
      ownerName: 'Mark Donnelly',
      dueOn: '2030-01-31',
      status: 'open',
      closedAt: null,
      flagCleared: false,
      version: 1,
    });
    expect(await actionList()).toEqual([action]);
    const audit = await t.app.db.selectFrom('audit_events').selectAll().where('entity_id', '=', action.id).execute();
    expect(audit.map((a) => [a.action, a.entity_type])).toEqual([['register.action-create', 'register-action']]);
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ flag_key: flag.key, owner_id: iao.userId, due_on: '2030-01-31', status: 'open' });
  });

  it('shows on the flag in the report and on the asset, so the page can say the action is open', async () => {
    const [action] = await actionList();
    expect(await flagOf(kiosks.id, 'no-owner')).toMatchObject({ actionId: action!.id, actionStatus: 'open' });
    const asset = expectStatus<AssetDetail>(await auditor.get(`${base()}/assets/${kiosks.id}`), 200);
    expect(asset.flags.map((f) => [f.rule, f.actionId, f.actionStatus])).toEqual([['no-owner', action!.id, 'open']]);
    // The pharmacy system's flag has no action yet.
    expect((await flagOf(pharmacy.id, 'unsupported')).actionId).toBeNull();
  });

  it('twenty people making the same flag an action at once make one action: one 201, nineteen 409', async () => {
    const flag = await flagOf(pharmacy.id, 'unsupported');
    const people = [iglead, iao, seclead, iglead, iao];
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => people[i % people.length]!.post(actions(), { flagKey: flag.key })));
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([201, ...Array<number>(19).fill(409)]);
    expect(answers.find((a) => a.statusCode === 409)!.json<{ detail: string }>().detail).toMatch(/already been made an action/);
    expect((await actionList()).filter((a) => a.flagKey === flag.key)).toHaveLength(1);
    const audited = await t.app.db.selectFrom('audit_events').select('entity_id').where('action', '=', 'register.action-create').execute();
    expect(audited).toHaveLength(2);
  });

  it('tells two certificates of one supplier apart: each of its expired certificates can become its own action', async () => {
    const expired = (await flags()).filter((f) => f.subject.id === cloudPrint.id && f.rule === 'certification-expired');
    expect(expired.map((f) => f.key)).toEqual([`certification-expired:supplier:${cloudPrint.id}:cyber-essentials`, `certification-expired:supplier:${cloudPrint.id}:cyber-essentials-plus`]);
    for (const flag of expired) expectStatus<RegisterAction>(await seclead.post(actions(), { flagKey: flag.key }), 201);
    const supplier = expectStatus<SupplierDetail>(await auditor.get(`${base()}/suppliers/${cloudPrint.id}`), 200);
    expect(supplier.flags.map((f) => f.actionStatus)).toEqual(['open', 'open']);
  });

  it('a data flow’s flag becomes an action too, and shows on the flow', async () => {
    const flow = expectStatus<FlowDetail>(
      await iglead.post(`${base()}/data-flows`, { name: 'Kiosk check-in lists by email', from: { assetId: kiosks.id }, to: { party: 'Northshire Community Trust' }, dataCategories: ['identifiers'], dataSubjects: ['patients'], purpose: 'Clinic lists', lawfulBasis: 'public-task', transferMethod: 'email', encryptedInTransit: 'no', agreementType: 'data-sharing-agreement' }),
      201,
    );
    const unencrypted = await flagOf(flow.id, 'flow-unencrypted');
    expect(unencrypted.key).toBe(`flow-unencrypted:flow:${flow.id}`);
    const action = expectStatus<RegisterAction>(await iglead.post(actions(), { flagKey: unencrypted.key }), 201);
    expect(action).toMatchObject({ rule: 'flow-unencrypted', subject: { kind: 'flow', id: flow.id, name: 'Kiosk check-in lists by email' }, flagCleared: false });
    const shown = expectStatus<FlowDetail>(await auditor.get(`${base()}/data-flows/${flow.id}`), 200);
    expect(shown.flags.find((f) => f.rule === 'flow-unencrypted')).toMatchObject({ actionId: action.id, actionStatus: 'open' });
    expect((await actionList('?subjectKind=flow')).map((a) => a.id)).toEqual([action.id]);
  });

  it('a flag read as of an earlier day may be made an action; one it no longer raises shows as cleared', async () => {
    const asOf = daysFromToday(-15);
    const expiring = (await flags(auditor, `?asOf=${asOf}`)).find((f) => f.subject.id === cloudPrint.id && f.rule === 'certification-expiring')!;
    const refusedToday = await iglead.post(actions(), { flagKey: expiring.key });
    expect(refusedToday.statusCode).toBe(422);
    const action = expectStatus<RegisterAction>(await iglead.post(actions(), { flagKey: expiring.key, asOf }), 201);
    // As of now the certificate has expired rather than expiring: that flag has gone.
    expect(action).toMatchObject({ rule: 'certification-expiring', flagCleared: true, status: 'open' });
  });
});

describe('refusals', () => {
  it('a flag the register does not raise cannot be made an action, and nothing is stored', async () => {
    const before = (await actionList()).length;
    const res = await iglead.post(actions(), { flagKey: `no-owner:asset:${pharmacy.id}` });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ errors: Array<{ field: string; message: string }> }>().errors).toEqual([
      expect.objectContaining({ field: 'flagKey', message: expect.stringMatching(/^The register raises no flag with this key as of \d{4}-\d{2}-\d{2}/) }),
    ]);
    expect(await actionList()).toHaveLength(before);
  });

  it('the owner must be someone in this organisation', async () => {
    const res = await iglead.post(actions(), { flagKey: (await flagOf(pharmacy.id, 'unsupported')).key, ownerId: mhAdmin.userId });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toEqual(['ownerId']);
    const [action] = await actionList(`?subjectId=${pharmacy.id}`);
    const change = await iglead.patch(`${actions()}/${action!.id}`, { ownerId: mhAdmin.userId, version: action!.version });
    expect(change.statusCode).toBe(422);
    expect(change.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toEqual(['ownerId']);
  });

  it('an auditor may read the actions but not make or change them; staff may not read them', async () => {
    const [action] = await actionList();
    expect((await auditor.post(actions(), { flagKey: (await flagOf(pharmacy.id, 'unsupported')).key })).statusCode).toBe(403);
    expect((await auditor.patch(`${actions()}/${action!.id}`, { status: 'done', version: action!.version })).statusCode).toBe(403);
    expect((await staff.get(actions())).statusCode).toBe(403);
  });
});

describe('another organisation', () => {
  it.each([
    ['list the actions', (c: Client) => c.get(actions(acute))],
    ['make one of the flags an action', async (c: Client) => c.post(actions(acute), { flagKey: `unsupported:asset:${pharmacy.id}` })],
    ['change an action', async (c: Client) => c.patch(`${actions(acute)}/${(await actionList())[0]!.id}`, { status: 'done', version: 1 })],
  ])('cannot %s: it looks as if it does not exist', async (_, call) => {
    const res = await call(mhAdmin);
    expect(res.statusCode).toBe(404);
  });

  it('cannot make a flag of this Trust an action under its own, nor reach this Trust’s action from there', async () => {
    const res = await mhAdmin.post(actions(mentalHealth), { flagKey: `no-owner:asset:${kiosks.id}` });
    expect(res.statusCode).toBe(422);
    const [action] = await actionList(`?subjectId=${kiosks.id}`);
    expect((await mhAdmin.patch(`${actions(mentalHealth)}/${action!.id}`, { status: 'done', version: action!.version })).statusCode).toBe(404);
    expect(expectStatus<RegisterActionList>(await mhAdmin.get(actions(mentalHealth)), 200).items).toEqual([]);
    expect((await actionList(`?subjectId=${kiosks.id}`))[0]).toEqual(action);
  });
});

describe('when the flag goes', () => {
  it('a fixed asset leaves its action open, shown with its flag cleared, for a reviewer to close', async () => {
    const fixed = expectStatus<AssetDetail>(await iglead.patch(`${base()}/assets/${kiosks.id}`, { ownerName: 'Head of nursing informatics', version: kiosks.version }), 200);
    expect(fixed.flags).toEqual([]);
    const [action] = await actionList(`?subjectId=${kiosks.id}`);
    expect(action).toMatchObject({ status: 'open', closedAt: null, flagCleared: true, title: 'No Information Asset Owner is named: every asset needs someone accountable for it.' });
    expect((await flags()).some((f) => f.key === action!.flagKey)).toBe(false);
  });

  it('closing it sets when, and reopening clears it; each change is audited with what it was', async () => {
    const [action] = await actionList(`?subjectId=${kiosks.id}`);
    const done = expectStatus<RegisterAction>(await iao.patch(`${actions()}/${action!.id}`, { status: 'done', version: action!.version }), 200);
    expect(done).toMatchObject({ status: 'done', version: 2, flagCleared: true });
    expect(done.closedAt).not.toBeNull();
    expect((await actionList('?status=done')).map((a) => a.id)).toEqual([action!.id]);
    const reopened = expectStatus<RegisterAction>(await iao.patch(`${actions()}/${action!.id}`, { status: 'in-progress', version: done.version }), 200);
    expect(reopened).toMatchObject({ status: 'in-progress', closedAt: null, version: 3 });
    const audit = await t.app.db.selectFrom('audit_events').selectAll().where('entity_id', '=', action!.id).where('action', '=', 'register.action-change').orderBy('seq').execute();
    expect(audit.map((a) => [JSON.parse(a.before_json!), JSON.parse(a.after_json!)])).toEqual([
      [{ status: 'open', closed_at: null }, { status: 'done', closed_at: done.closedAt }],
      [{ status: 'done', closed_at: done.closedAt }, { status: 'in-progress', closed_at: null }],
    ]);
  });

  it('a change from a stale version is refused with the action as it is and who changed it', async () => {
    const [action] = await actionList(`?subjectId=${pharmacy.id}`);
    expectStatus<RegisterAction>(await iao.patch(`${actions()}/${action!.id}`, { dueOn: '2030-06-30', version: action!.version }), 200);
    const stale = await iglead.patch(`${actions()}/${action!.id}`, { status: 'done', version: action!.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ changedBy: 'Mark Donnelly', current: { id: action!.id, dueOn: '2030-06-30', status: 'open', version: action!.version + 1 } });
    expect((await actionList(`?subjectId=${pharmacy.id}`))[0]).toMatchObject({ status: 'open', dueOn: '2030-06-30' });
  });

  it('lists by subject and status', async () => {
    expect((await actionList(`?subjectKind=supplier`)).every((a) => a.subject.kind === 'supplier')).toBe(true);
    expect((await actionList(`?subjectKind=supplier`)).length).toBe(3);
    expect((await actionList('?status=in-progress')).map((a) => a.subject.name)).toEqual(['Ward kiosks']);
  });
});
