// What a search found: each node with its catalogue, type and the levels it allows.
import { Link } from 'react-router';
import { Announce, Loading, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Code, Paragraph, SmallPrint } from '../../../components/Typography';
import { type FoundNode, useNodeSearch } from '../api/search-nodes';
import { NodeStatement } from './NodeStatement';
import { catalogueLabel, nodeLink, typeLabel } from './words';

export function SearchResults({ q, catalogue, showCatalogue }: { q: string; catalogue?: string; showCatalogue: boolean }) {
  const search = useNodeSearch({ q, catalogue });
  if (!q) return null;
  if (search.isPending) return <Loading>Searching…</Loading>;
  if (search.isError) return <SectionProblem error={search.error} what="The search results" />;
  const { results, truncated } = search.data;
  return (
    <>
      <Announce>
        <Paragraph>
          {results.length === 0
            ? `Nothing matches “${q}”. Try an identifier such as B2.a, or fewer words.`
            : `${results.length}${truncated ? ' or more' : ''} ${results.length === 1 ? 'match' : 'matches'} for “${q}”${truncated ? ': add words to narrow it down' : ''}.`}
        </Paragraph>
      </Announce>
      {results.length > 0 && (
        <Table
          caption={`Matches for “${q}”`}
          captionHidden
          rowKey={(n) => `${n.catalogue.ref} ${n.ref}`}
          rows={results}
          columns={[
            {
              header: 'Identifier',
              rowHeader: true,
              cell: (n) => (
                <Link to={nodeLink(n.catalogue.key, n.catalogue.version, n.ref)}>
                  <Code>{n.ref}</Code>
                  <span className="nhsuk-u-visually-hidden"> in {catalogueLabel(n.catalogue)}</span>
                </Link>
              ),
            },
            { header: 'Title', width: 'one-half', cell: (n) => <Title node={n} /> },
            ...(showCatalogue ? [{ header: 'Catalogue', cell: (n: FoundNode) => catalogueLabel(n.catalogue) }] : []),
            { header: 'Type', cell: (n: FoundNode) => typeLabel(n.type) },
          ]}
        />
      )}
    </>
  );
}

function Title({ node }: { node: FoundNode }) {
  return (
    <>
      {node.label}
      <NodeStatement node={node} href={nodeLink(node.catalogue.key, node.catalogue.version, node.ref)} />
      {node.description && <SmallPrint>{node.description}</SmallPrint>}
    </>
  );
}
