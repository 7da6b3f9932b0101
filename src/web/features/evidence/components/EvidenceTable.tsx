// The library as a table: title (a link to the item), kind, owner, expiry and state.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { formatDate } from '../../../lib/format';
import type { EvidenceSummary } from '../api/get-evidence-list';
import { StateTag } from './StateTag';
import { KIND_WORDS } from './words';

export function EvidenceTable({ orgId, items, caption }: { orgId: string; items: EvidenceSummary[]; caption: string }) {
  return (
    <Table
      caption={caption}
      captionHidden
      rows={items}
      rowKey={(item) => item.id}
      columns={[
        { header: 'Title', rowHeader: true, width: 'one-third', cell: (item) => <Link to={`/orgs/${encodeURIComponent(orgId)}/evidence/${encodeURIComponent(item.id)}`}>{item.title}</Link> },
        { header: 'Kind', cell: (item) => KIND_WORDS[item.kind] ?? item.kind },
        { header: 'Owner', cell: (item) => item.ownerName ?? 'No owner' },
        { header: 'Expires', cell: (item) => formatDate(item.expiresOn, 'No expiry') },
        { header: 'Review', cell: (item) => formatDate(item.reviewOn, 'None set') },
        { header: 'State', cell: (item) => <StateTag state={item.state} archived={item.archivedAt !== null} /> },
      ]}
    />
  );
}
