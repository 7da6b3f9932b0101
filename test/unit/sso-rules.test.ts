// The rules of single sign-on that need no provider or database: settings, claims, roles and who may come in.
import { describe, expect, it } from 'vitest';
import { checkConnection, issuerProblem } from '../../src/modules/sso/domain/connection-settings.js';
import { accountRefusal, domainAllowed, identityFromClaims, mappedRoles, providerDidMfa, safeReturnPath, ssoRoleChange } from '../../src/modules/sso/domain/sign-in-rules.js';

describe('connection settings', () => {
  it.each([
    ['an Entra ID tenant', 'https://login.microsoftonline.com/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/v2.0', null],
    ['a test provider on this machine', 'http://localhost:4000', null],
    ['plain http elsewhere', 'http://idp.example.nhs.uk', 'The issuer must be an https:// address'],
    ['not an address', 'login.microsoftonline.com', expect.stringMatching(/full web address/)],
    ['an address with a query', 'https://idp.example/?tenant=1', expect.stringMatching(/query/)],
  ])('%s', (_, issuer, problem) => expect(issuerProblem(issuer)).toEqual(problem));

  it('domains are lower-cased, stripped of @, and kept once each', () => {
    const { settings, problems } = checkConnection({ name: 'Entra', issuer: 'https://idp.example', clientId: 'c', allowedDomains: [' @NHS.net', 'nhs.net', 'Northshire.NHS.UK.', ''] });
    expect(problems).toEqual([]);
    expect(settings.allowedDomains).toEqual(['nhs.net', 'northshire.nhs.uk']);
    expect(settings).toMatchObject({ groupsClaim: 'groups', jitProvisioning: false, trustIdpMfa: false, enabled: true, groupRoles: [] });
  });

  it('a group may not map to the system administrator role, nor to no role', () => {
    const { problems } = checkConnection({
      name: 'Entra',
      issuer: 'https://idp.example',
      clientId: 'c',
      allowedDomains: ['nhs.net'],
      groupRoles: [{ group: 'a', roles: ['system-admin'] }, { group: 'b', roles: [] }, { group: 'c', roles: ['overlord'] }],
    });
    expect(problems.map((p) => p.field)).toEqual(['groupRoles.0.roles', 'groupRoles.1.roles', 'groupRoles.2.roles']);
  });
});

describe('claims from the ID token', () => {
  it.each([
    ['email', { sub: 's', email: 'A@X.example' }, 'a@x.example'],
    ['Entra sign-in name when there is no email', { sub: 's', preferred_username: 'b@x.example' }, 'b@x.example'],
    ['older tokens’ upn', { sub: 's', upn: 'c@x.example' }, 'c@x.example'],
    ['a sign-in name that is not an address', { sub: 's', preferred_username: 'EMPLOYEE123' }, null],
  ])('%s', (_, claims, email) => expect(identityFromClaims(claims, 'groups').email).toBe(email));

  it('groups are read from the configured claim; an Entra ID overage is "unknown", not "none"', () => {
    expect(identityFromClaims({ sub: 's', roles: ['r1'], groups: ['g1'] }, 'roles').groups).toEqual(['r1']);
    expect(identityFromClaims({ sub: 's' }, 'groups').groups).toEqual([]);
    expect(identityFromClaims({ sub: 's', _claim_names: { groups: 'src1' } }, 'groups').groups).toBeNull();
  });

  it('the provider’s MFA counts only when trusted and reported', () => {
    expect(providerDidMfa(true, ['pwd', 'mfa'])).toBe(true);
    expect(providerDidMfa(false, ['pwd', 'mfa'])).toBe(false);
    expect(providerDidMfa(true, ['pwd'])).toBe(false);
  });
});

describe('who may come in, with which roles', () => {
  it('allowed domains are matched exactly, not as suffixes', () => {
    expect(domainAllowed('a@nhs.net', ['nhs.net'])).toBe(true);
    expect(domainAllowed('a@evil-nhs.net', ['nhs.net'])).toBe(false);
    expect(domainAllowed('a@sub.nhs.net', ['nhs.net'])).toBe(false);
  });

  it('groups map to the union of their roles', () => {
    const mapping = [
      { group: 'g1', roles: ['staff' as const] },
      { group: 'g2', roles: ['auditor' as const, 'staff' as const] },
    ];
    expect(mappedRoles(mapping, ['g2', 'g1', 'other'])).toEqual(['staff', 'auditor']);
    expect(mappedRoles(mapping, [])).toEqual([]);
    expect(mappedRoles(mapping, ['G2'])).toEqual(['auditor', 'staff']);
  });

  it.each([
    ['a role here', { deactivated: false, grants: [{ role: 'staff', orgPath: '/ics/rzz/' }] }, null],
    ['a role at a site below', { deactivated: false, grants: [{ role: 'staff', orgPath: '/ics/rzz/site/' }] }, null],
    ['no roles at all', { deactivated: false, grants: [] }, null],
    ['deactivated', { deactivated: true, grants: [] }, 'deactivated'],
    ['a role in another trust', { deactivated: false, grants: [{ role: 'staff', orgPath: '/ics/rzy/' }] }, 'outside-organisation'],
    ['a role at the ICS above', { deactivated: false, grants: [{ role: 'auditor', orgPath: '/ics/' }] }, 'outside-organisation'],
    ['a system administrator', { deactivated: false, grants: [{ role: 'system-admin', orgPath: '/ics/rzz/' }] }, 'outside-organisation'],
  ])('an account with %s → %s', (_, account, refusal) => expect(accountRefusal(account, '/ics/rzz/')).toBe(refusal));

  it('roles from groups come and go; roles granted otherwise stay', () => {
    const current = [
      { role: 'staff' as const, source: 'manual' },
      { role: 'auditor' as const, source: 'sso' },
      { role: 'dpo' as const, source: 'scim' },
    ];
    expect(ssoRoleChange(current, ['staff', 'security-analyst'])).toEqual({ add: ['security-analyst'], remove: ['auditor'] });
    expect(ssoRoleChange(current, [])).toEqual({ add: [], remove: ['auditor'] });
  });

  it.each([
    ['/account', '/account'],
    ['/orgs/1?tab=a', '/orgs/1?tab=a'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['/sign-in', '/'],
    ['/api/v1/me', '/'],
    [undefined, '/'],
  ])('returning to %s → %s', (value, path) => expect(safeReturnPath(value)).toBe(path));
});
