// The links between any two catalogues, whichever way round their crosswalks were written.
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { Details, GridColumn, GridRow } from '../../../components/Content';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Select } from '../../../components/Select';
import { Announce, Loading, PageProblem, SectionProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph } from '../../../components/Typography';
import { usePageTitle } from '../../../lib/page-title';
import { useCatalogues } from '../api/get-catalogues';
import { useCrosswalkLinks } from '../api/get-crosswalk-links';
import { CrosswalkTable } from '../components/CrosswalkTable';
import { ProvenanceList } from '../components/ProvenanceList';
import { catalogueLabel, catalogueTitle, RELATION_WORDS } from '../components/words';

export function CrosswalkPage() {
  const catalogues = useCatalogues();
  const [params, setParams] = useSearchParams();
  const source = params.get('source') ?? '';
  const target = params.get('target') ?? '';
  const links = useCrosswalkLinks(source, target);
  const [draft, setDraft] = useState({ source: source || 'caf@3.2', target: target || 'cis-controls@8.1' });
  const labelOf = (ref: string) => {
    const found = catalogues.data?.catalogues.find((c) => c.ref === ref);
    return found ? catalogueLabel(found) : ref;
  };
  usePageTitle(source && target && catalogues.isSuccess ? `${labelOf(source)} to ${labelOf(target)}` : null, 'Crosswalks', 'Frameworks');

  if (catalogues.isPending) return <Loading>Loading the frameworks…</Loading>;
  if (catalogues.isError) return <PageProblem error={catalogues.error} />;
  const options = catalogues.data.catalogues.map((c) => ({ value: c.ref, text: catalogueLabel(c) }));

  function compare(event: FormEvent) {
    event.preventDefault();
    setParams({ source: draft.source, target: draft.target });
  }

  return (
    <>
      <Breadcrumbs items={[{ text: 'Frameworks', to: '/catalogues' }]} />
      <PageHeading>Crosswalks</PageHeading>
      <Paragraph>See how the parts of one framework relate to another’s, for example which CIS safeguards contribute to a CAF outcome.</Paragraph>

      <form className="app-filters" onSubmit={compare} noValidate aria-labelledby="crosswalk-choose">
        <Heading size="s" id="crosswalk-choose">
          Choose two frameworks
        </Heading>
        <GridRow>
          <GridColumn width="one-half">
            <Select id="crosswalk-source" label="From" options={options} value={draft.source} onChange={(value) => setDraft((d) => ({ ...d, source: value }))} />
          </GridColumn>
          <GridColumn width="one-half">
            <Select id="crosswalk-target" label="To" options={options} value={draft.target} onChange={(value) => setDraft((d) => ({ ...d, target: value }))} />
          </GridColumn>
        </GridRow>
        <Button variant="secondary">Show links</Button>
      </form>

      <Details summary="What the relations mean">
        <SummaryList
          rows={Object.values(RELATION_WORDS).map((r) => ({ key: r.label, value: <>From <Tag colour={r.colour}>{r.label}</Tag> to: {r.meaning}.</> }))}
        />
      </Details>

      {source && target && links.isPending && <Loading>Loading the links…</Loading>}
      {links.isError && <SectionProblem error={links.error} what="The links" />}
      {links.data && (
        <>
          <Heading spaceAbove>
            {catalogueTitle(links.data.source)} to {catalogueTitle(links.data.target)}
          </Heading>
          <Announce>
            <Paragraph>
              {links.data.links.length === 0
                ? 'No crosswalk connects these two frameworks yet. An administrator can import one.'
                : `${links.data.links.length} ${links.data.links.length === 1 ? 'link' : 'links'} from ${links.data.crosswalks.length === 1 ? 'one crosswalk' : `${links.data.crosswalks.length} crosswalks`}.`}
            </Paragraph>
          </Announce>
          {links.data.links.length > 0 && <CrosswalkTable crosswalk={links.data} />}
          {links.data.crosswalks.map((c) => (
            <Details key={c.key} summary={`Where “${c.key}” comes from${c.reversed ? ' (read here in reverse)' : ''}`}>
              <ProvenanceList provenance={c.provenance} />
            </Details>
          ))}
        </>
      )}
    </>
  );
}
