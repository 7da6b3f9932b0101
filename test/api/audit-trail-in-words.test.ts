// The audit trail as people read it: every record in words, with people's and organisations' names
// instead of ids, the changed fields from what to what — and the raw record still there for auditors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_LABELS } from '../../src/modules/audit/domain/action-labels.js';
import { type Client, createTestApp, orgId, signIn, signInWithPassword, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let mentalHealth: string;
let admin: Client;
let ravi: string;

interface Change {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}
interface Readable {
  action: string;
  summary: string;
  recordType: string;
  subject: string | null;
  actorName: string;
  actorLabel: string;
  orgName: string | null;
  changes: Change[];
  before: unknown;
  after: unknown;
  entityId: string | null;
}

const trail = async (client: Client, query = '') => (await client.get(`/api/v1/orgs/${acute}/audit${query}`)).json<{ events: Readable[] }>().events;

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  mentalHealth = await orgId(t.app, 'RZY');
  admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
  // A new person joins by accepting the invitation their administrator sent.
  const invited = await admin.post(`/api/v1/orgs/${acute}/invitations`, { email: 'ravi.patel@northshire-acute.example', name: 'Ravi Patel', roles: ['ig-lead'] });
  expect(invited.statusCode).toBe(201);
  const token = (invited.json<{ link: string }>().link).split('#')[1]!;
  const accepted = await t.server.inject({ method: 'POST', url: '/api/v1/auth/invitations/accept', payload: { token, password: 'kestrel lantern orchard' } });
  expect(accepted.statusCode).toBe(200);
  ravi = accepted.json<{ user: { id: string } }>().user.id;
});
afterAll(() => t.close());

describe('the audit trail in words', () => {
  it('a change of roles reads "Changed a person’s roles", names the person, who did it and where, and lists the roles before and after', async () => {
    expect((await admin.put(`/api/v1/orgs/${acute}/members/${ravi}/roles`, { roles: ['ig-lead', 'siro'] })).statusCode).toBe(200);
    const [record] = await trail(admin, '?action=member.roles&limit=1');
    expect(record).toMatchObject({
      action: 'member.roles',
      summary: 'Changed a person’s roles',
      recordType: 'Person',
      subject: 'Ravi Patel',
      actorName: 'Helen Marsh',
      actorLabel: 'orgadmin@northshire-acute.example',
      orgName: 'Northshire Hospitals NHS Foundation Trust',
    });
    // Only what changed: the name, email and status stayed the same.
    expect(record!.changes).toEqual([
      { field: 'roles', label: 'Roles', before: 'Information governance lead', after: 'Information governance lead, Senior Information Risk Owner (SIRO)' },
    ]);
    // The raw record is still there, as recorded.
    expect(record!.before).toMatchObject({ userId: ravi, roles: ['ig-lead'] });
    expect(record!.after).toMatchObject({ userId: ravi, roles: expect.arrayContaining(['ig-lead', 'siro']) });
  });

  it('a new person is listed with the details they joined with; a deactivation shows the status change', async () => {
    const [created] = await trail(admin, '?action=invitation.accept&limit=1');
    expect(created).toMatchObject({ summary: 'Accepted an invitation', subject: 'Ravi Patel' });
    expect(created!.changes).toEqual([
      { field: 'email', label: 'Email address', before: null, after: 'ravi.patel@northshire-acute.example' },
      { field: 'name', label: 'Name', before: null, after: 'Ravi Patel' },
      { field: 'status', label: 'Status', before: null, after: 'Active' },
      { field: 'roles', label: 'Roles', before: null, after: 'Information governance lead' },
    ]);

    expect((await admin.post(`/api/v1/orgs/${acute}/members/${ravi}/deactivate`)).statusCode).toBe(200);
    const [deactivated] = await trail(admin, '?action=user.deactivate&limit=1');
    expect(deactivated).toMatchObject({ summary: 'Deactivated an account', subject: 'Ravi Patel' });
    expect(deactivated!.changes).toEqual([{ field: 'status', label: 'Status', before: 'Active', after: 'Deactivated' }]);
  });

  it('an organisation’s changed details are named fields; a sub-organisation names the organisation it is part of', async () => {
    const { version } = (await admin.get(`/api/v1/orgs/${acute}`)).json();
    expect((await admin.patch(`/api/v1/orgs/${acute}`, { version, odsCode: 'RZW' })).statusCode).toBe(200);
    const [updated] = await trail(admin, '?action=organisation.update&limit=1');
    expect(updated).toMatchObject({ summary: 'Changed an organisation’s details', recordType: 'Organisation', subject: 'Northshire Hospitals NHS Foundation Trust' });
    expect(updated!.changes).toContainEqual({ field: 'odsCode', label: 'ODS code', before: 'RZZ', after: 'RZW' });

    expect((await admin.post(`/api/v1/orgs/${acute}/children`, { name: 'Orthoptics', type: 'department' })).statusCode).toBe(201);
    const [created] = await trail(admin, '?action=organisation.create&limit=1');
    expect(created).toMatchObject({ summary: 'Added an organisation', subject: 'Orthoptics', orgName: 'Orthoptics' });
    expect(created!.changes).toContainEqual({ field: 'parentId', label: 'Part of', before: null, after: 'Northshire Hospitals NHS Foundation Trust' });
    expect(created!.changes).toContainEqual({ field: 'type', label: 'Type', before: null, after: 'Department' });
  });

  it('every record on the page has a summary in words, never its code', async () => {
    const events = await trail(admin, '?limit=200');
    expect(events.length).toBeGreaterThan(10);
    for (const event of events) {
      expect(event.summary, event.action).toBe(ACTION_LABELS[event.action]);
      expect(event.actorName, event.action).not.toMatch(/^[0-9a-f-]{36}$/);
    }
    // The demo data was loaded by a program, not a person.
    expect(events.at(-1)!.actorName).toBe('Demo data loader');
  });

  it('lists the actions it records, grouped, for the filter', async () => {
    const res = await admin.get(`/api/v1/orgs/${acute}/audit/actions`);
    expect(res.statusCode).toBe(200);
    const { areas } = res.json<{ areas: Array<{ prefix: string; label: string; actions: Array<{ action: string; label: string }> }> }>();
    expect(areas.find((area) => area.prefix === 'member.')).toEqual({
      prefix: 'member.',
      label: 'People and their roles',
      actions: expect.arrayContaining([{ action: 'member.roles', label: 'Changed a person’s roles' }]),
    });
    const listed = areas.flatMap((area) => area.actions.map((entry) => entry.action));
    expect(listed.sort()).toEqual(Object.keys(ACTION_LABELS).sort());
    for (const area of areas) for (const { action } of area.actions) expect(action.startsWith(area.prefix), action).toBe(true);
    expect(res.json().recordTypes).toContainEqual({ entityType: 'user', label: 'Person' });
  });

  it('a group of actions is a filter: "member." finds the role change and the new person, nothing else', async () => {
    const events = await trail(admin, '?action=member.');
    expect(new Set(events.map((event) => event.action))).toEqual(new Set(['member.create', 'member.roles']));
  });
});

describe('a member’s sign-in activity', () => {
  it('is in words, with the sign-ins and failures of that person', async () => {
    const ruth = await signIn(t.server, 'staff@northshire-acute.example');
    expect((await t.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'staff@northshire-acute.example', password: 'not the password' } })).statusCode).toBe(401);
    const staffId = ruth.userId;
    const res = await admin.get(`/api/v1/orgs/${acute}/audit/people/${staffId}`);
    expect(res.statusCode).toBe(200);
    const events = res.json<{ events: Readable[] }>().events;
    expect(events.map((event) => event.summary).slice(0, 2)).toEqual(['Failed to sign in', 'Signed in']);
    expect(events[0]).toMatchObject({ recordType: 'Person', subject: 'Jo Taylor', changes: [{ field: 'failures', label: 'Failed attempts in a row', before: null, after: '1' }] });
    expect(events[1]!.changes).toContainEqual({ field: 'method', label: 'Signed in with', before: null, after: 'Password' });
  });

  it('is not found for someone with no role in the organisation, or from another trust', async () => {
    const outsider = (await signInWithPassword(t.server, 'staff@northshire-mh.example')).client;
    expect((await admin.get(`/api/v1/orgs/${acute}/audit/people/${outsider.userId}`)).statusCode).toBe(404);
    const otherAdmin = await signIn(t.server, 'orgadmin@northshire-mh.example');
    expect((await otherAdmin.get(`/api/v1/orgs/${acute}/audit/people/${admin.userId}`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/v1/orgs/${acute}/audit/actions`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/v1/orgs/${acute}/audit`)).statusCode).toBe(404);
    // Their own organisation's trail does not show the acute trust's records.
    const theirs = (await otherAdmin.get(`/api/v1/orgs/${mentalHealth}/audit?limit=500`)).json<{ events: Readable[] }>().events;
    expect(theirs.some((event) => event.subject === 'Ravi Patel')).toBe(false);
  });

  it('staff may not read it, nor the list of actions', async () => {
    const staff = await signIn(t.server, 'staff@northshire-acute.example');
    expect((await staff.get(`/api/v1/orgs/${acute}/audit/people/${admin.userId}`)).statusCode).toBe(403);
    expect((await staff.get(`/api/v1/orgs/${acute}/audit/actions`)).statusCode).toBe(403);
  });
});

describe('reading while others change things', () => {
  it('pages read at the same time as changes are made each come back whole and in words', async () => {
    const reads = Array.from({ length: 4 }, () => admin.get(`/api/v1/orgs/${acute}/audit?limit=50`));
    const changes = ['Ward A', 'Ward B', 'Ward C'].map((name) => admin.post(`/api/v1/orgs/${acute}/children`, { name, type: 'department' }));
    const responses = await Promise.all([...reads, ...changes]);
    expect(responses.map((res) => res.statusCode)).toEqual([200, 200, 200, 200, 201, 201, 201]);
    for (const res of responses.slice(0, 4)) {
      for (const event of res.json<{ events: Readable[] }>().events) expect(event.summary).toBe(ACTION_LABELS[event.action]);
    }
    const wards = (await trail(admin, '?action=organisation.create&limit=3')).map((event) => event.subject).sort();
    expect(wards).toEqual(['Ward A', 'Ward B', 'Ward C']);
  });
});
