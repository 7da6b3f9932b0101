// DPIAs as a table: the reference linked to the DPIA's page, its title, owner, state, next review and
// risk flags.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import type { DpiaDetail } from '../../../../contract/dpias';
import { DpiaStateTag } from './DpiaTags';
import { FlagCountTags } from './FlagTags';
import { dpiaPage } from './links';
import { dayWords } from './words';

export function DpiasTable({ orgId, dpias, caption }: { orgId: string; dpias: DpiaDetail[]; caption: string }) {
  return (
    <Table<DpiaDetail>
      caption={caption}
      captionHidden
      rows={dpias}
      rowKey={(dpia) => dpia.id}
      columns={[
        { header: 'Reference', rowHeader: true, cell: (dpia) => <Link to={dpiaPage(orgId, dpia.id)}>{dpia.reference}</Link> },
        { header: 'Title', width: 'one-third', cell: (dpia) => dpia.title },
        { header: 'Owner', cell: (dpia) => dpia.owner?.name ?? 'Nobody yet' },
        { header: 'State', cell: (dpia) => <DpiaStateTag state={dpia.state} /> },
        { header: 'Next review', cell: (dpia) => dayWords(dpia.reviewOn, 'Not set') },
        { header: 'Risk flags', cell: (dpia) => <FlagCountTags flags={dpia.flags} of={dpia.reference} /> },
      ]}
    />
  );
}
