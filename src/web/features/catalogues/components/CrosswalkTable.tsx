// The links between two catalogues, one row per link, read from source to target.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Code, SmallPrint } from '../../../components/Typography';
import type { CrosswalkLink, CrosswalkLinks } from '../api/get-crosswalk-links';
import { catalogueLabel, nodeLink, RELATION_WORDS } from './words';

export function CrosswalkTable({ crosswalk }: { crosswalk: CrosswalkLinks }) {
  const end = (side: 'source' | 'target') => (link: CrosswalkLink) => {
    const catalogue = crosswalk[side];
    const node = link[side];
    return (
      <>
        <Link to={nodeLink(catalogue.key, catalogue.version, node.ref)}>
          <Code>{node.ref}</Code>
        </Link>{' '}
        {node.title ?? <SmallPrint>(no longer in {catalogueLabel(catalogue)})</SmallPrint>}
      </>
    );
  };
  return (
    <Table
      caption={`Links from ${catalogueLabel(crosswalk.source)} to ${catalogueLabel(crosswalk.target)}`}
      captionHidden
      rowKey={(link) => `${link.crosswalk} ${link.source.ref} ${link.target.ref} ${link.relation}`}
      rows={crosswalk.links}
      columns={[
        { header: catalogueLabel(crosswalk.source), rowHeader: true, width: 'one-third', cell: end('source') },
        { header: 'Relation', cell: (link) => <Tag colour={RELATION_WORDS[link.relation].colour}>{RELATION_WORDS[link.relation].label}</Tag> },
        { header: catalogueLabel(crosswalk.target), width: 'one-third', cell: end('target') },
        { header: 'Note', cell: (link) => link.note ?? '' },
      ]}
    />
  );
}
