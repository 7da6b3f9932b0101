// Which roles can be offered, and how a membership's status is shown.
import type { TagColour } from '../../../components/Tag';
import type { ReferenceItem } from '../../../lib/reference';
import type { Member } from '../api/types';

/** Only a system administrator may make someone a system administrator (policy role.grant-system-admin). */
export function assignableRoles(roles: ReferenceItem[], isSystemAdmin: boolean): ReferenceItem[] {
  return roles.filter((role) => isSystemAdmin || role.id !== 'system-admin');
}

export function statusTag(status: Member['status']): { text: string; colour: TagColour } {
  return status === 'active' ? { text: 'Active', colour: 'green' } : { text: 'Deactivated', colour: 'grey' };
}
