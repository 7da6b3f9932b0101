// Changing a data flow against the version read: only the fields changed here are sent, and a
// colleague's save in between is shown, with what they changed, before this one is made on top.
import { useNavigate, useParams } from 'react-router';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { problemHeading } from '../../../components/Status';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { staleFlowOf, useChangeFlow } from '../api/change-flow';
import { type FlowDetail, useFlow } from '../api/get-flow';
import { changedFacts } from '../components/facts';
import { flowFacts } from '../components/flow-facts';
import { FLOW_FIELD_IDS } from '../components/FlowFields';
import { FlowForm } from '../components/FlowForm';
import { flowChangeBody, flowValuesOf } from '../components/flow-values';
import { flowPage } from '../components/links';
import { ASSET_PERMISSIONS, MANAGE_FLOWS_REFUSED } from '../components/permissions';
import { RecordPage } from '../components/RecordPage';
import { StaleSummary } from '../components/StaleSummary';
import { TheirChanges } from '../components/TheirChanges';
import { useChangeForm } from '../components/use-change-form';

export function ChangeDataFlowPage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const flow = useFlow(orgId, id);
  // Once loaded, the form sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!flow.data || !can(organisation.data, ASSET_PERMISSIONS.manageFlows), flow.isError ? problemHeading(flow.error) : 'Change a data flow', organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={ASSET_PERMISSIONS.manageFlows} refusal={MANAGE_FLOWS_REFUSED} record={flow}>
      {(organisation, flow) => <ChangeFlow organisation={organisation} flow={flow} />}
    </RecordPage>
  );
}

function ChangeFlow({ organisation, flow }: { organisation: Organisation; flow: FlowDetail }) {
  const orgId = organisation.id;
  const navigate = useNavigate();
  const refreshed = useFlow(orgId, flow.id);
  const save = useChangeFlow(orgId, flow.id);
  const form = useChangeForm({
    record: flow,
    valuesOf: flowValuesOf,
    changeBody: flowChangeBody,
    save,
    staleOf: staleFlowOf,
    refetch: () => refreshed.refetch(),
    onSaved: (saved, changed) => void navigate(flowPage(orgId, saved.id), { state: { notice: changed ? 'The details have been saved.' : 'Nothing was changed.' } }),
  });
  const problems = formProblems(form.failure, FLOW_FIELD_IDS);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}Change ${read.name}`, organisation.name);

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={flowPage(orgId, flow.id)}>Back to {read.name}</BackLink>
        <StaleSummary stale={stale} what="data flow" />
        <ProblemSummary problems={problems} />
        <PageHeading caption={organisation.name}>Change {read.name}</PageHeading>
        {theirs && <TheirChanges who={stale?.changedBy ?? 'a colleague'} changes={changedFacts(flowFacts(read), flowFacts(theirs))} />}
        <FlowForm orgId={orgId} values={form.values} onChange={form.setValues} problems={problems} submitLabel="Save the changes" busy={save.isPending} cancelTo={flowPage(orgId, flow.id)} onSubmit={form.submit} current={flow} />
      </GridColumn>
    </GridRow>
  );
}
