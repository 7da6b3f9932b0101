// The decision points with their targets, when each was reached, by how much it was late or early,
// and where it stands (pending, due, overdue, met, late, or missed once the clock has stopped without
// it), worked out again as the clock runs. While it runs, "Reached now" records a decision point at
// the server's now.
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Announce, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';
import type { DecisionState } from '../../../../contract/exercises';
import type { DecisionPoint, ExerciseDetail } from '../api/get-exercise';
import { useRecordDecision } from '../api/record-decision';
import { DecisionTag } from './ExerciseTags';
import type { ExerciseTime } from './use-exercise-time';
import { minutesWords, varianceWords } from './words';

export type LiveDecisionPoint = DecisionPoint & { liveState: DecisionState };

export function DecisionsSection({ orgId, exercise, points, time, canRun }: { orgId: string; exercise: ExerciseDetail; points: LiveDecisionPoint[]; time: ExerciseTime; canRun: boolean }) {
  const record = useRecordDecision(orgId, exercise.id);
  const [said, setSaid] = useState('');
  const completed = exercise.status === 'completed';

  function reachedNow(point: DecisionPoint) {
    setSaid('');
    record.mutate({ decisionId: point.id, body: { version: exercise.version } }, { onSuccess: () => setSaid(`“${point.label}” is recorded as reached.`) });
  }

  return (
    <section aria-labelledby="decisions">
      <Heading id="decisions">Decision points</Heading>
      <Announce>{said && <Paragraph>{said}</Paragraph>}</Announce>
      {record.error && <SectionProblem error={record.error} what="The decision point" />}
      {points.length === 0 ? (
        <Paragraph>No decision points are planned.</Paragraph>
      ) : (
        <Table<LiveDecisionPoint>
          caption="Decision points and their targets"
          captionHidden
          rows={points}
          rowKey={(point) => point.id}
          columns={[
            { header: 'Decision point', rowHeader: true, width: 'one-third', cell: (point) => point.label },
            { header: 'Target', cell: (point) => `by ${minutesWords(point.targetMinutes)}` },
            { header: 'Reached', cell: (point) => (point.actualMinutes !== null ? `at ${minutesWords(point.actualMinutes)}` : completed ? 'Never' : 'Not yet') },
            { header: 'Against target', cell: (point) => varianceWords(point.varianceMinutes) },
            // The clock stopped before it was reached: the exercise counts it missed, and so do its words.
            { header: 'Where it stands', cell: (point) => (completed && !point.reachedAt ? <Tag colour="red">Missed</Tag> : <DecisionTag state={point.liveState} />) },
            ...(canRun && time.running
              ? [
                  {
                    header: <VisuallyHidden>Action</VisuallyHidden>,
                    cell: (point: LiveDecisionPoint) =>
                      !point.reachedAt && (
                        <Button type="button" variant="secondary" small className="app-nowrap" busy={record.isPending && record.variables?.decisionId === point.id} onClick={() => reachedNow(point)}>
                          Reached now<VisuallyHidden> for “{point.label}”</VisuallyHidden>
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </section>
  );
}
