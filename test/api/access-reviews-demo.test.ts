// The demo trust's access review, as someone trying Bulwark finds it: a campaign of its privileged
// accounts in progress, every account as the directory lists it, those of Digital Services staff with
// their manager and the Imaging leaver's with theirs (both demo line managers with accounts), the
// accounts nobody owns with the head of cyber security as unassigned; the leaver's admin account
// revoked and two admin accounts kept, each by its reviewer with a reason; a line manager signed in
// sees only their own; loaded once however often the loader runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Review, ReviewItem } from '../../src/contract/access-reviews.js';
import type { AccountList } from '../../src/contract/directory.js';
import { DEMO_REVIEW_NAME, loadDemoAccessReview } from '../../src/modules/demo/demo-access-review.js';
import { DEMO_DIRECTORY_CASES } from '../../src/modules/demo/demo-directory.js';
import { demoLineManagerPeople, loadDemoLineManagers } from '../../src/modules/demo/demo-line-managers.js';
import { loadDemoDirectory } from '../../src/modules/demo/demo-directory.js';
import { loadDemoStaff } from '../../src/modules/demo/demo-staff.js';
import { DEMO_PASSWORD, signIn, type Client } from '../support/app.js';
import { type DemoTrust, openDemoTrust } from '../support/demo-trust.js';

let demo: DemoTrust;
let seclead: Client;
let loaded: number;
const now = new Date();

beforeAll(async () => {
  demo = await openDemoTrust(now);
  await loadDemoStaff(demo.loader, demo.trust);
  expect(await loadDemoLineManagers({ ...demo.t.app, ...demo.loader }, demo.trust, DEMO_PASSWORD, false)).toBe(2);
  await loadDemoDirectory(demo.loader, demo.trust);
  loaded = await loadDemoAccessReview(demo.loader, demo.trust);
  seclead = await signIn(demo.t.server, 'seclead@northshire-acute.example');
});
afterAll(() => demo.t.close());

async function read<T>(url: string): Promise<T> {
  const res = await seclead.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

describe('the demo trust’s access review', () => {
  it('is one campaign of the privileged accounts, open, with every privileged account the directory lists', async () => {
    const [campaign, ...others] = (await read<{ items: Review[] }>(`/api/v1/orgs/${demo.trust.id}/reviews`)).items;
    expect(others).toEqual([]);
    expect([campaign!.name, campaign!.state, campaign!.startedBy?.name, campaign!.scope.privileged]).toEqual([DEMO_REVIEW_NAME, 'open', 'Tom Whitfield', true]);
    const listed = (await read<AccountList>(`/api/v1/orgs/${demo.trust.id}/directory/accounts?pageSize=500`)).items.filter((a) => a.privileged).map((a) => a.id).sort();
    const items = (await read<{ items: ReviewItem[] }>(`/api/v1/orgs/${demo.trust.id}/reviews/${campaign!.id}/items`)).items;
    expect(items.map((i) => i.account.id).sort()).toEqual(listed);
    expect(loaded).toBe(listed.length);
    expect([campaign!.figures.items, campaign!.figures.outstanding]).toEqual([listed.length, listed.length - 3]);
  });

  it('gives Digital Services staff’s admin accounts to their manager, the Imaging leaver’s to theirs, and the accounts nobody owns to the starter', async () => {
    const [campaign] = (await read<{ items: Review[] }>(`/api/v1/orgs/${demo.trust.id}/reviews`)).items;
    const items = (await read<{ items: ReviewItem[] }>(`/api/v1/orgs/${demo.trust.id}/reviews/${campaign!.id}/items`)).items;
    const [digital, imaging] = demoLineManagerPeople();
    const employee = (index: number) => String(20_000_001 + index);
    const ofAdmins = items.filter((i) => DEMO_DIRECTORY_CASES.admins.map(employee).includes(i.owner?.employeeNumber ?? ''));
    // Two on premises (the third admin's group is not a privileged one) and three in the cloud.
    expect(ofAdmins.length).toBe(5);
    expect(ofAdmins.every((i) => i.reviewer.name === digital!.name && i.reviewerVia === 'line-manager')).toBe(true);
    expect(items.filter((i) => i.reviewer.name === digital!.name)).toHaveLength(ofAdmins.length);
    expect(items.filter((i) => i.reviewer.name === imaging!.name).map((i) => [i.owner?.employeeNumber, i.reviewerVia])).toEqual([[employee(DEMO_DIRECTORY_CASES.privilegedLeaver), 'line-manager']]);
    const unassigned = items.filter((i) => i.reviewerVia === 'fallback');
    expect(unassigned.map((i) => [i.account.name, i.owner, i.reviewer.name]).sort()).toEqual([
      ['Administrator', null, 'Tom Whitfield'],
      ['svc-backup', null, 'Tom Whitfield'],
    ]);
    expect(campaign!.figures.unassigned).toBe(unassigned.length);
    expect(items).toHaveLength(ofAdmins.length + 1 + unassigned.length);
  });

  it('shows a line manager who signs in only the accounts they review', async () => {
    const [, imaging] = demoLineManagerPeople();
    const manager = await signIn(demo.t.server, imaging!.email);
    const res = await manager.get(`/api/v1/orgs/${demo.trust.id}/reviews/my-items`);
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json<{ outstanding: number; items: ReviewItem[] }>();
    expect(mine.items.map((i) => [i.account.name.startsWith('adm-'), i.owner?.employeeNumber, i.decision])).toEqual([[true, String(20_000_001 + DEMO_DIRECTORY_CASES.privilegedLeaver), 'revoke']]);
    const [campaign] = (await read<{ items: Review[] }>(`/api/v1/orgs/${demo.trust.id}/reviews`)).items;
    const theirs = await manager.get(`/api/v1/orgs/${demo.trust.id}/reviews/${campaign!.id}/items`);
    expect(theirs.json<{ total: number }>().total).toBe(1);
    // Someone else's item is not there for them, even by its id.
    const others = (await read<{ items: ReviewItem[] }>(`/api/v1/orgs/${demo.trust.id}/reviews/${campaign!.id}/items`)).items.find((i) => i.account.name === 'Administrator')!;
    expect((await manager.put(`/api/v1/orgs/${demo.trust.id}/reviews/${campaign!.id}/items/${others.id}/decision`, { decision: 'keep', reason: 'Mine now', version: others.version })).statusCode).toBe(404);
  });

  it('has the leaver’s admin account revoked and two admin accounts kept, each with a reason', async () => {
    const [campaign] = (await read<{ items: Review[] }>(`/api/v1/orgs/${demo.trust.id}/reviews`)).items;
    const decided = (await read<{ items: ReviewItem[] }>(`/api/v1/orgs/${demo.trust.id}/reviews/${campaign!.id}/items?state=decided`)).items;
    expect(decided.map((i) => i.decision).sort()).toEqual(['keep', 'keep', 'revoke']);
    expect(decided.every((i) => i.reason !== null && i.account.name.startsWith('adm-'))).toBe(true);
    // Each decided by its own reviewer, a line manager with an account.
    expect(decided.every((i) => i.decidedBy?.id === i.reviewer.id && i.reviewerVia === 'line-manager')).toBe(true);
    const revoked = decided.find((i) => i.decision === 'revoke')!;
    expect(revoked.account.groups).toContain('Domain Admins');
  });

  it('is loaded once', async () => {
    expect(await loadDemoAccessReview(demo.loader, demo.trust)).toBe(0);
  });
});
