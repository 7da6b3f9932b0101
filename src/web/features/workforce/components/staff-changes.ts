// What a mover's change was, field by field: only the fields that differ, in the order people read a
// post (division, department, position, staff group), blanks said as "Not recorded".
import type { StaffChanges } from '../../../../contract/staff';
import { orNotRecorded } from './words';

type Standing = StaffChanges['items'][number]['after'];

const FIELDS: ReadonlyArray<[keyof Omit<Standing, 'status'>, string]> = [
  ['division', 'Division'],
  ['department', 'Department'],
  ['position', 'Position'],
  ['staffGroup', 'Staff group'],
];

export function movedFields(change: { before: Standing | null; after: Standing }): Array<{ label: string; before: string; after: string }> {
  const before = change.before;
  if (!before) return [];
  return FIELDS.filter(([field]) => (before[field] ?? '') !== (change.after[field] ?? '')).map(([field, label]) => ({ label, before: orNotRecorded(before[field]), after: orNotRecorded(change.after[field]) }));
}
