import { beforeAll, describe, expect, it } from 'vitest';
import { contributeToPlatform } from '../../src/app/platform-contributions.js';
import { Principal } from '../../src/platform/policy/principal.js';

// Which organisation types only oversee is the organisations module's to say; the app tells the policy layer.
beforeAll(() => contributeToPlatform());

const ics = { id: 'ics', path: '/ics/', type: 'ics' };
const trust = { id: 'trust', path: '/ics/trust/', type: 'nhs-trust' };
const site = { id: 'site', path: '/ics/trust/site/', type: 'site' };
const otherTrust = { id: 'other', path: '/ics/other/', type: 'nhs-trust' };
const user = { id: 'u', email: 'u@example.nhs.uk', name: 'U' };

describe('how roles reach down the organisation tree', () => {
  it('a role at a trust applies at its sites', () => {
    const p = new Principal(user, [{ org: trust, role: 'org-admin' }]);
    expect(p.hasRole(site, 'org-admin')).toBe(true);
    expect(p.hasRole(otherTrust, 'org-admin')).toBe(false);
    expect(p.hasRole(ics, 'org-admin')).toBe(false);
  });
  it('a role at an ICS oversees its members but does not act in them', () => {
    const p = new Principal(user, [{ org: ics, role: 'security-lead' }]);
    expect(p.hasRole(trust, 'security-lead')).toBe(false);
    expect(p.oversees(trust, 'security-lead')).toBe(true);
    expect(p.oversees(site)).toBe(true);
    expect(p.hasRole(ics, 'security-lead')).toBe(true);
  });
  it('a role at a site gives nothing at its trust', () => {
    const p = new Principal(user, [{ org: site, role: 'staff' }]);
    expect(p.hasAnyRole(trust)).toBe(false);
    expect(p.oversees(trust)).toBe(false);
  });
  it('system administrators are recognised wherever their role is held', () => {
    expect(new Principal(user, [{ org: site, role: 'system-admin' }]).isSystemAdmin).toBe(true);
    expect(new Principal(user, [{ org: trust, role: 'org-admin' }]).isSystemAdmin).toBe(false);
  });
});

describe('actions that need a second factor', () => {
  const grants = [{ org: trust, role: 'org-admin' as const }];
  const session = (stage: 'complete' | 'second-factor', secondFactor: boolean) => new Principal(user, grants, 's', { kind: 'session', stage, method: 'password', secondFactor });
  const token = (tokenKind: 'personal' | 'service') => new Principal(user, grants, undefined, { kind: 'token', tokenId: 't', tokenKind, scopes: ['member:write'], orgId: null });

  it.each([
    ['a session that gave its second factor', session('complete', true), true],
    ['the command line on the server', new Principal(user, grants), true],
    ['a session signed in with a password alone', session('complete', false), false],
    ['a session still owing its second factor', session('second-factor', false), false],
    ['a personal token', token('personal'), false],
    ['a service token', token('service'), false],
  ])('%s → %s', async (_, principal, allowed) => {
    await import('../../src/modules/accounts/policy.js');
    const { can } = await import('../../src/platform/policy/policy.js');
    expect(can(principal, 'member.credentials', trust)).toBe(allowed);
    expect(can(principal, 'role.grant-privileged', trust)).toBe(allowed);
    // The rule itself still applies: a second factor does not make someone an administrator elsewhere.
    expect(can(principal, 'member.credentials', otherTrust)).toBe(false);
  });

  it('an action cannot both need a second factor and be open to tokens', async () => {
    const { allow } = await import('../../src/platform/policy/policy.js');
    expect(() => allow('test.contradiction', 'never', () => true, { secondFactor: true, viaToken: true })).toThrow(/no token can give/);
  });
});
