// The register as a table, by name: each asset's name (a link to it), type, criticality, owner,
// supplier, the personal data it holds, when its support ends, and its risk flags by severity.
import { Link } from 'react-router';
import { Tag } from '../../../components/Tag';
import { Table } from '../../../components/Table';
import type { AssetDetail } from '../api/get-asset';
import { FlagCountTags } from './FlagTags';
import { assetPage, supplierPage } from './links';
import { ASSET_TYPE_LABELS, CRITICALITY_COLOURS, CRITICALITY_LABELS, dayWords, personalDataWords } from './words';

export function AssetsTable({ orgId, assets, caption }: { orgId: string; assets: AssetDetail[]; caption: string }) {
  return (
    <Table<AssetDetail>
      caption={caption}
      captionHidden
      rows={assets}
      rowKey={(asset) => asset.id}
      columns={[
        { header: 'Name', rowHeader: true, width: 'one-quarter', cell: (asset) => <Link to={assetPage(orgId, asset.id)}>{asset.name}</Link> },
        { header: 'Type', cell: (asset) => ASSET_TYPE_LABELS[asset.type] },
        { header: 'Criticality', cell: (asset) => <Tag colour={CRITICALITY_COLOURS[asset.criticality]}>{CRITICALITY_LABELS[asset.criticality]}</Tag> },
        { header: 'Owner', cell: (asset) => asset.owner?.name ?? 'No owner' },
        { header: 'Supplier', cell: (asset) => (asset.supplier ? <Link to={supplierPage(orgId, asset.supplier.id)}>{asset.supplier.name}</Link> : 'None') },
        { header: 'Personal data', cell: (asset) => personalDataWords(asset) },
        { header: 'Support ends', cell: (asset) => dayWords(asset.supportEndsOn) },
        { header: 'Risk flags', cell: (asset) => <FlagCountTags flags={asset.flags} of={asset.name} /> },
      ]}
    />
  );
}
