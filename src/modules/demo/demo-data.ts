// A fictional integrated care system for trying Bulwark: an ICS with its ICB, an acute trust, a
// mental-health trust and a GP practice, and one person for each role. The ODS codes are made up
// (Z-series) and the email domains are reserved .example names, so nothing here is a real body.
import type { OrganisationInput } from '../organisations/service.js';
import type { Role } from '../../platform/policy/roles.js';

export interface DemoOrganisation extends OrganisationInput {
  key: string;
  parent: string | null;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'ics', parent: null, name: 'Northshire Integrated Care System', type: 'ics' },
  { key: 'icb', parent: 'ics', name: 'NHS Northshire Integrated Care Board', type: 'icb', odsCode: 'QZZ', dsptCategory: 'category-1' },
  { key: 'acute', parent: 'ics', name: 'Northshire Hospitals NHS Foundation Trust', type: 'nhs-foundation-trust', odsCode: 'RZZ', dsptCategory: 'category-1' },
  { key: 'acute-general', parent: 'acute', name: 'Northshire General Hospital', type: 'site', odsCode: 'RZZ01' },
  { key: 'acute-riverside', parent: 'acute', name: 'Riverside Community Hospital', type: 'site', odsCode: 'RZZ02' },
  { key: 'acute-digital', parent: 'acute', name: 'Digital Services', type: 'department' },
  { key: 'mental-health', parent: 'ics', name: 'Northshire and Dale Mental Health NHS Trust', type: 'nhs-trust', odsCode: 'RZY', dsptCategory: 'category-1' },
  { key: 'mental-health-hillview', parent: 'mental-health', name: 'Hillview Unit', type: 'site', odsCode: 'RZY01' },
  { key: 'gp', parent: 'ics', name: 'Castlegate Medical Practice', type: 'gp-practice', odsCode: 'Y99999' },
];

export interface DemoPerson {
  email: string;
  name: string;
  org: string;
  roles: Role[];
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'admin@northshire-ics.example', name: 'Sam Okafor', org: 'ics', roles: ['system-admin'] },
  { email: 'icslead@northshire-ics.example', name: 'Priya Raman', org: 'ics', roles: ['security-lead'] },
  { email: 'orgadmin@northshire-acute.example', name: 'Helen Marsh', org: 'acute', roles: ['org-admin'] },
  { email: 'siro@northshire-acute.example', name: 'David Achterberg', org: 'acute', roles: ['siro'] },
  { email: 'dpo@northshire-acute.example', name: 'Fatima Begum', org: 'acute', roles: ['dpo'] },
  { email: 'caldicott@northshire-acute.example', name: 'Dr Rhys Llewellyn', org: 'acute', roles: ['caldicott-guardian'] },
  { email: 'iglead@northshire-acute.example', name: 'Grace Mensah', org: 'acute', roles: ['ig-lead'] },
  { email: 'seclead@northshire-acute.example', name: 'Tom Whitfield', org: 'acute', roles: ['security-lead'] },
  { email: 'analyst@northshire-acute.example', name: 'Aisha Khan', org: 'acute', roles: ['security-analyst'] },
  { email: 'iao@northshire-acute.example', name: 'Mark Donnelly', org: 'acute', roles: ['information-asset-owner'] },
  { email: 'manager@northshire-acute.example', name: 'Claire Robson', org: 'acute', roles: ['line-manager'] },
  { email: 'auditor@northshire-acute.example', name: 'Oliver Grant', org: 'acute', roles: ['auditor'] },
  { email: 'staff@northshire-acute.example', name: 'Jo Taylor', org: 'acute', roles: ['staff'] },
  { email: 'orgadmin@northshire-mh.example', name: 'Nadia Petrova', org: 'mental-health', roles: ['org-admin'] },
  { email: 'staff@northshire-mh.example', name: 'Ben Adeyemi', org: 'mental-health', roles: ['staff'] },
  { email: 'manager@castlegate-gp.example', name: 'Lucy Hart', org: 'gp', roles: ['org-admin', 'ig-lead'] },
];
