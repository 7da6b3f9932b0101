// A builder for the DPIA unit tests: a DPIA as the API answers, just started, with every screening
// question unanswered; each test gives only what it is about.
import type { DpiaDetail, ScreeningQuestion } from '../../../../contract/dpias';

const QUESTIONS: ScreeningQuestion[] = [
  'special-category-at-scale',
  'systematic-monitoring',
  'new-technology',
  'automated-decisions',
  'matching-datasets',
  'vulnerable-people',
  'unexpected-processing',
  'location-tracking',
  'transfer-outside-uk',
];

export function aDpia(overrides: Partial<DpiaDetail> = {}): DpiaDetail {
  return {
    id: 'd-1',
    reference: 'DPIA-2026-001',
    title: 'Remote monitoring of heart failure patients',
    description: null,
    owner: null,
    state: 'screening',
    screening: { answers: QUESTIONS.map((question) => ({ question, label: `Question ${question}?`, answer: null })), notRequiredReason: null, outcome: 'incomplete' },
    necessity: null,
    consultation: null,
    assets: [],
    flows: [],
    risks: [],
    assessmentVersion: 1,
    dpoAdvice: null,
    signOff: null,
    reviewOn: null,
    flags: [],
    version: 1,
    createdAt: '2026-01-05T10:00:00.000Z',
    createdBy: null,
    updatedAt: '2026-01-05T10:00:00.000Z',
    updatedBy: null,
    ...overrides,
  };
}

/** The screening with the answers given (others unanswered). */
export function answered(dpia: DpiaDetail, answers: Partial<Record<ScreeningQuestion, boolean>>): DpiaDetail['screening']['answers'] {
  return dpia.screening.answers.map((entry) => ({ ...entry, answer: answers[entry.question] ?? null }));
}
