// The noisy rules first: rules ordered by their false and benign positives, with the running share of
// all noise as a bar and in words, and the "vital few" (the rules that make up the first 80% of the
// noise) marked: tuning those quietens most of it.
import { ShareMeter } from '../../../components/Meter';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph } from '../../../components/Typography';
import type { ParetoEntry } from '../api/get-alert-report';
import { plural, shareWords } from './words';

export function ParetoSection({ pareto }: { pareto: readonly ParetoEntry[] }) {
  const vitalFew = pareto.filter((entry) => entry.inVitalFew).length;
  return (
    <>
      <Heading spaceAbove>Where the noise comes from</Heading>
      {pareto.length === 0 ? (
        <Paragraph>No alert in the period was classified as a false or benign positive.</Paragraph>
      ) : (
        <>
          <Paragraph>
            Rules by their false and benign positives, most first. {plural(vitalFew, 'rule makes', 'rules make')} up the first 80% of the noise: tuning{' '}
            {vitalFew === 1 ? 'it' : 'them'} quietens most of it.
          </Paragraph>
          <Table<ParetoEntry>
            caption="Rules by noise, with the running share of all noise"
            captionHidden
            rows={[...pareto]}
            rowKey={(entry) => entry.rule}
            columns={[
              { header: 'Rule', rowHeader: true, width: 'one-quarter', cell: (entry) => entry.rule },
              { header: 'False and benign positives', numeric: true, cell: (entry) => entry.noise.toLocaleString('en-GB') },
              { header: 'Share of the noise', numeric: true, cell: (entry) => shareWords(entry.share) },
              {
                header: 'Running share',
                width: 'one-quarter',
                cell: (entry) => <ShareMeter share={entry.cumulativeShare}>{shareWords(entry.cumulativeShare)}</ShareMeter>,
              },
              { header: 'Vital few', cell: (entry) => (entry.inVitalFew ? <Tag colour="orange">Vital few</Tag> : 'No') },
            ]}
          />
        </>
      )}
    </>
  );
}
