// The demo trust's access review, as someone trying Bulwark finds it: a campaign of its privileged
// accounts in progress, every account as the directory lists it, the leaver's admin account revoked and
// two admin accounts kept with reasons, the rest outstanding with the head of cyber security as
// unassigned; loaded once however often the loader runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Review, ReviewItem } from '../../src/contract/access-reviews.js';
import type { AccountList } from '../../src/contract/directory.js';
import { DEMO_REVIEW_NAME, loadDemoAccessReview } from '../../src/modules/demo/demo-access-review.js';
import { loadDemoDirectory } from '../../src/modules/demo/demo-directory.js';
import { loadDemoStaff } from '../../src/modules/demo/demo-staff.js';
import { signIn, type Client } from '../support/app.js';
import { type DemoTrust, openDemoTrust } from '../support/demo-trust.js';

let demo: DemoTrust;
let seclead: Client;
let loaded: number;
const now = new Date();

beforeAll(async () => {
  demo = await openDemoTrust(now);
  await loadDemoStaff(demo.loader, demo.trust);
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
    expect([campaign!.figures.items, campaign!.figures.unassigned, campaign!.figures.outstanding]).toEqual([listed.length, listed.length, listed.length - 3]);
  });

  it('has the leaver’s admin account revoked and two admin accounts kept, each with a reason', async () => {
    const [campaign] = (await read<{ items: Review[] }>(`/api/v1/orgs/${demo.trust.id}/reviews`)).items;
    const decided = (await read<{ items: ReviewItem[] }>(`/api/v1/orgs/${demo.trust.id}/reviews/${campaign!.id}/items?state=decided`)).items;
    expect(decided.map((i) => i.decision).sort()).toEqual(['keep', 'keep', 'revoke']);
    expect(decided.every((i) => i.reason !== null && i.account.name.startsWith('adm-'))).toBe(true);
    const revoked = decided.find((i) => i.decision === 'revoke')!;
    expect(revoked.account.groups).toContain('Domain Admins');
  });

  it('is loaded once', async () => {
    expect(await loadDemoAccessReview(demo.loader, demo.trust)).toBe(0);
  });
});
