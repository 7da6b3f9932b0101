import { describe, expect, it } from 'vitest';
import { Principal } from '../../src/platform/policy/principal.js';

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
