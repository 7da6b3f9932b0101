// Our response times beside published figures, only like with like: each published figure with where
// it comes from (source, edition, data period, population, how it was checked), ours on the same
// statistic with how many incidents it rests on, the verdict, and the caveat beside every one. Figures
// with nothing of ours to stand beside are listed as context.
import { Table } from '../../../components/Table';
import { Tag, type TagColour } from '../../../components/Tag';
import { Heading, Paragraph, SmallPrint, VisuallyHidden } from '../../../components/Typography';
import type { BenchmarkSet } from '../api/get-benchmarks';
import type { BenchmarkComparison } from '../api/get-incident-metrics';
import { DAYS_FROM_HOURS, figureValueWords, plural, STAT_WORDS, STATUS_WORDS } from './words';

type Figure = BenchmarkComparison['figure'];

/** A band of hours as a survey puts it: "72 hours", "7 days". */
function bandWords(hours: number): string {
  return hours < DAYS_FROM_HOURS ? figureValueWords(hours, 'hours') : figureValueWords(hours / 24, 'days');
}

/** The published figure with its statistic: "194 days (mean)". */
export function publishedWords(figure: Figure): string {
  return `${figureValueWords(figure.value, figure.unit)} (${STAT_WORDS[figure.stat].toLowerCase()})`;
}

/** Ours on the figure's own statistic and unit, with the count it rests on; null when there is none. */
export function oursWords({ figure, ours, count }: BenchmarkComparison): string | null {
  if (ours === null) return null;
  const compares = figure.compares ?? {};
  const value = figureValueWords(ours, figure.unit);
  const detected = compares.detectionSource === 'internal-monitoring' ? ' found by our own monitoring' : compares.detectionSource ? ' detected this way' : '';
  if (compares.share === 'internal-detection') return `${value} found by our own monitoring, of ${plural(count, 'incident')} whose source of detection is known`;
  if (figure.stat === 'pct' && compares.withinHours !== undefined) return `${value} within ${bandWords(compares.withinHours)}, of ${plural(count, 'incident')} measured${detected}`;
  if (figure.stat === 'pct' && compares.beyondHours !== undefined) return `${value} took longer than ${bandWords(compares.beyondHours)}, of ${plural(count, 'incident')} measured${detected}`;
  if (figure.stat === 'threshold') return `${value}: the longest of ${plural(count, 'incident')} measured${detected}`;
  return `${value}: the ${STAT_WORDS[figure.stat].toLowerCase()} of ${plural(count, 'incident')}${detected}`;
}

export function verdictWords({ figure, ours, verdict }: BenchmarkComparison): { text: string; colour: TagColour } {
  if (ours === null) return { text: 'No comparable figure of ours', colour: 'grey' };
  if (verdict === null) return { text: 'Not judged: a share, not a time', colour: 'grey' };
  if (figure.stat === 'threshold') return verdict === 'faster' ? { text: 'Within the deadline', colour: 'green' } : { text: 'Past the deadline', colour: 'red' };
  if (verdict === 'faster') return { text: 'Faster', colour: 'green' };
  if (verdict === 'slower') return { text: 'Slower', colour: 'orange' };
  return { text: 'Similar (within 10%)', colour: 'blue' };
}

/** Why there is nothing of ours beside a figure. */
function whyNone(figure: Figure): string {
  return figure.compares ? 'None of our incidents in this period can be measured this way.' : 'We record nothing measured the same way.';
}

function FigureCell({ figure }: { figure: Figure }) {
  return (
    <>
      {figure.label}: {publishedWords(figure)}
      <SmallPrint>{figure.definition}</SmallPrint>
    </>
  );
}

function SourceCell({ figure }: { figure: Figure }) {
  return (
    <>
      {figure.url ? (
        <a href={figure.url} rel="noopener noreferrer nofollow" target="_blank">
          {figure.source}, {figure.edition}
          <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
        </a>
      ) : (
        `${figure.source}, ${figure.edition}`
      )}
      <SmallPrint>
        Data period: {figure.dataPeriod ?? 'not stated'}. Population: {figure.population ?? 'not stated'}. Status: {STATUS_WORDS[figure.status]}.
      </SmallPrint>
    </>
  );
}

export function BenchmarkSection({ comparisons, set }: { comparisons: readonly BenchmarkComparison[]; set: BenchmarkSet | undefined }) {
  const compared = comparisons.filter((c) => c.ours !== null);
  const context = comparisons.filter((c) => c.ours === null);
  return (
    <>
      <Heading spaceAbove>Beside published figures</Heading>
      <Paragraph>
        Our figures for the period beside figures published by others, only where both measure the same thing the same way: a mean beside our mean, a median beside our median, a
        share beside the same share, and our longest time beside a legal deadline. Read each caveat before drawing a conclusion: most published figures come from large
        organisations and large breaches, mostly outside the UK. Within 10% either way is called similar.
      </Paragraph>
      {set && (
        <Paragraph size="s" secondary>
          {set.compiled}
        </Paragraph>
      )}
      {compared.length === 0 ? (
        <Paragraph>None of our incidents in this period can be set beside a published figure yet.</Paragraph>
      ) : (
        <Table<BenchmarkComparison>
          caption="Our figures beside published ones"
          captionHidden
          rows={compared}
          rowKey={(c) => c.figure.id}
          columns={[
            { header: 'Published figure', rowHeader: true, width: 'one-quarter', cell: (c) => <FigureCell figure={c.figure} /> },
            { header: 'Source', cell: (c) => <SourceCell figure={c.figure} /> },
            { header: 'Ours', cell: (c) => oursWords(c) },
            {
              header: 'Verdict',
              cell: (c) => {
                const verdict = verdictWords(c);
                return <Tag colour={verdict.colour}>{verdict.text}</Tag>;
              },
            },
            { header: 'Caveat', width: 'one-quarter', cell: (c) => c.figure.caveat },
          ]}
        />
      )}
      {context.length > 0 && (
        <>
          <Heading level={3}>For context</Heading>
          <Paragraph>Published figures with no comparable figure of ours in this period.</Paragraph>
          <Table<BenchmarkComparison>
            caption="Published figures with no comparable figure of ours"
            captionHidden
            rows={context}
            rowKey={(c) => c.figure.id}
            columns={[
              { header: 'Published figure', rowHeader: true, width: 'one-quarter', cell: (c) => <FigureCell figure={c.figure} /> },
              { header: 'Source', cell: (c) => <SourceCell figure={c.figure} /> },
              {
                header: 'Ours',
                cell: (c) => (
                  <>
                    No comparable figure of ours
                    <SmallPrint>{whyNone(c.figure)}</SmallPrint>
                  </>
                ),
              },
              { header: 'Caveat', width: 'one-quarter', cell: (c) => c.figure.caveat },
            ]}
          />
        </>
      )}
    </>
  );
}
