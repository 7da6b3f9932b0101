// One node of a catalogue on its own page — a requirement, outcome, indicator or safeguard: what it is,
// the publisher's statement this installation imported (whole), the levels it allows, where it sits
// in the tree and what sits under it.
import { Link, useParams } from 'react-router';
import { InsetText } from '../../../components/Content';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Code, Heading, Paragraph } from '../../../components/Typography';
import { ApiError } from '../../../lib/api-client';
import { usePageTitle } from '../../../lib/page-title';
import { type CatalogueDetail, type CatalogueNodeView, useCatalogue } from '../api/get-catalogue';
import { NodeStatement } from '../components/NodeStatement';
import { ATTRIBUTE_LABELS, catalogueLabel, catalogueLink, nodeLink, typeLabel } from '../components/words';

export function NodePage() {
  const { key = '', version = '', ref = '' } = useParams();
  const catalogue = useCatalogue(key, version);
  const node = catalogue.data?.nodes.find((n) => n.ref === ref);
  usePageTitle(node ? `${node.ref} ${node.label}` : catalogue.isSuccess ? 'Page not found' : null, catalogue.data ? catalogueLabel(catalogue.data) : null, 'Frameworks');

  if (catalogue.isPending) return <Loading>Loading the catalogue…</Loading>;
  if (catalogue.isError) return <PageProblem error={catalogue.error} />;
  if (!node) return <PageProblem error={new ApiError({ status: 404, title: 'Not found', detail: `${catalogueLabel(catalogue.data)} has nothing with the reference ${ref}.` })} />;
  return <NodeDetail catalogue={catalogue.data} node={node} />;
}

function NodeDetail({ catalogue, node }: { catalogue: CatalogueDetail; node: CatalogueNodeView }) {
  const parent = node.parentRef ? catalogue.nodes.find((n) => n.ref === node.parentRef) : undefined;
  const children = catalogue.nodes.filter((n) => n.parentRef === node.ref);
  const levelLabel = new Map(catalogue.levels.map((l) => [l.id, l.label]));
  const groupLabel = new Map(catalogue.implementationGroups.map((g) => [g.id, g.label]));
  const link = (ref: string) => nodeLink(catalogue.key, catalogue.version, ref);
  const official = node.officialText;
  const facts = Object.entries(node.attributes).filter(([name]) => ATTRIBUTE_LABELS[name]);

  return (
    <>
      <Breadcrumbs
        items={[
          { text: 'Frameworks', to: '/catalogues' },
          { text: catalogueLabel(catalogue), to: catalogueLink(catalogue.key, catalogue.version) },
        ]}
      />
      <PageHeading caption={`${typeLabel(node.type)} in ${catalogueLabel(catalogue)}`}>
        <Code>{node.ref}</Code> {node.label}
      </PageHeading>
      {official?.description && (
        <>
          <Heading>Statement</Heading>
          <InsetText>
            {official.description.split(/\n{2,}/).map((paragraph, i) => (
              <Paragraph key={i}>{paragraph}</Paragraph>
            ))}
          </InsetText>
          <Paragraph>This is the publisher’s text, from a file an administrator of this installation imported. Check its licence before sharing it.</Paragraph>
        </>
      )}
      <SummaryList
        rows={[
          ...(official?.title && official.title !== node.title ? [{ key: 'Bulwark’s title', value: node.title }] : []),
          ...(!official?.title && node.label !== node.title ? [{ key: 'Bulwark’s title', value: node.title }] : []),
          ...(node.description ? [{ key: 'About it, in Bulwark’s words', value: node.description }] : []),
          ...(node.assessable ? [{ key: 'Levels it can reach', value: node.levels.map((l) => levelLabel.get(l) ?? l).join(', ') }] : []),
          ...(node.implementationGroups.length ? [{ key: 'Implementation groups', value: node.implementationGroups.map((g) => groupLabel.get(g) ?? g).join(', ') }] : []),
          ...facts.map(([name, value]) => ({ key: ATTRIBUTE_LABELS[name]!, value: name === 'achievementLevel' ? (levelLabel.get(String(value)) ?? String(value)) : String(value) })),
          ...(parent
            ? [
                {
                  key: 'Part of',
                  value: (
                    <Link to={link(parent.ref)}>
                      {parent.ref} {parent.label}
                    </Link>
                  ),
                },
              ]
            : []),
          { key: 'Identifier', value: <Code>{node.urn}</Code> },
        ]}
      />
      {children.length > 0 && (
        <>
          <Heading spaceAbove>What it holds</Heading>
          <Table
            caption={`What ${node.ref} holds`}
            captionHidden
            rowKey={(n) => n.ref}
            rows={children}
            columns={[
              {
                header: 'Reference',
                rowHeader: true,
                cell: (n) => (
                  <Link to={link(n.ref)}>
                    <Code>{n.ref}</Code>
                  </Link>
                ),
              },
              {
                header: 'What it says',
                width: 'two-thirds',
                cell: (n) => (
                  <>
                    {n.label}
                    <NodeStatement node={n} href={link(n.ref)} />
                  </>
                ),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
