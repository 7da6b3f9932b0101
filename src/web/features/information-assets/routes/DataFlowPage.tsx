// One data flow: every field in words, its ends linked to their pages, its risk flags with why each
// was raised (each of which may be made an action), the DPIAs that cover it, and for those who keep
// the flows a way to change it and to archive it (after a confirming step).
import { useLocation, useNavigate, useParams } from 'react-router';
import { ButtonGroup, ButtonLink } from '../../../components/Button';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { InsetText, SuccessBanner } from '../../../components/Content';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { problemHeading } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDate, formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { useArchiveFlow } from '../api/archive-flow';
import { type FlowDetail, useFlow } from '../api/get-flow';
import { FlagsTable } from '../components/FlagsTable';
import { EndLink } from '../components/EndLink';
import { flowFacts } from '../components/flow-facts';
import { changeFlowPage, flowsPage } from '../components/links';
import { ASSET_PERMISSIONS, READ_REFUSED } from '../components/permissions';
import { RecordDpias } from '../components/RecordDpias';
import { RecordPage } from '../components/RecordPage';

export function DataFlowPage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const flow = useFlow(orgId, id);
  usePageTitle(flow.isError ? problemHeading(flow.error) : flow.data?.name, organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={ASSET_PERMISSIONS.readFlows} refusal={READ_REFUSED} record={flow}>
      {(organisation, flow) => <Flow organisation={organisation} flow={flow} />}
    </RecordPage>
  );
}

const MULTI_LINE = new Set(['description', 'purpose', 'notes', 'retention']);

function Flow({ organisation, flow }: { organisation: Organisation; flow: FlowDetail }) {
  const orgId = organisation.id;
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const manage = can(organisation, ASSET_PERMISSIONS.manageFlows) && !flow.archivedAt;
  const rows = flowFacts(flow)
    .filter((fact) => fact.field !== 'name')
    .map((fact) => ({
      key: fact.key,
      value:
        fact.field === 'from' || fact.field === 'to' ? (
          <EndLink orgId={orgId} end={flow[fact.field]} />
        ) : MULTI_LINE.has(fact.field) ? (
          <span className="app-preserve-lines">{fact.text}</span>
        ) : (
          fact.text
        ),
    }));

  return (
    <>
      <BackLink to={flowsPage(orgId)}>Back to the data flows</BackLink>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <PageHeading caption={`Data flow in ${organisation.name}`}>{flow.name}</PageHeading>
      {flow.archivedAt && (
        <InsetText>
          <Paragraph noMargin>Archived on {formatDate(flow.archivedAt)}: kept for the record, out of the list, the map and the flags, and no longer changed.</Paragraph>
        </InsetText>
      )}
      <SummaryList rows={[...rows, { key: 'Last changed', value: `${formatDateTime(flow.updatedAt)}${flow.updatedBy ? ` by ${flow.updatedBy.name}` : ''}` }]} />
      {manage && (
        <ButtonGroup>
          <ButtonLink to={changeFlowPage(orgId, flow.id)} variant="secondary">
            Change the details
          </ButtonLink>
        </ButtonGroup>
      )}

      <section aria-labelledby="flow-flags">
        <Heading id="flow-flags" spaceAbove>
          Risk flags
        </Heading>
        {flow.flags.length === 0 ? (
          <Paragraph>{flow.archivedAt ? 'An archived flow raises no flags.' : 'None today.'}</Paragraph>
        ) : (
          <FlagsTable orgId={orgId} flags={flow.flags} caption={`Risk flags of ${flow.name} today`} captionHidden manage={can(organisation, ASSET_PERMISSIONS.manageAssets)} />
        )}
      </section>

      {can(organisation, ASSET_PERMISSIONS.readDpias) && <RecordDpias orgId={orgId} name={flow.name} dpias={flow.dpias} />}

      {manage && <Archive orgId={orgId} flow={flow} />}
    </>
  );
}

function Archive({ orgId, flow }: { orgId: string; flow: FlowDetail }) {
  const archive = useArchiveFlow(orgId, flow.id);
  const refreshed = useFlow(orgId, flow.id);
  const navigate = useNavigate();
  const error = isApiError(archive.error) ? archive.error : null;
  return (
    <section aria-labelledby="archive-flow">
      <Heading id="archive-flow" spaceAbove>
        Archive
      </Heading>
      <Paragraph>An archived flow leaves the list, the map and the flags, and its name is free for a new one. It is kept for the record.</Paragraph>
      {error && <ErrorSummary description={error.detail} />}
      <ConfirmStep
        ask="Archive this data flow"
        confirm={<>Yes, archive “{flow.name}”</>}
        busy={archive.isPending}
        onConfirm={() =>
          // Awaited here: the archived flow, shown at once, takes this section off the page before mutate's callbacks would run.
          void archive.mutateAsync(flow.version).then(
            () => navigate(flowsPage(orgId), { state: { notice: `“${flow.name}” has been archived.` } }),
            // A colleague's change in between: show the flow as it now is, so archiving again is a deliberate choice.
            () => refreshed.refetch(),
          )
        }
      />
    </section>
  );
}
