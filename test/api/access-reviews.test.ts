// Access-review campaigns over HTTP, on a real database (SQLite or PostgreSQL): a staff register and an
// Active Directory export whose reviewers are known exactly; a campaign by line manager started with
// each account's reviewer found through the register and the organisation's people, and the ones no
// rule places given to its starter as unassigned; reviewers seeing and deciding only their own items;
// reasons, stale versions and two decisions at once; the figures on a day after the due date;
// reminders through a real SMTP server once a day; closing into actions that a later import closes;
// the evidence pack read back from its files; campaigns from a finding and for privileged accounts;
// and who may do what, in this organisation and another.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReminderOutcome, Review, ReviewAction, ReviewItem } from '../../src/contract/access-reviews.js';
import type { Directory } from '../../src/contract/directory.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { pdfText } from '../support/pdf-text.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { adExport } from '../fixtures/directory/directory-exports.js';
import { esrExtract } from '../fixtures/staff/esr-extracts.js';
import { FIRST_AS_OF, FIRST_EXPORT, REVIEW_STAFF, SECOND_AS_OF, SECOND_EXPORT, STAFF_AS_OF } from '../fixtures/access-reviews/review-files.js';

let t: TestApp;
let smtp: TestSmtpServer;
let acute: string;
let mentalHealth: string;
let seclead: Client;
let manager: Client;
let jo: Client;
let auditor: Client;
let siro: Client;
let mhAdmin: Client;
let directoryId: string;
let campaign: Review;

const DUE = '2030-01-31';
const reviews = () => `/api/v1/orgs/${acute}/reviews`;

function upload(client: Client, kind: string, body: Buffer, query: Record<string, string>) {
  const params = new URLSearchParams({ file: 'export.csv', ...query });
  return client.request('POST', `/api/v1/orgs/${acute}/imports/${kind}?${params}`, body, { 'content-type': 'application/octet-stream' });
}

async function read<T>(client: Client, url: string): Promise<T> {
  const res = await client.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

const itemsOf = async (client: Client, query = '') => (await read<{ items: ReviewItem[] }>(client, `${reviews()}/${campaign.id}/items${query}`)).items;
const byName = (items: ReviewItem[], name: string) => items.find((i) => i.account.name === name)!;
const decide = (client: Client, item: ReviewItem, decision: string, reason: string | null, version = item.version) =>
  client.put(`${reviews()}/${campaign.id}/items/${item.id}/decision`, { decision, reason, version });
const reviewerCounts = (review: Review) => review.figures.byReviewer.map((r) => [r.reviewer.name, r.items, r.outstanding, r.unassigned]);

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { SMTP_URL: smtp.url, SMTP_FROM: 'bulwark@northshire-acute.example', BULWARK_PUBLIC_URL: 'https://bulwark.northshire-acute.example' } });
  acute = await orgId(t.app, 'RZZ');
  mentalHealth = await orgId(t.app, 'RZY');
  [seclead, manager, jo, auditor, siro, mhAdmin] = await Promise.all([
    signIn(t.server, 'seclead@northshire-acute.example'),
    signIn(t.server, 'manager@northshire-acute.example'),
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
    signIn(t.server, 'siro@northshire-acute.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
  ]);
  const staff = await upload(seclead, 'staff', esrExtract(REVIEW_STAFF), { mapping: 'esr', asOf: STAFF_AS_OF });
  expect(staff.statusCode, staff.body).toBe(201);
  const accounts = await upload(seclead, 'accounts', adExport(FIRST_EXPORT), { mapping: 'ad', asOf: FIRST_AS_OF });
  expect(accounts.statusCode, accounts.body).toBe(201);
  directoryId = (await read<{ items: Directory[] }>(seclead, `/api/v1/orgs/${acute}/directory/directories`)).items[0]!.id;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('setting up and starting a campaign', () => {
  it('refuses a due date the calendar does not have, and a person rule with nobody named', async () => {
    const bad = await seclead.post(reviews(), { name: 'Q1', scope: { directoryId }, reviewerRule: 'line-manager', dueOn: '2030-02-31' });
    expect(bad.statusCode, bad.body).toBe(422);
    const nobody = await seclead.post(reviews(), { name: 'Q1', scope: {}, reviewerRule: 'person', dueOn: DUE });
    expect(nobody.statusCode, nobody.body).toBe(422);
  });

  it('is set up as a draft by the head of cyber security, and started with each account’s reviewer found by line manager', async () => {
    const res = await seclead.post(reviews(), { name: 'AD spring', scope: { directoryId }, reviewerRule: 'line-manager', dueOn: DUE });
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json<Review>();
    expect([draft.state, draft.figures.items, draft.version]).toEqual(['draft', 0, 1]);
    // Renamed while a draft; a change against the old version is refused.
    const renamed = await seclead.put(`${reviews()}/${draft.id}`, { name: 'Active Directory, spring 2026', scope: { directoryId }, reviewerRule: 'line-manager', dueOn: DUE, version: 1 });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await seclead.put(`${reviews()}/${draft.id}`, { name: 'Stale', scope: {}, reviewerRule: 'line-manager', dueOn: DUE, version: 1 })).statusCode).toBe(409);
    const started = await seclead.post(`${reviews()}/${draft.id}/start`, { version: 2 });
    expect(started.statusCode, started.body).toBe(200);
    campaign = started.json<Review>();
    expect([campaign.state, campaign.startedBy?.name, campaign.figures.items, campaign.figures.unassigned, campaign.figures.outstanding]).toEqual(['open', 'Tom Whitfield', 9, 5, 9]);
    // Claire by her email whatever its case; Finn's manager has no account; nobody manages Claire, Gus or Jo; the service account has no owner.
    expect(reviewerCounts(campaign)).toEqual([
      ['Tom Whitfield', 5, 5, 5],
      ['Claire Robson', 3, 3, 0],
      ['Jo Taylor', 1, 1, 0],
    ]);
  });

  it('keeps each account as it stood when the campaign started: kind, privilege, groups with an escaped comma, last logon', async () => {
    const adm = byName(await itemsOf(seclead), 'adm-dan.reed');
    expect([adm.account.kind, adm.account.privileged, adm.account.groups, adm.account.lastLogonAt, adm.owner, adm.reviewer.name, adm.reviewerVia]).toEqual([
      'admin',
      true,
      ['All Staff', 'Domain Admins'],
      '2026-03-31T08:15:00.000Z',
      { employeeNumber: '20000002', name: 'Dan Reed' },
      'Claire Robson',
      'line-manager',
    ]);
    expect(byName(await itemsOf(seclead), 'dan.reed').account.groups).toEqual(['All Staff', 'Finance, Payroll']);
  });

  it('starting twice, or changing it once started, is refused', async () => {
    const res = await seclead.post(`${reviews()}/${campaign.id}/start`, { version: campaign.version });
    expect(res.statusCode, res.body).toBe(409);
    expect((await seclead.put(`${reviews()}/${campaign.id}`, { name: 'Later', scope: {}, reviewerRule: 'line-manager', dueOn: DUE, version: campaign.version })).statusCode).toBe(409);
  });
});

describe('who sees which items', () => {
  it('a line manager sees only their own items, and the campaign’s figures for them', async () => {
    expect((await itemsOf(manager)).map((i) => i.account.name)).toEqual(['adm-dan.reed', 'dan.reed', 'eve.stone']);
    const [mine] = (await read<{ items: Review[] }>(manager, reviews())).items;
    expect([mine!.seesAll, mine!.figures.items, reviewerCounts(mine!)]).toEqual([false, 3, [['Claire Robson', 3, 3, 0]]]);
    expect((await itemsOf(jo)).map((i) => i.account.name)).toEqual(['hana.moss']);
  });

  it('another reviewer’s item is absent from the list and cannot be decided (404)', async () => {
    const hana = byName(await itemsOf(seclead), 'hana.moss');
    expect((await itemsOf(manager)).some((i) => i.id === hana.id)).toBe(false);
    const res = await decide(manager, hana, 'keep', null);
    expect(res.statusCode, res.body).toBe(404);
  });

  it('someone who reviews nothing in it does not see the campaign at all', async () => {
    expect((await read<{ items: Review[] }>(siro, reviews())).items).toEqual([]);
    expect((await siro.get(`${reviews()}/${campaign.id}`)).statusCode).toBe(404);
  });

  it('an auditor reads every item but decides none', async () => {
    expect(await itemsOf(auditor)).toHaveLength(9);
    const res = await decide(auditor, byName(await itemsOf(auditor), 'dan.reed'), 'keep', null);
    expect(res.statusCode, res.body).toBe(403);
  });

  it('only owners set up campaigns', async () => {
    expect((await manager.post(reviews(), { name: 'Mine', scope: {}, reviewerRule: 'line-manager', dueOn: DUE })).statusCode).toBe(403);
    expect((await auditor.post(`${reviews()}/${campaign.id}/close`, { version: campaign.version })).statusCode).toBe(403);
  });

  it.each([
    ['list the campaigns', (c: Client) => c.get(reviews())],
    ['read the campaign', (c: Client) => c.get(`${reviews()}/${campaign.id}`)],
    ['read its items', (c: Client) => c.get(`${reviews()}/${campaign.id}/items`)],
    ['set up a campaign', (c: Client) => c.post(reviews(), { name: 'Theirs', scope: {}, reviewerRule: 'line-manager', dueOn: DUE })],
    ['take the evidence pack', (c: Client) => c.get(`${reviews()}/${campaign.id}/evidence.xlsx`)],
  ])('another organisation’s administrator cannot %s: it looks as if it does not exist', async (_, call) => {
    const res = await call(mhAdmin);
    expect(res.statusCode).toBe(404);
    expect(res.json<{ detail: string }>().detail).toMatch(/no organisation with that id, or you do not have access/);
  });

  it('nor read it through their own organisation', async () => {
    expect((await mhAdmin.get(`/api/v1/orgs/${mentalHealth}/reviews/${campaign.id}`)).statusCode).toBe(404);
  });
});

describe('deciding', () => {
  it('revoking without a reason is refused, and so is keeping a privileged account without one', async () => {
    const mine = await itemsOf(manager);
    expect((await decide(manager, byName(mine, 'dan.reed'), 'revoke', '  ')).statusCode).toBe(422);
    expect((await decide(manager, byName(mine, 'adm-dan.reed'), 'keep', null)).statusCode).toBe(422);
  });

  it('keeps an ordinary account without a reason, and revokes the admin account with one', async () => {
    const mine = await itemsOf(manager);
    const kept = await decide(manager, byName(mine, 'dan.reed'), 'keep', null);
    expect(kept.statusCode, kept.body).toBe(200);
    expect([kept.json<ReviewItem>().decision, kept.json<ReviewItem>().decidedBy?.name, kept.json<ReviewItem>().version]).toEqual(['keep', 'Claire Robson', 2]);
    const revoked = await decide(manager, byName(mine, 'adm-dan.reed'), 'revoke', 'Moved to finance; no longer administers the domain');
    expect(revoked.statusCode, revoked.body).toBe(200);
  });

  it('a decision made on an old version is refused (409), and a changed mind on the new one stands', async () => {
    const stale = byName(await itemsOf(manager), 'dan.reed');
    expect((await decide(manager, { ...stale, version: 1 }, 'change', 'Remove the payroll group')).statusCode).toBe(409);
    const res = await decide(manager, stale, 'change', 'Remove the payroll group');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ReviewItem>().decision).toBe('change');
  });

  it('the reviewer’s own list shows the outstanding item first', async () => {
    const mine = await read<{ outstanding: number; overdue: number; items: ReviewItem[] }>(manager, `${reviews()}/my-items`);
    expect([mine.outstanding, mine.overdue, mine.items.map((i) => [i.account.name, i.decision])]).toEqual([
      1,
      0,
      [
        ['eve.stone', null],
        ['adm-dan.reed', 'revoke'],
        ['dan.reed', 'change'],
      ],
    ]);
    expect((await read<{ outstanding: number; overdue: number }>(manager, `${reviews()}/my-items?asOf=2030-02-01`)).overdue).toBe(1);
  });

  it('two decisions sent at once on the same version: one wins, the other is told to load it again', async () => {
    const eve = byName(await itemsOf(manager), 'eve.stone');
    const answers = await Promise.all([decide(manager, eve, 'keep', null), decide(manager, eve, 'revoke', 'Left the team')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.statusCode === 200)!.json<ReviewItem>();
    expect(byName(await itemsOf(manager), 'eve.stone').decision).toBe(winner.decision);
  });
});

describe('figures and reminders', () => {
  it('counts each decision, and on the day after the due date every outstanding item is overdue', async () => {
    const today = await read<Review>(seclead, `${reviews()}/${campaign.id}`);
    expect([today.figures.decided, today.figures.outstanding, today.figures.overdue, today.figures.percentDecided]).toEqual([3, 6, 0, 33]);
    expect(today.figures.byDecision.revoke + today.figures.byDecision.keep).toBe(2);
    expect(today.figures.byDecision.change).toBe(1);
    expect((await read<Review>(seclead, `${reviews()}/${campaign.id}?asOf=${DUE}`)).figures.overdue).toBe(0);
    expect((await read<Review>(seclead, `${reviews()}/${campaign.id}?asOf=2030-02-01`)).figures.overdue).toBe(6);
  });

  it('emails each reviewer with outstanding items, and only once a day', async () => {
    const first = await seclead.post(`${reviews()}/${campaign.id}/reminders`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<ReminderOutcome>()).toEqual({ skipped: null, emailed: 2, items: 6, alreadyToday: 0 });
    const toJo = await smtp.waitForEmail('staff@northshire-acute.example');
    expect(toJo.subject).toContain('1 account to review');
    expect(toJo.text).toContain(`Active Directory, spring 2026: 1 to decide, due ${DUE}`);
    expect((await smtp.waitForEmail('seclead@northshire-acute.example')).subject).toContain('5 accounts to review');
    // Claire has decided all hers.
    expect(smtp.emailsTo('manager@northshire-acute.example')).toEqual([]);
    const again = await seclead.post(`${reviews()}/${campaign.id}/reminders`);
    expect(again.json<ReminderOutcome>()).toEqual({ skipped: null, emailed: 0, items: 0, alreadyToday: 2 });
    expect(smtp.emailsTo('staff@northshire-acute.example')).toHaveLength(1);
  });

  it('reminders for a campaign that is not there, or not open, are refused', async () => {
    expect((await seclead.post(`${reviews()}/00000000-0000-0000-0000-000000000000/reminders`)).statusCode).toBe(404);
    const draft = (await seclead.post(reviews(), { name: 'Not started', scope: {}, reviewerRule: 'line-manager', dueOn: DUE })).json<Review>();
    expect((await seclead.post(`${reviews()}/${draft.id}/reminders`)).statusCode).toBe(409);
  });

  it('a reviewer may not send reminders', async () => {
    expect((await manager.post(`${reviews()}/${campaign.id}/reminders`)).statusCode).toBe(403);
  });
});

describe('closing, actions and the next import', () => {
  let actions: ReviewAction[];

  it('the rest are decided, and closing makes an action of each revocation and change', async () => {
    const hana = byName(await itemsOf(jo), 'hana.moss');
    expect((await decide(jo, hana, 'change', 'Read-only in payroll from May')).statusCode).toBe(200);
    const finn = byName(await itemsOf(seclead), 'finn.hale');
    expect((await decide(seclead, finn, 'revoke', 'On long-term leave')).statusCode).toBe(200);
    const before = await read<Review>(seclead, `${reviews()}/${campaign.id}`);
    const closed = await seclead.post(`${reviews()}/${campaign.id}/close`, { version: before.version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<Review>().state).toBe('closed');
    actions = (await read<{ items: ReviewAction[] }>(seclead, `${reviews()}/actions?review=${campaign.id}`)).items;
    const eveRevoked = byName(await itemsOf(seclead), 'eve.stone').decision === 'revoke';
    expect(actions.map((a) => [a.account.name, a.decision, a.state, a.owner?.name]).sort()).toEqual(
      [
        ['adm-dan.reed', 'revoke', 'open', 'Tom Whitfield'],
        ['dan.reed', 'change', 'open', 'Tom Whitfield'],
        ['finn.hale', 'revoke', 'open', 'Tom Whitfield'],
        ['hana.moss', 'change', 'open', 'Tom Whitfield'],
        ...(eveRevoked ? [['eve.stone', 'revoke', 'open', 'Tom Whitfield']] : []),
      ].sort(),
    );
  });

  it('a closed campaign takes no more decisions', async () => {
    const gus = byName(await itemsOf(seclead), 'gus.ward');
    expect((await decide(seclead, gus, 'keep', null)).statusCode).toBe(409);
  });

  it('a reviewer sees the actions from their own decisions only', async () => {
    const theirs = (await read<{ items: ReviewAction[] }>(manager, `${reviews()}/actions`)).items.map((a) => a.account.name);
    expect(theirs).toContain('adm-dan.reed');
    expect(theirs.some((name) => name === 'finn.hale' || name === 'hana.moss')).toBe(false);
  });

  it('an import refused for a bad row closes nothing: the actions roll back with it', async () => {
    const bad = adExport([...SECOND_EXPORT, { sam: 'ian.jones', ou: 'OU=Staff,OU=Trust Users', displayName: 'Jones, Ian', lastLogon: '31/02/2026 10:00:00', created: '01/01/2024 09:00:00' }]);
    expect((await upload(seclead, 'accounts', bad, { mapping: 'ad', asOf: SECOND_AS_OF })).statusCode).toBe(422);
    expect((await read<{ items: ReviewAction[] }>(seclead, `${reviews()}/actions?state=closed`)).items).toEqual([]);
  });

  it('the next import closes the actions of the account it no longer holds and the one it holds disabled, dated by the import', async () => {
    const res = await upload(seclead, 'accounts', adExport(SECOND_EXPORT), { mapping: 'ad', asOf: SECOND_AS_OF });
    expect(res.statusCode, res.body).toBe(201);
    const after = (await read<{ items: ReviewAction[] }>(seclead, `${reviews()}/actions?review=${campaign.id}`)).items;
    const state = (name: string) => after.find((a) => a.account.name === name)!;
    // A date as the as-of is the end of that UK day (BST in April).
    expect([state('adm-dan.reed').state, state('adm-dan.reed').closedAt, state('adm-dan.reed').closedReason]).toEqual(['closed', '2026-04-08T22:59:59.999Z', 'The directory import as of 2026-04-08 no longer holds the account.']);
    expect([state('finn.hale').state, state('finn.hale').closedAt, state('finn.hale').closedReason]).toEqual(['closed', '2026-04-08T22:59:59.999Z', 'The directory import as of 2026-04-08 shows the account disabled.']);
    expect([state('hana.moss').state, state('dan.reed').state]).toEqual(['open', 'open']);
  });

  it('an action is closed by hand with a reason, at the version read', async () => {
    const hana = (await read<{ items: ReviewAction[] }>(seclead, `${reviews()}/actions?state=open`)).items.find((a) => a.account.name === 'hana.moss')!;
    expect((await seclead.post(`${reviews()}/actions/${hana.id}/close`, { reason: 'Payroll access set to read-only', version: hana.version + 1 })).statusCode).toBe(409);
    const res = await seclead.post(`${reviews()}/actions/${hana.id}/close`, { reason: 'Payroll access set to read-only', version: hana.version });
    expect(res.statusCode, res.body).toBe(200);
    expect([res.json<ReviewAction>().state, res.json<ReviewAction>().closedReason]).toEqual(['closed', 'Payroll access set to read-only']);
  });
});

describe('the evidence pack', () => {
  it('XLSX: the campaign, every decision with its reason, the figures and the actions with their state', async () => {
    const res = await auditor.get(`${reviews()}/${campaign.id}/evidence.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('access-review-active-directory-spring-2026-');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Campaign', 'Decisions', 'Figures', 'Actions']);
    const texts = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((row) => (row as Array<string | number | undefined>).slice(1).map((c) => (c === undefined ? '' : String(c))));
    const [info, decisions, figures, actions] = workbook.worksheets.map(texts) as [string[][], string[][], string[][], string[][]];
    expect(info).toContainEqual(['Campaign', 'Active Directory, spring 2026']);
    expect(info).toContainEqual(['Started by', 'Tom Whitfield']);
    const head = decisions[0]!;
    const adm = decisions.find((r) => r[0] === 'adm-dan.reed')!;
    expect([adm[head.indexOf('Reviewer')], adm[head.indexOf('Decision')], adm[head.indexOf('Reason')], adm[head.indexOf('Groups')]]).toEqual(['Claire Robson', 'revoke', 'Moved to finance; no longer administers the domain', 'All Staff; Domain Admins']);
    expect(decisions.find((r) => r[0] === 'gus.ward')![head.indexOf('Decision')]).toBe('Not decided');
    expect(decisions).toHaveLength(10);
    expect(figures).toContainEqual(['Accounts reviewed', '9']);
    expect(figures).toContainEqual(['Unassigned (went to the campaign’s starter)', '5']);
    expect(actions.find((r) => r[0] === 'adm-dan.reed')!.slice(6, 8)).toEqual(['closed', '2026-04-08T22:59:59.999Z']);
  });

  it('PDF: the same campaign, decisions with reasons and the actions', async () => {
    const res = await seclead.get(`${reviews()}/${campaign.id}/evidence.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    const text = (await pdfText(new Uint8Array(res.rawPayload))).join('\n');
    for (const words of ['Access review evidence', 'Active Directory, spring 2026', 'adm-dan.reed', 'Moved to finance', 'Read-only in payroll from May', 'The directory import as of 2026-04-08', 'in directory Active Directory']) expect(text).toContain(words);
  });

  it('a reviewer may not take the whole pack', async () => {
    expect((await manager.get(`${reviews()}/${campaign.id}/evidence.xlsx`)).statusCode).toBe(403);
  });
});

describe('campaigns from a finding and for privileged accounts', () => {
  it('a campaign from the never-logged-on finding covers only that finding’s accounts', async () => {
    const draft = (await seclead.post(reviews(), { name: 'Never used', scope: { finding: 'never-logged-on' }, reviewerRule: 'line-manager', dueOn: DUE })).json<Review>();
    const started = await seclead.post(`${reviews()}/${draft.id}/start`, { version: draft.version });
    expect(started.statusCode, started.body).toBe(200);
    expect((await read<{ items: ReviewItem[] }>(seclead, `${reviews()}/${draft.id}/items`)).items.map((i) => [i.account.name, i.reviewerVia])).toEqual([['gus.ward', 'fallback']]);
  });

  it('a campaign of a group with a named reviewer gives every item to them', async () => {
    const iao = (await t.app.db.selectFrom('users').select('id').where('email', '=', 'iao@northshire-acute.example').executeTakeFirstOrThrow()).id;
    const draft = (await seclead.post(reviews(), { name: 'Payroll', scope: { group: 'finance, payroll' }, reviewerRule: 'person', reviewerId: iao, dueOn: DUE })).json<Review>();
    const started = (await seclead.post(`${reviews()}/${draft.id}/start`, { version: draft.version })).json<Review>();
    expect([started.figures.items, started.reviewer?.name, reviewerCounts(started)]).toEqual([3, 'Mark Donnelly', [['Mark Donnelly', 3, 3, 0]]]);
  });

  it('a campaign by Information Asset Owner gives every item to the owner of the asset the accounts reach', async () => {
    const iao = (await t.app.db.selectFrom('users').select('id').where('email', '=', 'iao@northshire-acute.example').executeTakeFirstOrThrow()).id;
    const noAsset = await seclead.post(reviews(), { name: 'Payroll by IAO', scope: { group: 'finance, payroll' }, reviewerRule: 'information-asset-owner', dueOn: DUE });
    expect([noAsset.statusCode, noAsset.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)]).toEqual([422, ['scope.assetId']]);
    const unknownAsset = await seclead.post(reviews(), { name: 'Payroll by IAO', scope: { group: 'finance, payroll', assetId: 'no-such-asset' }, reviewerRule: 'information-asset-owner', dueOn: DUE });
    expect([unknownAsset.statusCode, unknownAsset.json<{ errors: Array<{ field: string; message: string }> }>().errors]).toEqual([422, [expect.objectContaining({ field: 'scope.assetId', message: 'Choose one of this organisation’s information assets.' })]]);
    const asset = await seclead.post(`/api/v1/orgs/${acute}/assets`, { name: 'Payroll system', type: 'system', criticality: 'high', ownerId: iao });
    expect(asset.statusCode, asset.body).toBe(201);
    const assetId = asset.json<{ id: string }>().id;
    const draft = (await seclead.post(reviews(), { name: 'Payroll by IAO', scope: { group: 'finance, payroll', assetId }, reviewerRule: 'information-asset-owner', dueOn: DUE })).json<Review>();
    // The campaign names its asset and the asset's owner, for whoever reads it.
    expect(draft.asset).toEqual({ id: assetId, name: 'Payroll system', owner: { id: iao, name: 'Mark Donnelly' } });
    const started = await seclead.post(`${reviews()}/${draft.id}/start`, { version: draft.version });
    expect(started.statusCode, started.body).toBe(200);
    const items = (await read<{ items: ReviewItem[] }>(seclead, `${reviews()}/${draft.id}/items`)).items;
    expect(items.map((i) => [i.account.name, i.reviewer.name, i.reviewerVia])).toEqual([
      ['dan.reed', 'Mark Donnelly', 'information-asset-owner'],
      ['hana.moss', 'Mark Donnelly', 'information-asset-owner'],
      ['svc-payroll', 'Mark Donnelly', 'information-asset-owner'],
    ]);
    const asReviewer = await read<Review>(await signIn(t.server, 'iao@northshire-acute.example'), `${reviews()}/${draft.id}`);
    expect([asReviewer.seesAll, asReviewer.asset?.name, asReviewer.asset?.owner?.name]).toEqual([false, 'Payroll system', 'Mark Donnelly']);
    expect((await read<{ items: Review[] }>(seclead, reviews())).items.find((r) => r.id === draft.id)?.asset?.id).toBe(assetId);
  });

  it('a campaign by the owner of an asset whose owner is named only by name gives every item to its starter, and says who the owner is', async () => {
    const asset = await seclead.post(`/api/v1/orgs/${acute}/assets`, { name: 'Rota system', type: 'system', criticality: 'medium', ownerName: 'Pat Lowe' });
    expect(asset.statusCode, asset.body).toBe(201);
    const assetId = asset.json<{ id: string }>().id;
    const draft = (await seclead.post(reviews(), { name: 'Rota by IAO', scope: { group: 'finance, payroll', assetId }, reviewerRule: 'information-asset-owner', dueOn: DUE })).json<Review>();
    expect(draft.asset).toEqual({ id: assetId, name: 'Rota system', owner: { id: null, name: 'Pat Lowe' } });
    const started = (await seclead.post(`${reviews()}/${draft.id}/start`, { version: draft.version })).json<Review>();
    expect([started.figures.items, started.figures.unassigned, reviewerCounts(started)]).toEqual([3, 3, [['Tom Whitfield', 3, 3, 3]]]);
  });

  it('a campaign of privileged accounts when none is left is refused at the start', async () => {
    // adm-dan.reed went with the second import.
    const draft = (await seclead.post(reviews(), { name: 'Admins', scope: { privileged: true }, reviewerRule: 'line-manager', dueOn: DUE })).json<Review>();
    const res = await seclead.post(`${reviews()}/${draft.id}/start`, { version: draft.version });
    expect(res.statusCode, res.body).toBe(422);
    expect((await read<Review>(seclead, `${reviews()}/${draft.id}`)).state).toBe('draft');
  });
});
