// The live exercise clock: the time run in large figures, ticking each second, with Start and Stop.
// The figures are a timer that screen readers read when asked, never on each tick; what is announced
// is a change of state: the clock starting or stopping, a decision point falling overdue.
import { useEffect, useRef, useState } from 'react';
import { Button, ButtonGroup } from '../../../components/Button';
import { Announce, SectionProblem } from '../../../components/Status';
import { Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import type { DecisionState } from '../../../../contract/exercises';
import type { ExerciseDetail } from '../api/get-exercise';
import { type ClockMove, useRunClock } from '../api/run-clock';
import { elapsedWords, formatElapsed, newlyOverdue } from './clock';
import type { ExerciseTime } from './use-exercise-time';

export function ClockPanel({
  orgId,
  exercise,
  time,
  decisionStates,
  canRun,
}: {
  orgId: string;
  exercise: ExerciseDetail;
  time: ExerciseTime;
  decisionStates: Array<{ id: string; label: string; state: DecisionState }>;
  canRun: boolean;
}) {
  const run = useRunClock(orgId, exercise.id);
  const [said, setSaid] = useState('');
  const overdue = useOverdueAnnouncement(decisionStates);

  function move(next: ClockMove) {
    setSaid('');
    run.mutate({ move: next, version: exercise.version }, { onSuccess: () => setSaid(next === 'start' ? 'The clock has started.' : 'The clock has stopped.') });
  }

  return (
    <section aria-labelledby="clock">
      <Heading id="clock">Exercise clock</Heading>
      <div className="app-exercise-clock" role="timer" aria-live="off" aria-labelledby="clock-name">
        <span id="clock-name" className="app-exercise-clock__name">
          Time run
        </span>
        <span className="app-exercise-clock__face" aria-hidden="true">
          {formatElapsed(time.ms)}
        </span>
        <VisuallyHidden>{elapsedWords(time.ms)}</VisuallyHidden>
      </div>
      <Paragraph>{clockWords(exercise)}</Paragraph>
      <Announce>
        {said && <Paragraph>{said}</Paragraph>}
        {overdue && <Paragraph>{overdue}</Paragraph>}
      </Announce>
      {run.error && <SectionProblem error={run.error} what="The change to the clock" />}
      {canRun && exercise.status !== 'completed' && (
        <ButtonGroup>
          {exercise.status === 'planned' ? (
            <Button type="button" busy={run.isPending} onClick={() => move('start')}>
              Start the clock
            </Button>
          ) : (
            <Button type="button" variant="warning" busy={run.isPending} onClick={() => move('stop')}>
              Stop the clock
            </Button>
          )}
        </ButtonGroup>
      )}
    </section>
  );
}

function clockWords(exercise: ExerciseDetail): string {
  if (exercise.status === 'planned') return 'The clock has not started. Start it when the exercise begins: decision points are timed from then.';
  if (exercise.status === 'running') return `Started ${formatDateTime(exercise.startedAt)}.`;
  return `Ran from ${formatDateTime(exercise.startedAt)} to ${formatDateTime(exercise.endedAt)}.`;
}

/** Words for the decision points that have just fallen overdue, kept until the next such change. */
function useOverdueAnnouncement(states: Array<{ id: string; label: string; state: DecisionState }>): string {
  const before = useRef<Map<string, DecisionState> | null>(null);
  const [message, setMessage] = useState('');
  const signature = states.map((point) => `${point.id}:${point.state}`).join(' ');
  useEffect(() => {
    if (before.current) {
      const labels = newlyOverdue(before.current, states);
      if (labels.length > 0) setMessage(`Now overdue: ${labels.join('; ')}.`);
    }
    before.current = new Map(states.map((point) => [point.id, point.state]));
    // The signature stands for the states: the effect runs only when one changes.
  }, [signature]);
  return message;
}
