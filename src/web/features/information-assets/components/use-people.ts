// Who may be chosen as an Information Asset Owner or Administrator: the organisation's active people,
// for those who may see who holds which role; otherwise the person filling in the form. Whoever the
// asset names now stays choosable, so changing another field never drops them.
import type { SelectOption } from '../../../components/Select';
import { can, type Organisation } from '../../../lib/current-org';
import { useMe } from '../../../lib/session';
import { useMembers } from '../api/get-members';
import type { AssetDetail } from '../api/get-asset';

export function usePeople(organisation: Organisation, asset?: AssetDetail): SelectOption[] {
  const members = useMembers(organisation.id, can(organisation, 'member.read'));
  const me = useMe().data?.user;
  const people: SelectOption[] = members.data
    ? members.data.members.filter((member) => member.status === 'active').map((member) => ({ value: member.userId, text: member.name }))
    : me
      ? [{ value: me.id, text: `${me.name} (you)` }]
      : [];
  for (const person of [asset?.owner, asset?.administrator]) {
    if (person?.id && !people.some((option) => option.value === person.id)) people.push({ value: person.id, text: person.name });
  }
  return people;
}
