// The screening as its form holds it (each question yes, no or not yet answered, and why no DPIA is
// needed) and as the API takes it: the answers replace those held, a question left unanswered is left
// out, and the reason is sent only when every answer is no (the API refuses it beside a yes). The form
// asks for the reason then: without it the screening stays undecided.
import type { DpiaDetail, ScreeningBody, ScreeningQuestion } from '../../../../contract/dpias';
import type { FieldError } from '../../../lib/api-client';
import type { Fact } from './facts';

export type ScreeningAnswer = 'yes' | 'no' | '';

/** One box per question, flat, so a colleague's answer to one question is kept beside this person's to another. */
export type ScreeningValues = Partial<Record<ScreeningQuestion, ScreeningAnswer>> & { notRequiredReason: string };

export type ScreeningField = ScreeningQuestion | 'notRequiredReason';

export const NOT_REQUIRED_REASON_LABEL = 'Why no DPIA is needed';
const REASON_MAX = 5_000;

type Questions = DpiaDetail['screening']['answers'];

export function screeningValuesOf(dpia: DpiaDetail): ScreeningValues {
  const values: ScreeningValues = { notRequiredReason: dpia.screening.notRequiredReason ?? '' };
  for (const { question, answer } of dpia.screening.answers) values[question] = answer === null ? '' : answer ? 'yes' : 'no';
  return values;
}

/** Every question answered no: the only case where a reason why no DPIA is needed fits. */
export function everyAnswerNo(questions: Questions, values: ScreeningValues): boolean {
  return questions.length > 0 && questions.every(({ question }) => values[question] === 'no');
}

/** The whole screening on the version the change rests on; the read values are not needed, as the answers are replaced whole. */
export function screeningBodyOf(questions: Questions, edited: ScreeningValues, version: number): { body: ScreeningBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const answers: ScreeningBody['answers'] = {};
  for (const { question } of questions) {
    const answer = edited[question];
    if (answer) answers[question] = answer === 'yes';
  }
  const allNo = everyAnswerNo(questions, edited);
  const reason = edited.notRequiredReason.trim();
  if (allNo && !reason) errors.push({ field: 'notRequiredReason', message: 'Say why no DPIA is needed: every answer is no' });
  if (allNo && reason.length > REASON_MAX) errors.push({ field: 'notRequiredReason', message: `${NOT_REQUIRED_REASON_LABEL} must be ${REASON_MAX.toLocaleString('en-GB')} characters or fewer` });
  return { errors, body: { answers, notRequiredReason: allNo ? reason : null, version } };
}

const ANSWER_WORDS = { yes: 'Yes', no: 'No', '': 'Not answered' } as const;

/** Each answer in words under its question, and the reason: to show what a colleague changed. */
export function screeningFacts(dpia: DpiaDetail): Array<Fact<ScreeningField>> {
  const values = screeningValuesOf(dpia);
  return [
    ...dpia.screening.answers.map(({ question, label }) => ({ field: question, key: label, text: ANSWER_WORDS[values[question] ?? ''] })),
    { field: 'notRequiredReason' as const, key: NOT_REQUIRED_REASON_LABEL, text: dpia.screening.notRequiredReason ?? 'Not recorded' },
  ];
}
