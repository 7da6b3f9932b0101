// Exercises compared over time: the findings of each completed exercise by bottleneck, the minutes
// each decision point took each time against its target, and whether the latest exercise found the
// bottlenecks of the one before it again.
import { Link } from 'react-router';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph, SmallPrint } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { type ExerciseComparison, useComparison } from '../api/get-comparison';
import { exercisePage, exercisesPage } from '../components/links';
import { COMPARE_REFUSED } from '../components/permissions';
import { BOTTLENECK_LABELS, BOTTLENECK_ORDER, minutesWords, OUTCOME_WORDS, varianceWords } from '../components/words';

type ComparedExercise = ExerciseComparison['exercises'][number];
type Trend = ExerciseComparison['decisionTrends'][number];
type TrendPoint = Trend['points'][number];
type BottleneckChange = ExerciseComparison['bottlenecks'][number];

export function ExerciseComparisonPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, 'exercise.compare');
  const comparison = useComparison(orgId, { enabled: readable });
  usePageTitle('Exercises compared over time', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={COMPARE_REFUSED} />;

  return (
    <>
      <BackLink to={exercisesPage(orgId)}>Back to the exercises</BackLink>
      <PageHeading caption={organisation.data.name}>Exercises compared over time</PageHeading>
      {comparison.isPending && <Loading>Loading the comparison…</Loading>}
      {comparison.isError && <SectionProblem error={comparison.error} what="The comparison" />}
      {comparison.data && <Compared orgId={orgId} comparison={comparison.data} />}
    </>
  );
}

function Compared({ orgId, comparison }: { orgId: string; comparison: ExerciseComparison }) {
  if (comparison.exercises.length === 0) return <Paragraph>No exercise has been completed yet. Exercises are compared once their clocks have stopped.</Paragraph>;
  const referenceOf = new Map(comparison.exercises.map((exercise) => [exercise.id, exercise.reference]));
  const found = BOTTLENECK_ORDER.filter((bottleneck) => comparison.exercises.some((exercise) => (exercise.findingsByBottleneck[bottleneck] ?? 0) > 0));
  const unfound = BOTTLENECK_ORDER.filter((bottleneck) => !found.includes(bottleneck));
  return (
    <>
      <section aria-labelledby="by-bottleneck">
        <Heading id="by-bottleneck">Findings by bottleneck</Heading>
        {/* Only the bottlenecks some exercise found, so the table stays readable on one screen. */}
        {unfound.length > 0 && <Paragraph>{found.length === 0 ? 'No exercise has found a bottleneck yet.' : `Not found in any exercise: ${unfound.map((bottleneck) => BOTTLENECK_LABELS[bottleneck]).join(', ')}.`}</Paragraph>}
        <Table<ComparedExercise>
          caption="Findings by bottleneck and decision points in each completed exercise, oldest first"
          captionHidden
          rows={comparison.exercises}
          rowKey={(exercise) => exercise.id}
          columns={[
            {
              header: 'Exercise',
              rowHeader: true,
              cell: (exercise) => (
                <>
                  <Link to={exercisePage(orgId, exercise.id)}>{exercise.reference}</Link>
                  <SmallPrint>Ended {formatDate(exercise.endedAt)}</SmallPrint>
                </>
              ),
            },
            ...found.map((bottleneck) => ({ header: BOTTLENECK_LABELS[bottleneck], numeric: true, cell: (exercise: ComparedExercise) => exercise.findingsByBottleneck[bottleneck] ?? 0 })),
            { header: 'Decisions met, late, missed', cell: (exercise) => `${exercise.decisionsMet}, ${exercise.decisionsLate}, ${exercise.decisionsMissed}` },
          ]}
        />
      </section>
      <section aria-labelledby="decision-trends">
        <Heading id="decision-trends">Decision points over time</Heading>
        {comparison.decisionTrends.length === 0 ? (
          <Paragraph>No decision point has been timed in a completed exercise yet.</Paragraph>
        ) : (
          comparison.decisionTrends.map((trend) => (
            <Table<TrendPoint>
              key={trend.key}
              caption={trend.label}
              captionSize="s"
              rows={trend.points}
              rowKey={(point) => point.exerciseId}
              columns={[
                { header: 'Exercise', rowHeader: true, cell: (point) => referenceOf.get(point.exerciseId) ?? 'An exercise' },
                { header: 'Target', cell: (point) => minutesWords(point.targetMinutes) },
                { header: 'Minutes taken', cell: (point) => (point.actualMinutes === null ? 'Not reached' : minutesWords(point.actualMinutes)) },
                { header: 'Against target', cell: (point) => againstTarget(point) },
              ]}
            />
          ))
        )}
      </section>
      <section aria-labelledby="latest-against-earlier">
        <Heading id="latest-against-earlier">The latest exercise against the one before</Heading>
        {comparison.bottlenecks.length === 0 ? (
          <Paragraph>This needs two completed exercises with findings.</Paragraph>
        ) : (
          <Table<BottleneckChange>
            caption="Each bottleneck found before: was it found again in the latest exercise?"
            captionHidden
            rows={comparison.bottlenecks}
            rowKey={(change) => change.bottleneck}
            columns={[
              { header: 'Bottleneck', rowHeader: true, cell: (change) => BOTTLENECK_LABELS[change.bottleneck] },
              { header: 'Findings before', numeric: true, cell: (change) => change.earlier },
              { header: 'Findings in the latest', numeric: true, cell: (change) => change.latest },
              { header: 'Actions still open', numeric: true, cell: (change) => change.actionsOpen },
              { header: 'Outcome', cell: (change) => <Tag colour={OUTCOME_WORDS[change.outcome].colour}>{OUTCOME_WORDS[change.outcome].text}</Tag> },
            ]}
          />
        )}
      </section>
    </>
  );
}

function againstTarget(point: TrendPoint): string {
  if (point.actualMinutes === null) return 'Missed';
  return varianceWords(point.actualMinutes - point.targetMinutes);
}
