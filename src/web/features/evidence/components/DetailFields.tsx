// The fields every piece of evidence has, for adding and for changing: title, description, owner and
// the three dates. Errors come from the API's 422, by field.
import { Select } from '../../../components/Select';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import type { EvidenceDetailsInput } from '../api/add-evidence';
import type { Member } from '../api/get-owners';

export const DETAIL_FIELDS = {
  title: 'evidence-title',
  description: 'evidence-description',
  ownerId: 'evidence-owner',
  validFrom: 'evidence-valid-from',
  expiresOn: 'evidence-expires-on',
  reviewOn: 'evidence-review-on',
};

export interface DetailFieldsProps {
  values: EvidenceDetailsInput;
  onChange: (values: EvidenceDetailsInput) => void;
  errors: Record<string, string> | undefined;
  /** The people who may own it; when not known, the person can choose themselves or nobody. */
  members: Member[] | undefined;
  me: { id: string; name: string } | undefined;
  titleHint?: string;
}

export function DetailFields({ values, onChange, errors, members, me, titleHint }: DetailFieldsProps) {
  const set = (field: keyof EvidenceDetailsInput) => (value: string) => onChange({ ...values, [field]: value });
  const people = members?.filter((m) => m.status === 'active').map((m) => ({ value: m.userId, text: m.name })) ?? (me ? [{ value: me.id, text: `${me.name} (you)` }] : []);
  // Keep the current owner choosable even when they are not in the list offered.
  if (values.ownerId && !people.some((p) => p.value === values.ownerId)) people.unshift({ value: values.ownerId, text: 'The current owner' });
  return (
    <>
      <TextInput id={DETAIL_FIELDS.title} label="Title" hint={titleHint} value={values.title} onChange={set('title')} error={errors?.title} />
      <Textarea id={DETAIL_FIELDS.description} label="Description (optional)" hint="What it shows, and where it came from." value={values.description} onChange={set('description')} error={errors?.description} rows={3} />
      <Select
        id={DETAIL_FIELDS.ownerId}
        label="Owner (optional)"
        hint="The person who keeps it current."
        value={values.ownerId}
        onChange={set('ownerId')}
        error={errors?.ownerId}
        options={[{ value: '', text: 'No owner' }, ...people]}
      />
      <TextInput id={DETAIL_FIELDS.validFrom} label="Valid from (optional)" type="date" value={values.validFrom} onChange={set('validFrom')} error={errors?.validFrom} width={10} />
      <TextInput
        id={DETAIL_FIELDS.expiresOn}
        label="Expires on (optional)"
        hint="It can be relied on until the end of this day."
        type="date"
        value={values.expiresOn}
        onChange={set('expiresOn')}
        error={errors?.expiresOn}
        width={10}
      />
      <TextInput id={DETAIL_FIELDS.reviewOn} label="Review on (optional)" hint="When someone should check it is still right." type="date" value={values.reviewOn} onChange={set('reviewOn')} error={errors?.reviewOn} width={10} />
    </>
  );
}
