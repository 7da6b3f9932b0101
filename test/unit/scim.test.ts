// The pure rules of SCIM provisioning: filters, PATCH operations as Entra ID writes them, how a
// request changes an account or a group, paging, and how directory groups map to roles.
import { describe, expect, it } from 'vitest';
import { project, projectionOf } from '../../src/modules/scim/domain/attributes.js';
import { equalityTerms, parseFilter, parsePatchPath } from '../../src/modules/scim/domain/filter.js';
import { applyGroupPatch, groupFromDocument } from '../../src/modules/scim/domain/group-resource.js';
import { pageOf } from '../../src/modules/scim/domain/paging.js';
import { parsePatch } from '../../src/modules/scim/domain/patch-operations.js';
import { parseGroupRoleMappings, provisionedRoleChanges, rolesForGroups } from '../../src/modules/scim/domain/role-mapping.js';
import { ScimError } from '../../src/modules/scim/domain/scim-error.js';
import { applyUserPatch, type UserDraft, userFromDocument } from '../../src/modules/scim/domain/user-resource.js';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

function scimTypeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ScimError) return error.scimType ?? `status ${error.status}`;
    throw error;
  }
  return undefined;
}

const patch = (...operations: object[]) => parsePatch({ schemas: [PATCH], Operations: operations });

describe('filters', () => {
  it.each([
    ['userName eq "ada@example.nhs.uk"', [{ path: 'username', value: 'ada@example.nhs.uk' }]],
    ['externalId eq "0a1b"', [{ path: 'externalid', value: '0a1b' }]],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName EQ "x@y.uk"', [{ path: 'username', value: 'x@y.uk' }]],
    ['id eq "g1" and members[value eq "u1"]', [{ path: 'id', value: 'g1' }, { path: 'members.value', value: 'u1' }]],
    ['(displayName eq "A \\"quoted\\" group")', [{ path: 'displayname', value: 'A "quoted" group' }]],
  ])('%s is a lookup Bulwark can answer', (filter, terms) => {
    expect(equalityTerms(parseFilter(filter))).toEqual(terms);
  });

  it.each(['userName co "ada"', 'userName eq "a" or userName eq "b"', 'not (active eq true)', 'title pr'])('%s parses but is not a lookup', (filter) => {
    expect(equalityTerms(parseFilter(filter))).toBeNull();
  });

  it.each(['', 'userName', 'userName eq', 'userName eq ada', 'userName eq "ada', '(userName eq "a"', 'userName like "a"', 'userName eq "a" and'])(
    '"%s" is an invalid filter',
    (filter) => expect(scimTypeOf(() => parseFilter(filter))).toBe('invalidFilter'),
  );

  it('reads PATCH paths with a value filter and a sub-attribute', () => {
    expect(parsePatchPath('emails[type eq "work"].value')).toMatchObject({ attribute: 'emails', subAttribute: 'value' });
    expect(parsePatchPath('members[value eq "u1"]').valueFilter).toEqual({ kind: 'compare', path: 'value', op: 'eq', value: 'u1' });
    expect(parsePatchPath('urn:ietf:params:scim:schemas:core:2.0:User:name.givenName')).toEqual({ attribute: 'name.givenname' });
    expect(scimTypeOf(() => parsePatchPath('members[value eq'))).toBe('invalidPath');
  });
});

describe('PATCH operations', () => {
  it('accepts the op name in any case', () => {
    expect(patch({ op: 'Replace', path: 'active', value: 'False' })[0]).toMatchObject({ op: 'replace', path: { attribute: 'active' } });
  });

  it.each([
    ['no PatchOp schema', { Operations: [{ op: 'add', path: 'x', value: 1 }] }, 'invalidSyntax'],
    ['no operations', { schemas: [PATCH], Operations: [] }, 'invalidValue'],
    ['an unknown op', { schemas: [PATCH], Operations: [{ op: 'move', path: 'active' }] }, 'invalidSyntax'],
    ['add without a value', { schemas: [PATCH], Operations: [{ op: 'add', path: 'displayName' }] }, 'invalidValue'],
    ['remove without a path', { schemas: [PATCH], Operations: [{ op: 'remove' }] }, 'noTarget'],
    ['no path and a value that is not an object', { schemas: [PATCH], Operations: [{ op: 'replace', value: 'x' }] }, 'invalidValue'],
  ])('refuses %s', (_, body, scimType) => expect(scimTypeOf(() => parsePatch(body))).toBe(scimType));
});

describe('users', () => {
  const ada: UserDraft = { userName: 'ada@trust.nhs.uk', name: 'Ada Lovelace', externalId: 'e1', active: true };

  it('a new user takes displayName, else formatted, else given and family name together', () => {
    expect(userFromDocument({ schemas: [USER], userName: ' Ada@Trust.NHS.uk ', displayName: 'Ada L', name: { givenName: 'Ada', familyName: 'Lovelace' } })).toEqual({
      userName: 'ada@trust.nhs.uk',
      name: 'Ada L',
      externalId: null,
      active: true,
    });
    expect(userFromDocument({ schemas: [USER], userName: 'ada@trust.nhs.uk', name: { givenName: 'Ada', familyName: 'Lovelace' } }).name).toBe('Ada Lovelace');
    expect(userFromDocument({ schemas: [USER], userName: 'ada@trust.nhs.uk' }).name).toBe('ada@trust.nhs.uk');
    expect(userFromDocument({ schemas: [USER], USERNAME: 'ada@trust.nhs.uk', Active: 'false' }).active).toBe(false);
  });

  it('a replacement without "active" leaves the person as they were', () => {
    expect(userFromDocument({ schemas: [USER], userName: 'ada@trust.nhs.uk' }, { ...ada, active: false }).active).toBe(false);
  });

  it.each([
    ['path active, string "False"', [{ op: 'Replace', path: 'active', value: 'False' }], { active: false }],
    ['no path, {active: false}', [{ op: 'replace', value: { active: false } }], { active: false }],
    ['no path, dotted keys', [{ op: 'replace', value: { 'name.givenName': 'Augusta', 'name.familyName': 'King' } }], { name: 'Augusta King' }],
    ['displayName wins over name parts', [{ op: 'replace', path: 'name.familyName', value: 'King' }, { op: 'replace', path: 'displayName', value: 'Augusta Ada King' }], { name: 'Augusta Ada King' }],
    ['one name part alone keeps the name', [{ op: 'replace', path: 'name.familyName', value: 'King' }], { name: 'Ada Lovelace' }],
    ['externalId removed', [{ op: 'remove', path: 'externalId' }], { externalId: null }],
    ['userName changed', [{ op: 'replace', path: 'userName', value: 'Ada.King@trust.nhs.uk' }], { userName: 'ada.king@trust.nhs.uk' }],
    ['work email and extension ignored', [{ op: 'replace', path: 'emails[type eq "work"].value', value: 'x@y.uk' }, { op: 'add', path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department', value: 'IG' }], {}],
  ])('%s', (_, operations, change) => {
    expect(applyUserPatch(ada, patch(...operations))).toEqual({ ...ada, ...change });
  });

  it.each([
    ['active that is not a boolean', [{ op: 'replace', path: 'active', value: 'maybe' }]],
    ['a userName that is not an email address', [{ op: 'replace', path: 'userName', value: 'ada' }]],
    ['removing userName', [{ op: 'remove', path: 'userName' }]],
    ['a name that is not an object', [{ op: 'replace', path: 'name', value: 'Ada' }]],
  ])('refuses %s as invalidValue', (_, operations) => {
    expect(scimTypeOf(() => applyUserPatch(ada, patch(...operations)))).toBe('invalidValue');
  });
});

describe('groups', () => {
  const group = { displayName: 'Analysts', externalId: 'g1', members: ['u1', 'u2'] };

  it('reads a group and its members, without repeats', () => {
    expect(groupFromDocument({ schemas: [GROUP], displayName: ' Analysts ', members: [{ value: 'u1' }, { value: 'u1' }, { value: 'u2' }] })).toEqual({
      displayName: 'Analysts',
      externalId: null,
      members: ['u1', 'u2'],
    });
    expect(scimTypeOf(() => groupFromDocument({ schemas: [GROUP], displayName: 'A', members: ['u1'] }))).toBe('invalidValue');
  });

  it.each([
    ['add members', [{ op: 'Add', path: 'members', value: [{ value: 'u3' }] }], ['u1', 'u2', 'u3']],
    ['remove a member by filter', [{ op: 'Remove', path: 'members[value eq "u1"]' }], ['u2']],
    ['remove members by value', [{ op: 'remove', path: 'members', value: [{ value: 'u2' }] }], ['u1']],
    ['remove every member', [{ op: 'remove', path: 'members' }], []],
    ['replace the members', [{ op: 'replace', path: 'members', value: [{ value: 'u9' }] }], ['u9']],
    ['add then remove in one request', [{ op: 'add', path: 'members', value: [{ value: 'u3' }] }, { op: 'remove', path: 'members[value eq "u3"]' }], ['u1', 'u2']],
  ])('%s', (_, operations, members) => {
    expect(applyGroupPatch(group, patch(...operations)).members).toEqual(members);
  });

  it('renames with a path or with an object', () => {
    expect(applyGroupPatch(group, patch({ op: 'Replace', path: 'displayName', value: 'Security analysts' })).displayName).toBe('Security analysts');
    expect(applyGroupPatch(group, patch({ op: 'replace', value: { displayName: 'SOC', externalId: 'g2' } }))).toMatchObject({ displayName: 'SOC', externalId: 'g2' });
    expect(scimTypeOf(() => applyGroupPatch(group, patch({ op: 'remove', path: 'displayName' })))).toBe('invalidValue');
  });
});

describe('paging and attributes', () => {
  it.each([
    [{}, { startIndex: 1, count: 100 }],
    [{ startIndex: '0', count: '5' }, { startIndex: 1, count: 5 }],
    [{ startIndex: '11', count: '5000' }, { startIndex: 11, count: 200 }],
    [{ count: '-3' }, { startIndex: 1, count: 0 }],
  ])('%j → %j', (query, page) => expect(pageOf(query)).toEqual(page));

  it('refuses a page position that is not a whole number', () => {
    expect(scimTypeOf(() => pageOf({ startIndex: 'two' }))).toBe('invalidValue');
  });

  it('returns only the attributes asked for, always with schemas and id', () => {
    const resource = { schemas: ['s'], id: '1', userName: 'a', displayName: 'A', active: true };
    expect(project(resource, projectionOf({ attributes: 'userName' }))).toEqual({ schemas: ['s'], id: '1', userName: 'a' });
    expect(project(resource, projectionOf({ excludedAttributes: 'displayName,active' }))).toEqual({ schemas: ['s'], id: '1', userName: 'a' });
  });
});

describe('groups to roles', () => {
  const mapping = parseGroupRoleMappings([
    JSON.stringify([
      { group: 'Bulwark Analysts', roles: ['security-analyst'] },
      { group: '0f3a-admins', roles: ['org-admin', 'system-admin', 'overlord'] },
    ]),
    'not json',
  ]);

  it('matches a group by name (any case) or by external id, and never grants system administrator', () => {
    expect([...rolesForGroups(mapping, [{ displayName: 'bulwark analysts', externalId: null }])]).toEqual(['security-analyst']);
    expect([...rolesForGroups(mapping, [{ displayName: 'Admins', externalId: '0F3A-ADMINS' }])]).toEqual(['org-admin']);
    expect([...rolesForGroups(mapping, [{ displayName: 'Porters', externalId: 'x' }])]).toEqual([]);
  });

  it('reads a mapping written as an object of group to roles', () => {
    expect([...rolesForGroups(parseGroupRoleMappings(['{"IG team": ["ig-lead", "dpo"]}']), [{ displayName: 'IG team', externalId: null }])].sort()).toEqual(['dpo', 'ig-lead']);
  });

  it.each([
    ['grants a mapped role held by no means', ['auditor'], [], { grant: ['auditor'], revoke: [] }],
    ['takes away a provisioned role no group gives', [], [{ role: 'auditor', source: 'scim' }], { grant: [], revoke: ['auditor'] }],
    ['leaves a role an administrator granted', [], [{ role: 'auditor', source: 'manual' }], { grant: [], revoke: [] }],
    ['leaves a role single sign-on granted', [], [{ role: 'staff', source: 'sso' }], { grant: [], revoke: [] }],
    ['does not grant twice a role held manually', ['auditor'], [{ role: 'auditor', source: 'manual' }], { grant: [], revoke: [] }],
  ] as const)('%s', (_, wanted, held, changes) => {
    expect(provisionedRoleChanges(new Set(wanted), held)).toEqual(changes);
  });
});
