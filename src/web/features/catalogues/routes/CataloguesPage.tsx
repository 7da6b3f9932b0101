// Every framework catalogue this installation holds, a search across all of them, and the crosswalks.
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem, SectionProblem } from '../../../components/Status';
import { Heading, Paragraph } from '../../../components/Typography';
import { usePageTitle } from '../../../lib/page-title';
import { useCatalogues } from '../api/get-catalogues';
import { useCrosswalks } from '../api/get-crosswalks';
import { CataloguesTable } from '../components/CataloguesTable';
import { NodeSearchForm } from '../components/NodeSearchForm';
import { SearchResults } from '../components/SearchResults';
import { Table } from '../../../components/Table';
import { catalogueLabel, crosswalkLink } from '../components/words';
import { useMe } from '../../../lib/session';

export function CataloguesPage() {
  const catalogues = useCatalogues();
  const crosswalks = useCrosswalks();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  usePageTitle(q ? `Search for “${q}”` : null, 'Frameworks');

  if (catalogues.isPending) return <Loading>Loading the frameworks…</Loading>;
  if (catalogues.isError) return <PageProblem error={catalogues.error} />;
  const labelOf = (ref: string) => {
    const found = catalogues.data.catalogues.find((c) => c.ref === ref);
    return found ? catalogueLabel(found) : ref;
  };

  return (
    <>
      <PageHeading>Frameworks</PageHeading>
      <Paragraph>
        The frameworks Bulwark assesses against, as data: their identifiers, structure, the achievement levels each part allows, and
        the crosswalks between them. Descriptions are Bulwark’s own words; each framework says where its facts came from and under what
        licence.
      </Paragraph>

      <NodeSearchForm
        initial={q}
        label="Search every framework"
        hint="An identifier such as B2.a or 4.1, or words such as backups"
        onSearch={(next) => setParams(next ? { q: next } : {})}
      />
      <SearchResults q={q} showCatalogue />

      <Heading spaceAbove>Catalogues</Heading>
      {me.data?.isSystemAdmin && (
        <Paragraph>
          <Link to="/catalogues/import">Import a framework file</Link>: a CAF file in the WebCAF shape, a CISO Assistant library, the CIS Controls workbook or a Bulwark file.
        </Paragraph>
      )}
      <CataloguesTable catalogues={catalogues.data.catalogues} />

      <Heading spaceAbove>Crosswalks</Heading>
      <Paragraph>
        How the parts of one framework relate to another’s. <Link to="/crosswalks">Compare any two frameworks</Link>.
      </Paragraph>
      {crosswalks.isPending && <Loading>Loading the crosswalks…</Loading>}
      {crosswalks.isError && <SectionProblem error={crosswalks.error} what="The list of crosswalks" />}
      {crosswalks.data && (
        <Table
          caption="Crosswalks"
          captionHidden
          rowKey={(c) => c.key}
          rows={crosswalks.data.crosswalks}
          columns={[
            { header: 'Crosswalk', rowHeader: true, cell: (c) => <Link to={crosswalkLink(c.source.ref, c.target.ref)}>{c.name}</Link> },
            { header: 'From', cell: (c) => labelOf(c.source.ref) },
            { header: 'To', cell: (c) => labelOf(c.target.ref) },
            { header: 'Links', numeric: true, cell: (c) => c.links },
          ]}
        />
      )}
    </>
  );
}
