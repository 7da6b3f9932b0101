// Where a catalogue or crosswalk came from: publisher, edition, date, licence, and our sources.
import type { CatalogueProvenance } from '../../../../contract/catalogues';
import { SummaryList } from '../../../components/SummaryList';
import { BulletList } from '../../../components/Typography';

export function ProvenanceList({ provenance }: { provenance: CatalogueProvenance }) {
  return (
    <SummaryList
      rows={[
        { key: 'Published by', value: provenance.publisher },
        { key: 'Edition', value: provenance.version },
        { key: 'Published', value: provenance.date },
        { key: 'Licence', value: provenance.licence },
        ...(provenance.attribution ? [{ key: 'Attribution', value: provenance.attribution }] : []),
        ...(provenance.url
          ? [
              {
                key: 'Publisher’s page',
                value: (
                  <a href={provenance.url} rel="noreferrer noopener" className="app-break-anywhere">
                    {provenance.url}
                  </a>
                ),
              },
            ]
          : []),
        ...(provenance.sources?.length
          ? [
              {
                key: 'Facts taken from',
                value: (
                  <BulletList>
                    {provenance.sources.map((source) => (
                      <li key={source.title} className="app-break-anywhere">
                        {source.url ? (
                          <a href={source.url} rel="noreferrer noopener">
                            {source.title}
                          </a>
                        ) : (
                          source.title
                        )}
                      </li>
                    ))}
                  </BulletList>
                ),
              },
            ]
          : []),
        ...(provenance.note ? [{ key: 'Note', value: provenance.note }] : []),
      ]}
    />
  );
}
