// Data flows as a table, by name: each flow's name (a link to it), where it goes, what it carries,
// its lawful basis and common law basis, whether it is encrypted in transit, when its agreement
// expires, and its risk flags by severity. The map's table view is this table too.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { VisuallyHidden } from '../../../components/Typography';
import type { FlowDetail } from '../api/get-flow';
import { FlagCountTags } from './FlagTags';
import { CLDC_BASIS_LABELS, carriedWords, LAWFUL_BASIS_LABELS, TRANSIT_ENCRYPTION_LABELS } from './flow-words';
import { flowPage } from './links';
import { dayWords } from './words';

export function FlowsTable({ orgId, flows, caption, captionHidden = true }: { orgId: string; flows: FlowDetail[]; caption: string; captionHidden?: boolean }) {
  return (
    <Table<FlowDetail>
      caption={caption}
      captionHidden={captionHidden}
      rows={flows}
      rowKey={(flow) => flow.id}
      columns={[
        { header: 'Name', rowHeader: true, cell: (flow) => <Link to={flowPage(orgId, flow.id)}>{flow.name}</Link> },
        {
          header: 'From and to',
          cell: (flow) => (
            <>
              {flow.from.name} <span aria-hidden="true">→</span>
              <VisuallyHidden>to</VisuallyHidden> {flow.to.name}
            </>
          ),
        },
        { header: 'Data', cell: (flow) => carriedWords(flow) },
        { header: 'Lawful basis', cell: (flow) => (flow.lawfulBasis ? LAWFUL_BASIS_LABELS[flow.lawfulBasis] : 'Not recorded') },
        { header: 'CLDC basis', cell: (flow) => (flow.cldcBasis ? CLDC_BASIS_LABELS[flow.cldcBasis] : 'Not recorded') },
        { header: 'Encrypted in transit', cell: (flow) => TRANSIT_ENCRYPTION_LABELS[flow.encryptedInTransit] },
        { header: 'Agreement expires', cell: (flow) => dayWords(flow.agreementExpiresOn, flow.agreementType === 'none' || !flow.agreementType ? 'No agreement' : 'Not recorded') },
        { header: 'Risk flags', cell: (flow) => <FlagCountTags flags={flow.flags} of={flow.name} /> },
      ]}
    />
  );
}
