// The observation log: what observers noticed, each stamped by the server with the time and, while
// the clock runs, the minute of the exercise. Those running the exercise write to it while the clock runs.
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Announce } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Textarea } from '../../../components/Textarea';
import { Heading, Paragraph } from '../../../components/Typography';
import { problemBeforeSending, formProblems } from '../../../lib/form-problems';
import { formatDateTime } from '../../../lib/format';
import type { ExerciseDetail, Observation } from '../api/get-exercise';
import { useRecordObservation } from '../api/record-observation';
import { minutesWords } from './words';

const FIELD_IDS = { text: 'observation-text' };

export function ObservationsSection({ orgId, exercise, canRun }: { orgId: string; exercise: ExerciseDetail; canRun: boolean }) {
  const record = useRecordObservation(orgId, exercise.id);
  const [text, setText] = useState('');
  const [said, setSaid] = useState('');
  const [local, setLocal] = useState<Error | null>(null);
  const problems = formProblems(local ?? record.error, FIELD_IDS);

  function submit(event: FormEvent) {
    event.preventDefault();
    record.reset();
    setSaid('');
    if (!text.trim()) {
      setLocal(problemBeforeSending('text', 'Write what you observed'));
      return;
    }
    setLocal(null);
    record.mutate(
      { text: text.trim() },
      {
        onSuccess: (after) => {
          const latest = after.observations.at(-1);
          setSaid(latest?.minute != null ? `Your observation is logged at minute ${latest.minute}.` : 'Your observation is logged.');
          setText('');
        },
      },
    );
  }

  return (
    <section aria-labelledby="observations">
      <Heading id="observations">Observation log</Heading>
      {exercise.observations.length === 0 ? (
        <Paragraph>Nothing has been observed yet.</Paragraph>
      ) : (
        <Table<Observation>
          caption="Observations, in the order they were logged"
          captionHidden
          rows={exercise.observations}
          rowKey={(observation) => observation.id}
          columns={[
            { header: 'Minute', rowHeader: true, cell: (observation) => (observation.minute === null ? 'Before or after the clock' : minutesWords(observation.minute)) },
            { header: 'Observation', width: 'one-half', cell: (observation) => <span className="app-preserve-lines">{observation.text}</span> },
            { header: 'Logged', cell: (observation) => `${formatDateTime(observation.at)} by ${observation.by}` },
          ]}
        />
      )}
      {canRun && exercise.status === 'running' && (
        <form onSubmit={submit} noValidate aria-labelledby="log-observation">
          <Heading level={3} id="log-observation" spaceAbove>
            Log an observation
          </Heading>
          <Announce>{said && <Paragraph>{said}</Paragraph>}</Announce>
          <ProblemSummary problems={problems} />
          <Textarea
            id={FIELD_IDS.text}
            label="What did you observe?"
            hint="It is stamped with the minute of the exercise when you log it."
            value={text}
            onChange={setText}
            error={problems?.byField.text}
            rows={3}
          />
          <Button variant="secondary" busy={record.isPending}>
            Log the observation
          </Button>
        </form>
      )}
    </section>
  );
}
