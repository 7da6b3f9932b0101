// The data flows: every live flow by name with where it goes, what it carries, its bases, whether it
// is encrypted in transit, its agreement's expiry and its flags, filtered by what it carries, where it
// goes, an asset at either end and words (kept in the address); the map; adding a flow for those who
// keep them; and the flows as a spreadsheet.
import { Link, useLocation, useSearchParams } from 'react-router';
import { ButtonGroup, ButtonLink } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { BulletList, Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { useAssets } from '../api/get-assets';
import { useFlows } from '../api/get-flows';
import { flowsExportUrl } from '../api/paths';
import { flowFilterFromParams, paramsFromFlowFilter } from '../components/flow-filter';
import { FlowFilters } from '../components/FlowFilters';
import { FlowsLoaded } from '../components/FlowsLoaded';
import { FlowsTable } from '../components/FlowsTable';
import { dpiasPage, flowMapPage, flowsPage, newFlowPage, registerPage, ropaPage } from '../components/links';
import { ASSET_PERMISSIONS, READ_REFUSED } from '../components/permissions';

export function DataFlowsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [params, setParams] = useSearchParams();
  const filter = flowFilterFromParams(params);
  const readable = can(organisation.data, ASSET_PERMISSIONS.readFlows);
  const list = useFlows(orgId, filter, { enabled: readable });
  const assets = useAssets(orgId, {}, { enabled: readable && can(organisation.data, ASSET_PERMISSIONS.readAssets) });
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  usePageTitle('Data flows', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={READ_REFUSED} />;

  return (
    <>
      <BackLink to={registerPage(orgId)}>Back to the information assets</BackLink>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <PageHeading caption={organisation.data.name}>Data flows</PageHeading>
      <Paragraph>
        Data going from one place to another: between the organisation’s information assets, to and from its suppliers, and to and from other organisations. Each flow says what
        it carries and about whom, how it travels, the agreement behind it, and the legal bases the Caldicott Guardian and the DPO must be able to name.
      </Paragraph>
      {can(organisation.data, ASSET_PERMISSIONS.manageFlows) && (
        <ButtonGroup>
          <ButtonLink to={newFlowPage(orgId)}>Add a data flow</ButtonLink>
        </ButtonGroup>
      )}
      <BulletList label="Other views">
        <li>
          <Link to={flowMapPage(orgId, paramsFromFlowFilter({ checks: filter.checks }).toString())}>The data-flow map</Link>
        </li>
        {can(organisation.data, ASSET_PERMISSIONS.readRopa) && (
          <li>
            <Link to={ropaPage(orgId)}>Record of processing activities</Link>
          </li>
        )}
        {can(organisation.data, ASSET_PERMISSIONS.readDpias) && (
          <li>
            <Link to={dpiasPage(orgId)}>Data protection impact assessments (DPIAs)</Link>
          </li>
        )}
        <li>
          <a href={flowsExportUrl(orgId, 'csv')} download>
            Download the data flows as CSV
          </a>
        </li>
        <li>
          <a href={flowsExportUrl(orgId, 'xlsx')} download>
            Download the data flows as XLSX
          </a>
        </li>
      </BulletList>
      <FlowFilters
        key={params.toString()}
        applied={filter}
        action={flowsPage(orgId)}
        heading="Filter the data flows"
        assets={assets.data?.items.map((asset) => ({ value: asset.id, text: asset.name })) ?? []}
        onApply={(next) => setParams(paramsFromFlowFilter(next))}
      />
      <FlowsLoaded list={list} filter={filter}>
        {(flows) => <FlowsTable orgId={orgId} flows={flows} caption={`Data flows of ${organisation.data.name}`} />}
      </FlowsLoaded>
    </>
  );
}
