// The improvement plan across every exercise: each action from a finding, grouped by the bottleneck
// the finding named, with its exercise, owner, due date and status; an overdue one is tagged so.
import { Link } from 'react-router';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Heading, Paragraph, SmallPrint } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { type ActionAcrossExercises, useExerciseActions } from '../api/get-exercise-actions';
import { ActionStatusCell } from '../components/ExerciseTags';
import { exercisePage, exercisesPage } from '../components/links';
import { READ_REFUSED } from '../components/permissions';
import { BOTTLENECK_LABELS, BOTTLENECK_ORDER, plural } from '../components/words';

export function ExerciseActionsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, 'exercise.read');
  const actions = useExerciseActions(orgId, { enabled: readable });
  usePageTitle('Exercise actions', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={READ_REFUSED} />;

  const items = actions.data?.items;
  return (
    <>
      <BackLink to={exercisesPage(orgId)}>Back to the exercises</BackLink>
      <PageHeading caption={organisation.data.name}>Exercise actions</PageHeading>
      <Paragraph>Every action from the findings of every exercise, by the bottleneck it addresses.</Paragraph>
      {actions.isPending && <Loading>Loading the actions…</Loading>}
      {actions.isError && <SectionProblem error={actions.error} what="The actions" />}
      {items && <Paragraph>{countsWords(items)}</Paragraph>}
      {items &&
        BOTTLENECK_ORDER.map((bottleneck) => {
          const rows = items.filter((action) => action.bottleneck === bottleneck);
          if (rows.length === 0) return null;
          const headingId = `actions-${bottleneck}`;
          return (
            <section key={bottleneck} aria-labelledby={headingId}>
              <Heading id={headingId}>
                {BOTTLENECK_LABELS[bottleneck]} ({rows.length})
              </Heading>
              <Table<ActionAcrossExercises>
                caption={`Actions on ${BOTTLENECK_LABELS[bottleneck].toLowerCase()}`}
                captionHidden
                rows={rows}
                rowKey={(action) => action.id}
                columns={[
                  { header: 'Action', rowHeader: true, width: 'one-third', cell: (action) => action.title },
                  {
                    header: 'From',
                    cell: (action) => (
                      <>
                        <Link to={exercisePage(orgId, action.exerciseId)}>{action.exerciseReference}</Link>
                        <SmallPrint>{action.findingTitle}</SmallPrint>
                      </>
                    ),
                  },
                  { header: 'Owner', cell: (action) => action.ownerName ?? 'No owner' },
                  { header: 'Due', cell: (action) => formatDate(action.dueOn, 'No date') },
                  {
                    header: 'Status',
                    cell: (action) => <ActionStatusCell action={action} />,
                  },
                ]}
              />
            </section>
          );
        })}
    </>
  );
}

function countsWords(items: ActionAcrossExercises[]): string {
  if (items.length === 0) return 'No actions yet: they come from the findings recorded on each exercise.';
  const open = items.filter((action) => action.status !== 'done').length;
  const overdue = items.filter((action) => action.overdue).length;
  return `${plural(items.length, 'action')}: ${open} not done, ${overdue} overdue.`;
}
