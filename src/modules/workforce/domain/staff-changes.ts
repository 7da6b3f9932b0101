// Joiners, movers and leavers: what one staff import changed for a person, from where they stood as of
// the previous import and where they stand as of this one. Pure.
import type { StaffStanding } from './staff-status.js';

export type StaffChangeKind = 'joined' | 'moved' | 'left';

/** The fields whose change makes a mover. */
export const MOVE_FIELDS = ['division', 'department', 'position', 'staffGroup'] as const;

/**
 * A person not held before the import joined. A person current as of the previous import and a leaver
 * as of this one left. A person current now whose division, department, position or staff group is not
 * what it was moved (a leaver's last post is not a move).
 */
export function changesBetween(before: StaffStanding | null, after: StaffStanding): StaffChangeKind[] {
  if (!before) return ['joined'];
  const changes: StaffChangeKind[] = [];
  if (before.status === 'current' && after.status === 'leaver') changes.push('left');
  if (after.status === 'current' && MOVE_FIELDS.some((f) => before[f] !== after[f])) changes.push('moved');
  return changes;
}
