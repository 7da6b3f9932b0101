// Every catalogue this installation holds: what it is, what is in it, and where it came from.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { SmallPrint } from '../../../components/Typography';
import type { CatalogueSummary } from '../api/get-catalogues';
import { catalogueLabel, catalogueLink, catalogueTitle, describeCounts } from './words';

export function CataloguesTable({ catalogues }: { catalogues: CatalogueSummary[] }) {
  return (
    <Table
      caption="Framework catalogues"
      captionHidden
      rowKey={(c) => c.ref}
      rows={catalogues}
      columns={[
        {
          header: 'Catalogue',
          rowHeader: true,
          width: 'one-third',
          cell: (c) => (
            <>
              <Link to={catalogueLink(c.key, c.version)}>{catalogueLabel(c)}</Link>
              <SmallPrint>{catalogueTitle(c)}</SmallPrint>
            </>
          ),
        },
        {
          header: 'What it holds',
          cell: (c) => (
            <>
              {describeCounts(c.nodeCounts)}
              <SmallPrint>{c.assessableCount} to assess</SmallPrint>
            </>
          ),
        },
        {
          header: 'Published by',
          cell: (c) => (
            <>
              {c.provenance.publisher}
              <SmallPrint>{c.provenance.licence}</SmallPrint>
            </>
          ),
        },
        { header: 'Source', cell: (c) => (c.source === 'imported' ? <Tag colour="yellow">Imported here</Tag> : <Tag colour="white">Ships with Bulwark</Tag>) },
      ]}
    />
  );
}
