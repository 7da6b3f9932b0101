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

/**
 * The instant an assessment's live evidence is for: the one asked for while it is being worked on;
 * once submitted, the moment it was, so the record shows what was true then; archived without being
 * submitted, the moment it was archived.
 */
export function liveEvidenceInstant(assessment: { state: AssessmentState; submittedAt: string | null; updatedAt: string }, asked: Date): { at: Date; reason: 'working' | 'submitted' | 'archived' } {
  if (assessment.submittedAt) return { at: new Date(assessment.submittedAt), reason: 'submitted' };
  if (assessment.state === 'archived') return { at: new Date(assessment.updatedAt), reason: 'archived' };
  return { at: asked, reason: 'working' };
}
