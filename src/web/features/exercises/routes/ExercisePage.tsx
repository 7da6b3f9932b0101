// One exercise, planned or live: its plan and people, the clock with Start and Stop, the injects to
// release, the decision points timed against their targets, the observation log, and the findings
// with their actions. Those who run exercises act here; everyone who may read exercises watches.
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { SuccessBanner } from '../../../components/Content';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem, problemHeading } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { BulletList, Heading } from '../../../components/Typography';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { useMe } from '../../../lib/session';
import { type ExerciseDetail, useExercise } from '../api/get-exercise';
import { useMembers } from '../api/get-members';
import { ClockPanel } from '../components/ClockPanel';
import { decisionStateAt } from '../components/clock';
import { DecisionsSection, type LiveDecisionPoint } from '../components/DecisionsSection';
import { StatusTag } from '../components/ExerciseTags';
import { actionOwners, FindingsSection } from '../components/FindingsSection';
import { InjectsSection } from '../components/InjectsSection';
import { exercisesPage } from '../components/links';
import { ObservationsSection } from '../components/ObservationsSection';
import { useExerciseTime } from '../components/use-exercise-time';
import { FORMAT_LABELS, roleWords } from '../components/words';

export function ExercisePage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const exercise = useExercise(orgId, id);
  usePageTitle(exercise.isError ? problemHeading(exercise.error) : exercise.data && `${exercise.data.reference}: ${exercise.data.title}`, organisation.data?.name);

  if (organisation.isPending || exercise.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (exercise.isError) return <PageProblem error={exercise.error} />;
  return <Exercise organisation={organisation.data} exercise={exercise.data} receivedAt={exercise.dataUpdatedAt} />;
}

function Exercise({ organisation, exercise, receivedAt }: { organisation: Organisation; exercise: ExerciseDetail; receivedAt: number }) {
  const orgId = organisation.id;
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const [message] = useState<string | undefined>(notice);
  const manage = can(organisation, 'exercise.manage');
  const members = useMembers(orgId, manage && can(organisation, 'member.read'));
  const meData = useMe().data;
  const time = useExerciseTime(exercise, receivedAt);
  const points: LiveDecisionPoint[] = exercise.decisionPoints.map((point) => ({ ...point, liveState: decisionStateAt(point, time.ms, time.running) }));

  return (
    <>
      <BackLink to={exercisesPage(orgId)}>Back to the exercises</BackLink>
      {message && <SuccessBanner key={message}>{message}</SuccessBanner>}
      <PageHeading caption={`Exercise in ${organisation.name}`}>
        {exercise.reference}: {exercise.title}
      </PageHeading>
      <SummaryList
        rows={[
          { key: 'Status', value: <StatusTag status={exercise.status} /> },
          { key: 'Format', value: FORMAT_LABELS[exercise.format] },
          { key: 'Planned for', value: formatDate(exercise.plannedFor, 'No date set') },
          { key: 'Description', value: exercise.description ? <span className="app-preserve-lines">{exercise.description}</span> : 'None' },
          { key: 'Objectives', value: exercise.objectives.length > 0 ? <BulletList>{exercise.objectives.map((objective) => <li key={objective}>{objective}</li>)}</BulletList> : 'None set' },
          {
            key: 'Participants',
            value:
              exercise.participants.length > 0 ? (
                <BulletList>
                  {exercise.participants.map((participant) => (
                    <li key={participant.id}>
                      {participant.name}, {roleWords(participant.role)}
                    </li>
                  ))}
                </BulletList>
              ) : (
                'None named'
              ),
          },
        ]}
      />
      <nav aria-labelledby="on-this-page">
        <Heading id="on-this-page" size="s">
          On this page
        </Heading>
        <BulletList>
          <li><a href="#clock">Exercise clock</a></li>
          <li><a href="#injects">Injects</a></li>
          <li><a href="#decisions">Decision points</a></li>
          <li><a href="#observations">Observation log</a></li>
          <li><a href="#findings">Findings and actions</a></li>
        </BulletList>
      </nav>
      <ClockPanel orgId={orgId} exercise={exercise} time={time} decisionStates={points.map((point) => ({ id: point.id, label: point.label, state: point.liveState }))} canRun={manage} />
      <InjectsSection orgId={orgId} exercise={exercise} time={time} canRun={manage} />
      <DecisionsSection orgId={orgId} exercise={exercise} points={points} time={time} canRun={manage} />
      <ObservationsSection orgId={orgId} exercise={exercise} canRun={manage} />
      <FindingsSection orgId={orgId} exercise={exercise} canManage={manage} people={actionOwners(members.data?.members, meData ? { id: meData.user.id, name: meData.user.name } : undefined)} />
    </>
  );
}
