// The assessment workspace: where it stands, the moves open to those who run it, and every outcome
// grouped under its objective and principle, filtered by what the address asks for.
import { useLocation, useParams, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, PageProblem } from '../../../components/Status';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { useMe } from '../../../lib/session';
import { useWorkspace, type Workspace } from '../api/get-workspace';
import { type AssessmentState, useMoveAssessment } from '../api/move-assessment';
import { assessmentsPath } from '../components/links';
import { anyFilter, filterResponses, filtersFrom, groupResponses } from '../components/outcome-filters';
import { OutcomesFilters } from '../components/OutcomesFilters';
import { outcomeLinkId, OutcomesTable } from '../components/OutcomesTable';
import { StateActions } from '../components/StateActions';
import { MaturityViews } from '../components/MaturityViews';
import { StatusSummary } from '../components/StatusSummary';
import { plural, STATES } from '../components/words';

export function WorkspacePage() {
  const orgId = useOrgId();
  const assessmentId = useParams().assessmentId ?? '';
  const organisation = useCurrentOrganisation();
  const workspace = useWorkspace(orgId, assessmentId);

  if (organisation.isPending || workspace.isPending) return <Loading>Loading the assessment…</Loading>;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (workspace.isError) return <PageProblem error={workspace.error} />;
  return <WorkspaceView orgId={orgId} orgName={organisation.data.name} workspace={workspace.data} />;
}

function WorkspaceView({ orgId, orgName, workspace }: { orgId: string; orgName: string; workspace: Workspace }) {
  const { assessment } = workspace;
  const move = useMoveAssessment(orgId, assessment.id);
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const filters = filtersFrom(params);
  const shown = filterResponses(workspace.responses, workspace.outline, filters, me.data?.user.id);
  const groups = groupResponses(shown, workspace.outline);
  const moveError = isApiError(move.error) ? move.error : move.error ? new Error('Something went wrong. Try again.') : null;
  usePageTitle(`${moveError ? 'Error: ' : ''}${assessment.title}`, orgName);

  function moveTo(to: AssessmentState) {
    move.mutate({ version: assessment.version, to });
  }

  return (
    <>
      <BackLink to={assessmentsPath(orgId)}>Back to assessments</BackLink>
      {moveError && (
        <ErrorSummary
          title={isApiError(moveError) && moveError.errors.length > 0 ? 'The assessment cannot be submitted yet' : 'There is a problem'}
          description={moveError.message}
          items={isApiError(moveError) ? submissionItems(moveError.errors) : []}
        />
      )}
      <PageHeading caption={orgName}>{assessment.title}</PageHeading>
      <MaturityViews orgId={orgId} assessmentId={assessment.id} catalogueKey={assessment.catalogue.key} current="workspace" />
      <StatusSummary workspace={workspace} />
      {workspace.can.manage && <StateActions state={assessment.state} onMove={moveTo} moving={move.isPending ? move.variables.to : undefined} />}
      {move.isSuccess && !move.isPending && (
        <Announce>
          <Paragraph>The assessment is now {STATES[move.data.state].text.toLowerCase()}.</Paragraph>
        </Announce>
      )}

      <Heading spaceAbove>Outcomes</Heading>
      {/* Keyed on the address, so Back and Clear filters show the filters the address holds. */}
      <OutcomesFilters
        key={location.search}
        workspace={workspace}
        applied={filters}
        action={location.pathname}
        onApply={(next) => {
          if (next.toString() !== params.toString()) setParams(next);
        }}
      />
      <Announce>
        <Paragraph size="s">
          {anyFilter(filters) ? `${plural(shown.length, 'outcome')} of ${workspace.responses.length} match these filters.` : `${plural(shown.length, 'outcome')}.`}
        </Paragraph>
      </Announce>
      {groups.map((group) => (
        <div key={group.heading?.ref ?? group.tables[0]?.ref ?? 'all'}>
          {group.heading && (
            <Heading level={3} spaceAbove>
              {group.heading.ref} {group.heading.title}
            </Heading>
          )}
          {group.tables.map((table) => (
            <OutcomesTable key={table.ref} orgId={orgId} workspace={workspace} responses={table.responses} caption={`${table.ref} ${table.title}`.trim()} />
          ))}
        </div>
      ))}
    </>
  );
}

/** The first outcomes a refused submission names, each linked to its row; the rest as a count. */
function submissionItems(errors: Array<{ field: string; message: string }>) {
  const shown = errors.slice(0, SUBMISSION_ITEMS).map((e) => submissionItem(e.field, e.message));
  const more = errors.length - shown.length;
  return more > 0 ? [...shown, { text: `and ${plural(more, 'more outcome')}: filter the outcomes by “Unanswered” to see them all` }] : shown;
}

/** A long list of unanswered outcomes would push the page below the fold; the filter lists them all. */
const SUBMISSION_ITEMS = 10;

/** A submission problem names an outcome ("responses.A1.a"): link it to that outcome's row. */
function submissionItem(field: string, message: string) {
  const ref = field.startsWith('responses.') ? field.slice('responses.'.length) : null;
  return ref && document.getElementById(outcomeLinkId(ref)) !== null ? { text: message, fieldId: outcomeLinkId(ref) } : { text: message };
}
