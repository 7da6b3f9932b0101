// The demo trust's line managers who use Bulwark: the managers of Digital Services and Imaging in the
// demo staff register, each with an account under the email the register holds for them, so a review
// by line manager places their staff's accounts with them. The other departments' managers, and the
// director the managers report to, have none: their staff's accounts fall to whoever starts a review.
import type { Actor } from '../../platform/audit/audit-trail.js';
import type { AppContext } from '../../platform/context.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import type { Role } from '../../platform/policy/roles.js';
import * as accounts from '../accounts/service.js';
import { demoLineManagers, demoStaffAssignments, demoStaffEmail } from './demo-staff.js';

/** The departments whose managers hold Bulwark accounts. */
export const DEMO_MANAGED_DEPARTMENTS = ['Digital Services', 'Imaging'] as const;

export interface DemoLineManager {
  email: string;
  name: string;
  employeeNumber: string;
  department: (typeof DEMO_MANAGED_DEPARTMENTS)[number];
  roles: Role[];
}

/** Those managers as the register names them, the same whatever the day. */
export function demoLineManagerPeople(): DemoLineManager[] {
  const assignments = demoStaffAssignments();
  const managers = demoLineManagers(assignments);
  return DEMO_MANAGED_DEPARTMENTS.map((department) => {
    const person = assignments.find((a) => a.employee === managers.get(department))!;
    return { email: demoStaffEmail(person), name: `${person.first} ${person.last}`, employeeNumber: person.employee, department, roles: ['line-manager'] };
  });
}

/** Gives each of them an account in the demo trust with the demo password, as the other demo people are made; how many were new. */
export async function loadDemoLineManagers(ctx: AppContext & { actor: Actor; now: Date }, acute: OrganisationRow, password: string, resetPassword: boolean): Promise<number> {
  let created = 0;
  for (const manager of demoLineManagerPeople()) {
    if ((await accounts.ensureAccount(ctx, acute, { email: manager.email, name: manager.name, password, roles: manager.roles }, { resetPassword })).created) created++;
  }
  return created;
}
