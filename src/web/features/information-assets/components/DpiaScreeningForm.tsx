// The screening questions, each a yes-or-no fieldset with the question as its legend, and, once every
// answer is no, a box for why no DPIA is needed (the screening is decided only with it); and how a
// refusal is read, each problem beside its question.
import { SaveForm } from '../../../components/SaveForm';
import { Radios } from '../../../components/Radios';
import { Textarea } from '../../../components/Textarea';
import { formProblems, type FormProblems } from '../../../lib/form-problems';
import type { DpiaDetail, ScreeningQuestion } from '../../../../contract/dpias';
import { everyAnswerNo, NOT_REQUIRED_REASON_LABEL, type ScreeningAnswer, type ScreeningValues } from './dpia-screening';

const questionId = (question: ScreeningQuestion) => `screening-${question}`;
const REASON_ID = 'screening-not-required-reason';

/** Each question's control in page order; the API names a bad answer under "answers", shown at the first question. */
export function screeningProblems(error: unknown, questions: DpiaDetail['screening']['answers']): FormProblems | null {
  const ids: Record<string, string> = Object.fromEntries(questions.map(({ question }) => [question, questionId(question)]));
  const first = questions[0];
  return formProblems(error, { ...(first ? { answers: questionId(first.question) } : {}), ...ids, notRequiredReason: REASON_ID });
}

export function DpiaScreeningForm({
  questions,
  values,
  onChange,
  problems,
  busy,
  cancelTo,
  onSubmit,
}: {
  /** The questions, with our words for each, as the DPIA lists them. */
  questions: DpiaDetail['screening']['answers'];
  values: ScreeningValues;
  onChange: (values: ScreeningValues) => void;
  problems: FormProblems | null;
  busy: boolean;
  cancelTo: string;
  onSubmit: () => void;
}) {
  const errors = problems?.byField;
  return (
    <SaveForm submitLabel="Save the answers" busy={busy} cancelTo={cancelTo} onSubmit={onSubmit}>
      {questions.map(({ question, label }) => (
        <Radios
          key={question}
          id={questionId(question)}
          legend={label}
          legendSize="s"
          value={values[question] ?? ''}
          onChange={(answer) => onChange({ ...values, [question]: answer as ScreeningAnswer })}
          error={errors?.[question]}
          items={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
        />
      ))}
      {everyAnswerNo(questions, values) && (
        <Textarea
          id={REASON_ID}
          label={NOT_REQUIRED_REASON_LABEL}
          hint="Every answer is no: say why the processing is unlikely to put people’s rights at high risk, so the decision not to do a DPIA is on the record."
          value={values.notRequiredReason}
          onChange={(notRequiredReason) => onChange({ ...values, notRequiredReason })}
          error={errors?.notRequiredReason}
          rows={4}
        />
      )}
    </SaveForm>
  );
}
