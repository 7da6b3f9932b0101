// The injects in the order they are planned, each with its minute and whether it has been released;
// one whose minute has come while the clock runs is marked "Due now", and the facilitator releases it.
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Announce, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import type { ExerciseDetail, Inject } from '../api/get-exercise';
import { useReleaseInject } from '../api/release-inject';
import { injectDue } from './clock';
import type { ExerciseTime } from './use-exercise-time';

export function InjectsSection({ orgId, exercise, time, canRun }: { orgId: string; exercise: ExerciseDetail; time: ExerciseTime; canRun: boolean }) {
  const release = useReleaseInject(orgId, exercise.id);
  const [said, setSaid] = useState('');
  const injects = [...exercise.injects].sort((a, b) => a.atMinute - b.atMinute);

  function releaseNow(inject: Inject) {
    setSaid('');
    release.mutate({ injectId: inject.id, version: exercise.version }, { onSuccess: () => setSaid(`The inject for minute ${inject.atMinute} has been released.`) });
  }

  return (
    <section aria-labelledby="injects">
      <Heading id="injects">Injects</Heading>
      <Announce>{said && <Paragraph>{said}</Paragraph>}</Announce>
      {release.error && <SectionProblem error={release.error} what="The release" />}
      {injects.length === 0 ? (
        <Paragraph>No injects are planned.</Paragraph>
      ) : (
        <Table<Inject>
          caption="Injects, by the minute they are planned for"
          captionHidden
          rows={injects}
          rowKey={(inject) => inject.id}
          columns={[
            { header: 'Minute', rowHeader: true, cell: (inject) => inject.atMinute },
            { header: 'What the players are told', width: 'one-half', cell: (inject) => <span className="app-preserve-lines">{inject.text}</span> },
            {
              header: 'Released',
              cell: (inject) =>
                inject.releasedAt
                  ? formatDateTime(inject.releasedAt)
                  : injectDue(inject, time.minutes, time.running)
                    ? <Tag colour="yellow">Due now</Tag>
                    : exercise.status === 'completed'
                      ? 'Never released'
                      : 'Not yet',
            },
            ...(canRun && time.running
              ? [
                  {
                    header: <VisuallyHidden>Action</VisuallyHidden>,
                    cell: (inject: Inject) =>
                      !inject.releasedAt && (
                        <Button
                          type="button"
                          variant={injectDue(inject, time.minutes, time.running) ? 'primary' : 'secondary'}
                          small
                          busy={release.isPending && release.variables?.injectId === inject.id}
                          onClick={() => releaseNow(inject)}
                        >
                          Release<VisuallyHidden> the inject for minute {inject.atMinute}</VisuallyHidden>
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
