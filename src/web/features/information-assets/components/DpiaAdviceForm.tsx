// The DPO's advice on the assessment as it now stands: one box, starting from the advice held, if
// any, since giving it again replaces it.
import { SaveForm } from '../../../components/SaveForm';
import { Textarea } from '../../../components/Textarea';
import { formProblems, type FormProblems } from '../../../lib/form-problems';
import type { AdviceValues } from './dpia-step-values';

export const DPIA_ADVICE_FIELD_IDS = { advice: 'dpia-advice' };

/** A failed save as the form shows it: the API's refusal (an incomplete assessment) as the summary's words. */
export function dpiaAdviceProblems(error: unknown): FormProblems | null {
  return formProblems(error, DPIA_ADVICE_FIELD_IDS);
}

export function DpiaAdviceForm({
  values,
  onChange,
  problems,
  busy,
  cancelTo,
  onSubmit,
}: {
  values: AdviceValues;
  onChange: (values: AdviceValues) => void;
  problems: FormProblems | null;
  busy: boolean;
  cancelTo: string;
  onSubmit: () => void;
}) {
  return (
    <SaveForm submitLabel="Give the advice" busy={busy} cancelTo={cancelTo} onSubmit={onSubmit}>
      <Textarea
        id={DPIA_ADVICE_FIELD_IDS.advice}
        label="The DPO’s advice"
        labelSize="m"
        hint="Whether the processing should go ahead, whether the measures are enough, and anything to change first (UK GDPR Article 35(2))."
        value={values.advice}
        onChange={(advice) => onChange({ advice })}
        error={problems?.byField.advice}
        rows={8}
      />
    </SaveForm>
  );
}
