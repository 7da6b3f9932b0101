// A DPIA's details form, for starting one (title, description, owner) and for changing its details
// (those, with why the processing is necessary, whom was consulted and the next review); and how a
// refusal is read, each problem beside its box.
import { SaveForm } from '../../../components/SaveForm';
import type { SelectOption } from '../../../components/Select';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { formProblems, type FormProblems } from '../../../lib/form-problems';
import { DPIA_DETAILS_LABELS, type DpiaDetailsValues, type NewDpiaValues } from './dpia-values';
import { PersonChoice, personChoiceIds } from './PersonChoice';

const OWNER = personChoiceIds('dpia-owner');

/** Each field the API or this form may name, with its control, in page order. */
export const DPIA_FIELD_IDS = {
  title: 'dpia-title',
  description: 'dpia-description',
  ownerId: OWNER.account,
  necessity: 'dpia-necessity',
  consultation: 'dpia-consultation',
  reviewOn: 'dpia-review-on',
};

export function dpiaDetailsProblems(error: unknown): FormProblems | null {
  return formProblems(error, DPIA_FIELD_IDS);
}

const isFull = (values: NewDpiaValues): values is DpiaDetailsValues => 'necessity' in values;

export function DpiaDetailsForm<Values extends NewDpiaValues>({
  values,
  onChange,
  people,
  problems,
  submitLabel,
  busy,
  cancelTo,
  onSubmit,
}: {
  values: Values;
  onChange: (values: Values) => void;
  /** Who may be chosen as the DPIA's owner. */
  people: SelectOption[];
  problems: FormProblems | null;
  submitLabel: string;
  busy: boolean;
  cancelTo: string;
  onSubmit: () => void;
}) {
  const set =
    <K extends keyof Values>(field: K) =>
    (value: Values[K]) =>
      onChange({ ...values, [field]: value });
  const errors = problems?.byField;
  const ids = DPIA_FIELD_IDS;
  return (
    <SaveForm submitLabel={submitLabel} busy={busy} cancelTo={cancelTo} onSubmit={onSubmit}>
      <TextInput id={ids.title} label={DPIA_DETAILS_LABELS.title} hint="What is being done, in a few words, like “Remote monitoring of heart failure patients”." value={values.title} onChange={set('title')} error={errors?.title} autoComplete="off" />
      <Textarea
        id={ids.description}
        label={`${DPIA_DETAILS_LABELS.description} (optional)`}
        hint="What will be done with whose personal data, how, and why."
        value={values.description}
        onChange={set('description')}
        error={errors?.description}
        rows={5}
      />
      <PersonChoice
        ids={OWNER}
        legend={`${DPIA_DETAILS_LABELS.owner} (optional)`}
        hint="Who answers for the DPIA: usually the Information Asset Owner of the system concerned."
        value={values.owner}
        onChange={set('owner')}
        people={people}
        errors={{ account: errors?.ownerId }}
        withoutAccount={false}
      />
      {isFull(values) && (
        <>
          <Textarea
            id={ids.necessity}
            label={`${DPIA_DETAILS_LABELS.necessity} (optional)`}
            hint="Why the processing is needed to reach its purpose, and why no less data, or a less intrusive way, would do."
            value={values.necessity}
            onChange={(necessity) => onChange({ ...values, necessity })}
            error={errors?.necessity}
            rows={5}
          />
          <Textarea
            id={ids.consultation}
            label={`${DPIA_DETAILS_LABELS.consultation} (optional)`}
            hint="The people concerned or their representatives, staff, suppliers: whom was asked and what they said, or why nobody was."
            value={values.consultation}
            onChange={(consultation) => onChange({ ...values, consultation })}
            error={errors?.consultation}
            rows={5}
          />
          <TextInput
            id={ids.reviewOn}
            label={`${DPIA_DETAILS_LABELS.reviewOn} (optional)`}
            hint="When the DPIA is next to be looked at again. Signing it off with approval sets this too."
            type="date"
            value={values.reviewOn}
            onChange={(reviewOn) => onChange({ ...values, reviewOn })}
            error={errors?.reviewOn}
            width={10}
          />
        </>
      )}
    </SaveForm>
  );
}
