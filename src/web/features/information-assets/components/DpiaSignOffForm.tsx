// The sign-off of a DPIA by those who own the information risk: the outcome, the conditions an
// approval with conditions is given on (revealed by it), and when the DPIA is next to be reviewed
// (needed with an approval).
import { SaveForm } from '../../../components/SaveForm';
import { Radios } from '../../../components/Radios';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { formProblems, type FormProblems } from '../../../lib/form-problems';
import type { SignOffOutcome } from '../../../../contract/dpias';
import type { SignOffValues } from './dpia-step-values';
import { SIGN_OFF_OUTCOME_LABELS } from './dpia-words';
import { entries } from './words';

export const DPIA_SIGN_OFF_FIELD_IDS = { outcome: 'dpia-sign-off-outcome', conditions: 'dpia-sign-off-conditions', reviewOn: 'dpia-sign-off-review-on' };

/** A failed save as the form shows it: each problem beside its field, a refusal of the step as the summary's words. */
export function dpiaSignOffProblems(error: unknown): FormProblems | null {
  return formProblems(error, DPIA_SIGN_OFF_FIELD_IDS);
}

const OUTCOME_HINTS: Record<SignOffOutcome, string> = {
  approved: 'The processing may go ahead with the measures the assessment sets out.',
  'approved-with-conditions': 'The processing may go ahead once the conditions you set are met.',
  'not-approved': 'The processing must not go ahead as assessed.',
};

export function DpiaSignOffForm({
  values,
  onChange,
  problems,
  busy,
  cancelTo,
  onSubmit,
}: {
  values: SignOffValues;
  onChange: (values: SignOffValues) => void;
  problems: FormProblems | null;
  busy: boolean;
  cancelTo: string;
  onSubmit: () => void;
}) {
  const errors = problems?.byField;
  const ids = DPIA_SIGN_OFF_FIELD_IDS;
  return (
    <SaveForm submitLabel="Sign off the DPIA" busy={busy} cancelTo={cancelTo} onSubmit={onSubmit}>
      <Radios
        id={ids.outcome}
        legend="Outcome"
        value={values.outcome}
        onChange={(outcome) => onChange({ ...values, outcome: outcome as SignOffOutcome })}
        error={errors?.outcome}
        items={entries(SIGN_OFF_OUTCOME_LABELS).map(([value, label]) => ({
          value,
          label,
          hint: OUTCOME_HINTS[value],
          ...(value === 'approved-with-conditions'
            ? {
                conditional: (
                  <Textarea id={ids.conditions} label="Conditions" hint="What must be done, and by when, for the processing to go ahead." value={values.conditions} onChange={(conditions) => onChange({ ...values, conditions })} error={errors?.conditions} rows={4} />
                ),
              }
            : {}),
        }))}
      />
      <TextInput
        id={ids.reviewOn}
        label="Review date"
        labelSize="m"
        hint="Needed with an approval: the day, after today, when the DPIA is next to be looked at."
        type="date"
        value={values.reviewOn}
        onChange={(reviewOn) => onChange({ ...values, reviewOn })}
        error={errors?.reviewOn}
        width={10}
      />
    </SaveForm>
  );
}
