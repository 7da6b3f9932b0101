// The exercises of the incident response plan: those running now, those planned and those completed,
// each with its decision points met, late and missed, its findings and open actions; a way to plan
// one, the actions across every exercise, and how the exercises compare over time.
import { Link, useLocation } from 'react-router';
import { ButtonGroup, ButtonLink } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { BulletList, Heading, Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import type { ExerciseStatus } from '../../../../contract/exercises';
import { type ExerciseSummary, useExercises } from '../api/get-exercises';
import { useScenarios } from '../api/get-scenarios';
import { ExercisesTable } from '../components/ExercisesTable';
import { comparisonPage, exerciseActionsPage, planExercisePage } from '../components/links';
import { READ_REFUSED } from '../components/permissions';

/** The sections of the list, what is happening now first. */
const SECTIONS: Array<{ status: ExerciseStatus; heading: string; none: string }> = [
  { status: 'running', heading: 'Running now', none: 'No exercise is running.' },
  { status: 'planned', heading: 'Planned', none: 'No exercise is planned.' },
  { status: 'completed', heading: 'Completed', none: 'No exercise has been completed yet.' },
];

export function ExercisesPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, 'exercise.read');
  const list = useExercises(orgId, { enabled: readable });
  const scenarios = useScenarios(orgId);
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  usePageTitle('Exercises', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={READ_REFUSED} />;

  const scenarioTitles = new Map((scenarios.data?.items ?? []).map((scenario) => [scenario.id, scenario.title]));
  const exercises = list.data?.items;
  return (
    <>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <PageHeading caption={organisation.data.name}>Exercises</PageHeading>
      <Paragraph>Exercises of the incident response plan: run against a clock, with the decisions reached on time or late, and the findings and actions that come out of them.</Paragraph>
      {can(organisation.data, 'exercise.manage') && (
        <ButtonGroup>
          <ButtonLink to={planExercisePage(orgId)}>Plan an exercise</ButtonLink>
        </ButtonGroup>
      )}
      <BulletList label="Other views">
        <li>
          <Link to={exerciseActionsPage(orgId)}>Exercise actions</Link>
        </li>
        <li>
          <Link to={comparisonPage(orgId)}>Exercises compared over time</Link>
        </li>
      </BulletList>
      {list.isPending && <Loading>Loading the exercises…</Loading>}
      {list.isError && <SectionProblem error={list.error} what="The exercises" />}
      {exercises &&
        SECTIONS.map((section) => (
          <StatusSection key={section.status} orgId={orgId} {...section} exercises={exercises.filter((exercise) => exercise.status === section.status)} scenarioTitles={scenarioTitles} />
        ))}
    </>
  );
}

function StatusSection({
  orgId,
  status,
  heading,
  none,
  exercises,
  scenarioTitles,
}: {
  orgId: string;
  status: ExerciseStatus;
  heading: string;
  none: string;
  exercises: ExerciseSummary[];
  scenarioTitles: ReadonlyMap<string, string>;
}) {
  const headingId = `exercises-${status}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>
        {heading} ({exercises.length})
      </Heading>
      {exercises.length === 0 ? <Paragraph>{none}</Paragraph> : <ExercisesTable orgId={orgId} exercises={exercises} caption={`${heading}: exercises`} scenarioTitles={scenarioTitles} />}
    </section>
  );
}
