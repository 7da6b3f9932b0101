// An assessment's life: drafted, sent for review inside the organisation, submitted (locked, with a
// snapshot of what was submitted), and archived once a later one replaces it.
export const ASSESSMENT_STATES = ['draft', 'in-review', 'submitted', 'archived'] as const;
export type AssessmentState = (typeof ASSESSMENT_STATES)[number];

export const STATE_LABELS: Record<AssessmentState, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  submitted: 'Submitted',
  archived: 'Archived',
};

const NEXT: Record<AssessmentState, readonly AssessmentState[]> = {
  draft: ['in-review', 'archived'],
  'in-review': ['draft', 'submitted', 'archived'],
  submitted: ['archived'],
  archived: [],
};

export function mayMove(from: AssessmentState, to: AssessmentState): boolean {
  return NEXT[from].includes(to);
}

export function allowedMoves(from: AssessmentState): readonly AssessmentState[] {
  return NEXT[from];
}

/** Responses can change until the assessment is submitted. */
export function responsesOpen(state: AssessmentState): boolean {
  return state === 'draft' || state === 'in-review';
}

/** An independent reviewer records their levels while the assessment is in review or once submitted. */
export function reviewOpen(state: AssessmentState): boolean {
  return state === 'in-review' || state === 'submitted';
}

/** Open assessments are the ones people are still working on or answering for. */
export function isOpen(state: AssessmentState): boolean {
  return state !== 'archived';
}

/** What stops a submission: every outcome in scope needs a level (or not applicable with its reason). */
export function submissionProblems(responses: ReadonlyArray<{ ref: string; level: string | null }>): Array<{ field: string; message: string }> {
  return responses.filter((r) => r.level === null).map((r) => ({ field: `responses.${r.ref}`, message: `${r.ref} has no level yet` }));
}
