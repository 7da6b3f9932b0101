// The live data flows with an asset or supplier at one end, on its page: each flow a link, with the
// way it runs for this record; and for those who keep the flows, a way to add one from here.
import { Link } from 'react-router';
import { ButtonGroup, ButtonLink } from '../../../components/Button';
import { Table } from '../../../components/Table';
import { Heading, Paragraph } from '../../../components/Typography';
import type { FlowRef } from '../../../../contract/information-assets';
import { flowPage, flowsPage, newFlowPage } from './links';

const DIRECTION_WORDS: Record<FlowRef['direction'], string> = { outgoing: 'Data leaves it', incoming: 'Data arrives at it' };

export function RecordFlows({ orgId, name, flows, from, manage }: {
  orgId: string;
  name: string;
  flows: readonly FlowRef[];
  /** Where a new flow from here starts, and the list's filter for an asset's flows. */
  from: { assetId: string } | { supplierId: string };
  manage: boolean;
}) {
  const query = new URLSearchParams('assetId' in from ? { fromAssetId: from.assetId } : { fromSupplierId: from.supplierId }).toString();
  return (
    <section aria-labelledby="record-flows">
      <Heading id="record-flows" spaceAbove>
        Data flows
      </Heading>
      {flows.length === 0 ? (
        <Paragraph>No live data flow has {name} at either end.</Paragraph>
      ) : (
        <Table<FlowRef>
          caption={`Data flows of ${name}`}
          captionHidden
          rows={[...flows]}
          rowKey={(flow) => `${flow.id}:${flow.direction}`}
          columns={[
            { header: 'Data flow', rowHeader: true, cell: (flow) => <Link to={flowPage(orgId, flow.id)}>{flow.name}</Link> },
            { header: 'Which way', cell: (flow) => DIRECTION_WORDS[flow.direction] },
          ]}
        />
      )}
      {'assetId' in from && flows.length > 0 && (
        <Paragraph>
          <Link to={flowsPage(orgId, new URLSearchParams({ assetId: from.assetId }).toString())}>These flows in the data flows list, with their bases and flags</Link>
        </Paragraph>
      )}
      {manage && (
        <ButtonGroup>
          <ButtonLink to={`${newFlowPage(orgId)}?${query}`} variant="secondary">
            Add a data flow from here
          </ButtonLink>
        </ButtonGroup>
      )}
    </section>
  );
}
