// Putting an audit record into words: which fields changed, from what to what, with labels for codes
// and names for ids. Pure rules, so each case is a row.
import { describe, expect, it } from 'vitest';
import { changesOf, describeEvent, idsToName, type KnownNames } from '../../src/modules/audit/domain/readable-event.js';
import type { AuditEventView } from '../../src/platform/audit/audit-trail.js';

const trust = '7b0c1f8e-0000-4000-8000-000000000001';
const site = '7b0c1f8e-0000-4000-8000-000000000002';
const helen = '7b0c1f8e-0000-4000-8000-0000000000a1';
const ravi = '7b0c1f8e-0000-4000-8000-0000000000a2';

const names: KnownNames = {
  people: new Map([
    [helen, { name: 'Helen Marsh', email: 'orgadmin@northshire-acute.example' }],
    [ravi, { name: 'Ravi Patel', email: 'ravi@northshire-acute.example' }],
  ]),
  organisations: new Map([
    [trust, 'Northshire Hospitals NHS Foundation Trust'],
    [site, 'Riverside Community Hospital'],
  ]),
};

function aRecord(overrides: Partial<AuditEventView> = {}): AuditEventView {
  return {
    seq: 7,
    id: 'c0ffee00-0000-4000-8000-000000000007',
    occurredAt: '2026-07-01T09:30:00.000Z',
    actorId: helen,
    actorLabel: 'orgadmin@northshire-acute.example',
    orgId: trust,
    action: 'member.roles',
    entityType: 'user',
    entityId: ravi,
    before: null,
    after: null,
    requestId: null,
    ...overrides,
  };
}

describe('the changed fields', () => {
  it.each([
    ['roles given and taken, as role names', { roles: ['ig-lead'] }, { roles: ['ig-lead', 'siro'] }, [['Roles', 'Information governance lead', 'Information governance lead, Senior Information Risk Owner (SIRO)']]],
    ['unchanged fields left out', { name: 'Ravi Patel', status: 'active' }, { name: 'Ravi Patel', status: 'deactivated' }, [['Status', 'Active', 'Deactivated']]],
    ['a new record: only after', null, { name: 'Pharmacy', odsCode: 'RZZ12' }, [['Name', null, 'Pharmacy'], ['ODS code', null, 'RZZ12']]],
    ['a removed record: only before', { roles: ['staff'] }, null, [['Roles', 'Staff member', null]]],
    ['no roles left reads "None"', { roles: ['staff'] }, { roles: [] }, [['Roles', 'Staff member', 'None']]],
    ['yes and no for true and false', null, { recoveryCodesIssued: true, backedUp: false }, [['Recovery codes issued', null, 'Yes'], ['Backed up by its provider', null, 'No']]],
    ['instants in UK time (summer)', null, { expiresAt: '2026-07-01T23:30:00.000Z' }, [['Expires', null, '2 July 2026 at 00:30']]],
    ['instants in UK time (winter)', null, { expiresAt: '2026-12-01T23:30:00.000Z' }, [['Expires', null, '1 December 2026 at 23:30']]],
    ['coded values in words', { mfaPolicy: 'privileged' }, { mfaPolicy: 'everyone' }, [['Second factor needed by', 'People in privileged roles', 'Everyone']]],
    ['the organisation above, by name', null, { parentId: trust }, [['Part of', null, 'Northshire Hospitals NHS Foundation Trust']]],
    ['the type by its label, not its code', null, { type: 'department', typeLabel: 'Department' }, [['Type', null, 'Department']]],
    ['ids and version counters left to the full record', { userId: ravi, version: 1, name: 'A' }, { userId: ravi, version: 2, name: 'B' }, [['Name', 'A', 'B']]],
    ['an unknown field gets a readable label', null, { clientSecretChanged: true }, [['Client secret changed', null, 'Yes']]],
    ['nothing recorded, nothing listed', null, null, []],
  ] as const)('%s', (_, before, after, expected) => {
    expect(changesOf(before, after, names).map((change) => [change.label, change.before, change.after])).toEqual(expected);
  });
});

describe('a whole record', () => {
  it('says what happened, to whom, by whom and where, and keeps the raw record', () => {
    const record = aRecord({ before: { userId: ravi, roles: ['ig-lead'] }, after: { userId: ravi, roles: ['ig-lead', 'siro'] } });
    expect(describeEvent(record, names)).toEqual({
      ...record,
      summary: 'Changed a person’s roles',
      recordType: 'Person',
      subject: 'Ravi Patel',
      actorName: 'Helen Marsh',
      orgName: 'Northshire Hospitals NHS Foundation Trust',
      changes: [{ field: 'roles', label: 'Roles', before: 'Information governance lead', after: 'Information governance lead, Senior Information Risk Owner (SIRO)' }],
    });
  });

  it.each([
    ['a person since deleted: the label the record kept', { actorId: 'gone', actorLabel: 'former@northshire-acute.example' }, 'former@northshire-acute.example'],
    ['the demo loader', { actorId: null, actorLabel: 'demo-loader' }, 'Demo data loader'],
    ['the command line', { actorId: null, actorLabel: 'cli:svc-bulwark' }, 'Command line (svc-bulwark)'],
  ])('who did it: %s', (_, actor, expected) => {
    expect(describeEvent(aRecord(actor), names).actorName).toBe(expected);
  });

  it('a person no longer known is named from the record itself', () => {
    const removed = aRecord({ action: 'member.remove', entityId: 'gone', before: { name: 'Sam Hill', email: 'sam@northshire-acute.example', roles: ['staff'] } });
    expect(describeEvent(removed, names)).toMatchObject({ summary: 'Removed a person from the organisation', subject: 'Sam Hill' });
  });

  it('an action a newer version recorded still reads as words', () => {
    expect(describeEvent(aRecord({ action: 'incident.close-out', entityType: 'incident-report' }), names)).toMatchObject({ summary: 'Incident close out', recordType: 'Incident report' });
  });

  it('collects the ids worth naming: the actor, a person or organisation changed, and an organisation above', () => {
    const created = aRecord({ action: 'organisation.create', entityType: 'organisation', entityId: site, orgId: site, after: { parentId: trust } });
    expect(idsToName(created)).toEqual({ people: [helen], organisations: [site, site, trust] });
    expect(idsToName(aRecord({ actorId: null }))).toEqual({ people: [ravi], organisations: [trust] });
  });
});
