// Recording a data flow: where the data comes from and goes to, what it carries and about whom, the
// legal bases, how it travels, the agreement behind it and any transfer abroad. Opened from an asset's
// or supplier's page, the flow starts there.
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import type { ApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation } from '../../../lib/current-org';
import { formProblems, problemsBeforeSending } from '../../../lib/form-problems';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { useAddFlow } from '../api/add-flow';
import { FLOW_FIELD_IDS } from '../components/FlowFields';
import { FlowForm } from '../components/FlowForm';
import { flowValuesFrom, newFlowBody } from '../components/flow-values';
import { flowPage, flowsPage } from '../components/links';
import { ASSET_PERMISSIONS, MANAGE_FLOWS_REFUSED } from '../components/permissions';

export function NewDataFlowPage() {
  const organisation = useCurrentOrganisation();
  const allowed = can(organisation.data, ASSET_PERMISSIONS.manageFlows);
  // Once shown, the form sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!allowed, 'Add a data flow', organisation.data?.name);
  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!allowed) return <NotAllowed reason={MANAGE_FLOWS_REFUSED} />;
  return <NewFlow organisation={organisation.data} />;
}

function NewFlow({ organisation }: { organisation: Organisation }) {
  const orgId = organisation.id;
  const add = useAddFlow(orgId);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [values, setValues] = useState(() => flowValuesFrom({ assetId: params.get('fromAssetId'), supplierId: params.get('fromSupplierId') }));
  const [notSent, setNotSent] = useState<ApiError | null>(null);
  const problems = formProblems(notSent ?? add.error, FLOW_FIELD_IDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Add a data flow`, organisation.name);

  function submit() {
    add.reset();
    const { body, errors } = newFlowBody(values);
    if (errors.length > 0) {
      setNotSent(problemsBeforeSending(errors));
      return;
    }
    setNotSent(null);
    add.mutate(body, { onSuccess: (flow) => void navigate(flowPage(orgId, flow.id), { state: { notice: `“${flow.name}” has been recorded.` } }) });
  }

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={flowsPage(orgId)}>Back to the data flows</BackLink>
        <ProblemSummary problems={problems} />
        <PageHeading caption={organisation.name}>Add a data flow</PageHeading>
        <FlowForm orgId={orgId} values={values} onChange={setValues} problems={problems} submitLabel="Add the data flow" busy={add.isPending} cancelTo={flowsPage(orgId)} onSubmit={submit} />
      </GridColumn>
    </GridRow>
  );
}
