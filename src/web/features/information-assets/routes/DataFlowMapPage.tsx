// The data-flow map: the organisation's live data flows drawn between its assets, its suppliers and
// other organisations, narrowed by the same filters as the list (kept in the address), with a key,
// the details of what is chosen beside it, and the same flows as a table for anyone the map does not
// suit. The view (map or table) is in the address too.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { useFlows } from '../api/get-flows';
import { flowFilterFromParams, paramsFromFlowFilter } from '../components/flow-filter';
import { FlowFilters } from '../components/FlowFilters';
import { FlowMap, type MapSelection } from '../components/FlowMap';
import { FlowsLoaded } from '../components/FlowsLoaded';
import { FlowsTable } from '../components/FlowsTable';
import { flowMapPage, flowsPage } from '../components/links';
import { MapDetails } from '../components/MapDetails';
import { MapLegend } from '../components/MapLegend';
import { type MapView, MapViews } from '../components/MapViews';
import { ASSET_PERMISSIONS, READ_REFUSED } from '../components/permissions';
import { plural } from '../components/words';

export function DataFlowMapPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [params, setParams] = useSearchParams();
  // The map reads only the checks: an asset or words from the list's address are not applied here unseen.
  const filter = { checks: flowFilterFromParams(params).checks };
  const view: MapView = params.get('view') === 'table' ? 'table' : 'map';
  const readable = can(organisation.data, ASSET_PERMISSIONS.readFlows);
  const list = useFlows(orgId, filter, { enabled: readable });
  const [selection, setSelection] = useState<MapSelection>(null);
  usePageTitle(view === 'table' ? 'Data-flow map: table view' : 'Data-flow map', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={READ_REFUSED} />;

  const hrefOf = (next: MapView) => flowMapPage(orgId, paramsFromFlowFilter(filter, next === 'table' ? { view: 'table' } : {}).toString());
  return (
    <>
      <BackLink to={flowsPage(orgId)}>Back to the data flows</BackLink>
      <PageHeading caption={organisation.data.name}>Data-flow map</PageHeading>
      <Paragraph>
        Where the organisation’s data goes: sources outside it on the left, its information assets in the middle, and recipients outside it on the right. The table view lists the
        same flows, and reads more easily on a small screen. On the map, each place and flow is a button: choose one to see its details beside the map.
      </Paragraph>
      <FlowFilters
        key={params.toString()}
        applied={filter}
        action={flowMapPage(orgId)}
        heading="Filter the map and the table"
        onApply={(next) => {
          setSelection(null);
          setParams(paramsFromFlowFilter(next, view === 'table' ? { view: 'table' } : {}));
        }}
      />
      <MapViews current={view} hrefOf={hrefOf} />
      <FlowsLoaded list={list} filter={filter}>
        {(flows) =>
          view === 'table' ? (
            <FlowsTable orgId={orgId} flows={flows} caption="Data flows on the map" />
          ) : (
            <>
              <div className="app-flow-map">
                <FlowMap flows={flows} selection={selection} onSelect={setSelection} label={`Data-flow map, ${plural(flows.length, 'flow')}`} />
                <MapDetails orgId={orgId} flows={flows} selection={selection} />
              </div>
              <MapLegend />
            </>
          )
        }
      </FlowsLoaded>
    </>
  );
}
