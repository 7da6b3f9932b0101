// The record of processing's two tables: its processing activities, each named by its data flow (a
// link to it) with the Art 30 fields a reader checks first and the headings it lacks; and the
// information assets holding personal data that no flow names, each a link to the asset.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { BulletList } from '../../../components/Typography';
import type { RopaActivity, RopaUnflowedAsset } from '../api/get-ropa';
import { assetPage, flowPage } from './links';
import { ROPA_ACTIVITY_COLUMNS, ROPA_ASSET_HEADINGS } from './ropa-words';

/** The Art 30 headings an activity lacks: a red tag with how many, then their names; "None" when complete. */
export function MissingHeadings({ activity }: { activity: RopaActivity }) {
  if (activity.missing.length === 0) return <>None</>;
  return (
    <>
      <Tag colour="red">{activity.missing.length.toLocaleString('en-GB')} missing</Tag>
      <BulletList label={`Missing from ${activity.name}`}>
        {activity.missing.map((heading) => (
          <li key={heading}>{heading}</li>
        ))}
      </BulletList>
    </>
  );
}

export function RopaActivitiesTable({ orgId, activities }: { orgId: string; activities: RopaActivity[] }) {
  return (
    <Table<RopaActivity>
      caption="Processing activities"
      captionHidden
      rows={activities}
      rowKey={(activity) => activity.flowId}
      columns={[
        { header: 'Processing activity (data flow)', rowHeader: true, cell: (activity) => <Link to={flowPage(orgId, activity.flowId)}>{activity.name}</Link> },
        ...ROPA_ACTIVITY_COLUMNS.map(({ field, heading }) => ({ header: heading, cell: (activity: RopaActivity) => activity[field] })),
        { header: 'Missing', cell: (activity) => <MissingHeadings activity={activity} /> },
      ]}
    />
  );
}

export function UnflowedAssetsTable({ orgId, assets }: { orgId: string; assets: RopaUnflowedAsset[] }) {
  return (
    <Table<RopaUnflowedAsset>
      caption="Information assets holding personal data that no data flow names"
      captionHidden
      rows={assets}
      rowKey={(asset) => asset.assetId}
      columns={[
        { header: ROPA_ASSET_HEADINGS.name, rowHeader: true, cell: (asset) => <Link to={assetPage(orgId, asset.assetId)}>{asset.name}</Link> },
        { header: ROPA_ASSET_HEADINGS.owner, cell: (asset) => asset.owner },
        { header: ROPA_ASSET_HEADINGS.dataHeld, cell: (asset) => asset.dataHeld },
        { header: ROPA_ASSET_HEADINGS.security, cell: (asset) => asset.security },
      ]}
    />
  );
}
