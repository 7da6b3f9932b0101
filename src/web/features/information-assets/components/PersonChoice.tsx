// Choosing an Information Asset Owner or Administrator: someone with a role in the organisation, or
// the name of someone without an account (a clinical lead who never signs in), or nobody yet. The
// API takes one or the other, so the choice is made first and only its field is shown. A DPIA's
// owner must have an account, so that choice can leave out the name.
import { Radios } from '../../../components/Radios';
import { Select, type SelectOption } from '../../../components/Select';
import { TextInput } from '../../../components/TextInput';
import type { PersonValues } from './asset-values';

export interface PersonChoiceIds {
  group: string;
  account: string;
  name: string;
}

export function personChoiceIds(id: string): PersonChoiceIds {
  return { group: id, account: `${id}-account`, name: `${id}-name` };
}

export function PersonChoice({
  ids,
  legend,
  hint,
  value,
  onChange,
  people,
  errors,
  withoutAccount = true,
}: {
  ids: PersonChoiceIds;
  legend: string;
  hint: string;
  value: PersonValues;
  onChange: (value: PersonValues) => void;
  /** The people with an account who may be chosen. */
  people: SelectOption[];
  errors: { account?: string | undefined; name?: string | undefined };
  /** Offer someone without an account, by name. */
  withoutAccount?: boolean;
}) {
  const role = legend.replace(/ \(optional\)$/, '');
  return (
    <Radios
      id={ids.group}
      legend={legend}
      legendSize="s"
      hint={hint}
      value={value.kind}
      onChange={(kind) => onChange({ ...value, kind: kind as PersonValues['kind'] })}
      items={[
        {
          value: 'account',
          label: 'Someone with an account in Bulwark',
          conditional: (
            <Select
              id={ids.account}
              label={`Who is the ${role}`}
              value={value.id}
              onChange={(id) => onChange({ ...value, id })}
              error={errors.account}
              options={[{ value: '', text: 'Choose a person' }, ...people]}
            />
          ),
        },
        ...(withoutAccount
          ? [
              {
                value: 'name',
                label: 'Someone without an account',
                conditional: <TextInput id={ids.name} label={`Name of the ${role}`} value={value.name} onChange={(name) => onChange({ ...value, name })} error={errors.name} autoComplete="off" />,
              },
            ]
          : []),
        { value: 'none', label: 'Nobody yet' },
      ]}
    />
  );
}
