// The moves open to an assessment from where it is: send for review, return to draft, submit (which
// locks the answers) and archive. Only those who run assessments see them; the API decides anyway.
import { Button, ButtonGroup } from '../../../components/Button';
import type { AssessmentState } from '../api/move-assessment';

const MOVES: Record<AssessmentState, Array<{ to: AssessmentState; text: string; variant: 'primary' | 'secondary' | 'warning' }>> = {
  draft: [
    { to: 'in-review', text: 'Send for review', variant: 'primary' },
    { to: 'archived', text: 'Archive', variant: 'secondary' },
  ],
  'in-review': [
    { to: 'submitted', text: 'Submit', variant: 'primary' },
    { to: 'draft', text: 'Return to draft', variant: 'secondary' },
    { to: 'archived', text: 'Archive', variant: 'secondary' },
  ],
  submitted: [{ to: 'archived', text: 'Archive', variant: 'secondary' }],
  archived: [],
};

export function StateActions({ state, onMove, moving }: { state: AssessmentState; onMove: (to: AssessmentState) => void; moving: AssessmentState | undefined }) {
  const moves = MOVES[state];
  if (moves.length === 0) return null;
  return (
    <ButtonGroup>
      {moves.map((move) => (
        <Button key={move.to} type="button" variant={move.variant} onClick={() => onMove(move.to)} busy={moving !== undefined}>
          {moving === move.to ? `${move.text}…` : move.text}
        </Button>
      ))}
    </ButtonGroup>
  );
}
