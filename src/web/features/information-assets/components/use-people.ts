// Who may be chosen as an Information Asset Owner or Administrator, or as a DPIA's owner: the
// organisation's active people, for those who may see who holds which role; otherwise the person
// filling in the form. Whoever the record names now (an asset's owner and administrator, a DPIA's
// owner) stays choosable, so changing another field never drops them.
import type { SelectOption } from '../../../components/Select';
import { can, type Organisation } from '../../../lib/current-org';
import { useMe } from '../../../lib/session';
import { useMembers } from '../api/get-members';

export function usePeople(organisation: Organisation, named: ReadonlyArray<{ id: string | null; name: string } | null> = []): SelectOption[] {
  const members = useMembers(organisation.id, can(organisation, 'member.read'));
  const me = useMe().data?.user;
  const people: SelectOption[] = members.data
    ? members.data.members.filter((member) => member.status === 'active').map((member) => ({ value: member.userId, text: member.name }))
    : me
      ? [{ value: me.id, text: `${me.name} (you)` }]
      : [];
  for (const person of named) {
    if (person?.id && !people.some((option) => option.value === person.id)) people.push({ value: person.id, text: person.name });
  }
  return people;
}
