// One catalogue version: where it came from, its levels and profiles, a search within it, and its tree.
import { useParams, useSearchParams } from 'react-router';
import { Details } from '../../../components/Content';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { TagList } from '../../../components/Tag';
import { Heading, Paragraph } from '../../../components/Typography';
import { usePageTitle } from '../../../lib/page-title';
import { useCatalogue } from '../api/get-catalogue';
import { CatalogueTree } from '../components/CatalogueTree';
import { ExpectedLevelsLink } from '../components/ExpectedLevelsLink';
import { NodeSearchForm } from '../components/NodeSearchForm';
import { ProvenanceList } from '../components/ProvenanceList';
import { SearchResults } from '../components/SearchResults';
import { catalogueLabel, catalogueTitle, describeCounts } from '../components/words';

export function CataloguePage() {
  const { key = '', version = '' } = useParams();
  const catalogue = useCatalogue(key, version);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const name = catalogue.data ? catalogueLabel(catalogue.data) : null;
  usePageTitle(q ? `Search for “${q}”` : null, name, 'Frameworks');

  if (catalogue.isPending) return <Loading>Loading the catalogue…</Loading>;
  if (catalogue.isError) return <PageProblem error={catalogue.error} />;
  const c = catalogue.data;

  return (
    <>
      <Breadcrumbs items={[{ text: 'Frameworks', to: '/catalogues' }]} />
      <PageHeading caption={c.provenance.publisher}>{catalogueTitle(c)}</PageHeading>
      {c.description && <Paragraph size="l">{c.description}</Paragraph>}
      <Paragraph>
        {describeCounts(c.nodeCounts)}; {c.assessableCount} to assess.
        {c.source === 'imported' ? ' Imported by an administrator of this installation.' : ''}
      </Paragraph>

      <Heading>Achievement levels</Heading>
      <TagList label="Achievement levels, lowest first" tags={c.levels.map((l) => ({ key: l.id, text: l.label, colour: 'white' as const }))} />
      {c.implementationGroups.length > 0 && (
        <>
          <Heading spaceAbove>Implementation groups</Heading>
          <Table
            caption="Implementation groups"
            captionHidden
            rowKey={(g) => g.id}
            rows={c.implementationGroups}
            columns={[
              { header: 'Group', rowHeader: true, cell: (g) => g.label },
              { header: 'Safeguards', numeric: true, cell: (g) => c.nodes.filter((n) => n.implementationGroups.includes(g.id)).length },
              { header: 'Meaning', width: 'one-half', cell: (g) => g.description ?? '' },
            ]}
          />
        </>
      )}
      {c.profiles.length > 0 && (
        <>
          <Heading spaceAbove>Profiles</Heading>
          <Table
            caption="Profiles: the level expected for each outcome"
            captionHidden
            rowKey={(p) => p.id}
            rows={c.profiles}
            columns={[
              { header: 'Profile', rowHeader: true, width: 'one-third', cell: (p) => p.name },
              { header: 'Expected levels set', numeric: true, cell: (p) => (p.expectedCount ? `${p.expectedCount} of ${c.assessableCount}` : 'None yet') },
              { header: 'About', width: 'one-half', cell: (p) => p.description ?? '' },
            ]}
          />
        </>
      )}
      {c.assessableCount > 0 && <ExpectedLevelsLink catalogueRef={c.ref} />}
      {c.statusLabels.length > 0 && (
        <>
          <Heading spaceAbove>Status labels</Heading>
          <TagList label="Status labels" tags={c.statusLabels.map((s) => ({ key: s.id, text: s.label, colour: 'grey' as const }))} />
        </>
      )}

      <Details summary="Where this catalogue comes from">
        <ProvenanceList provenance={c.provenance} />
      </Details>

      <NodeSearchForm
        initial={q}
        label={`Search ${name ?? 'this catalogue'}`}
        hint="An identifier, such as the start of one, or words"
        onSearch={(next) => setParams(next ? { q: next } : {})}
      />
      <SearchResults q={q} catalogue={c.ref} showCatalogue={false} />

      <Heading spaceAbove>Contents</Heading>
      <CatalogueTree catalogue={c} />
    </>
  );
}
