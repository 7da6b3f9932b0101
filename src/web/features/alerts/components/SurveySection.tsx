// Published SOC survey figures beside ours where we can work out the same measure: each with its
// source, edition, population and how it was checked, and our own caveat, since most are perception
// surveys of large security teams, not measurements of a Trust's.
import { Table } from '../../../components/Table';
import { Heading, Paragraph, SmallPrint, VisuallyHidden } from '../../../components/Typography';
import type { SocFigure } from '../api/get-alert-report';
import { SURVEY_STATUS_WORDS, surveyValueWords } from './words';

export function SurveySection({ figures }: { figures: readonly SocFigure[] }) {
  return (
    <>
      <Heading spaceAbove>Beside published SOC surveys</Heading>
      <Paragraph>
        Figures others have published about security operations teams, with ours on the same measure where we can work it out. Read each caveat before drawing a conclusion: most
        come from surveys of large teams outside the NHS.
      </Paragraph>
      {figures.length === 0 ? (
        <Paragraph>No published figures are shipped with this version.</Paragraph>
      ) : (
        <Table<SocFigure>
          caption="Published SOC survey figures beside ours"
          captionHidden
          rows={[...figures]}
          rowKey={(figure) => figure.id}
          columns={[
            {
              header: 'Published figure',
              rowHeader: true,
              width: 'one-quarter',
              cell: (figure) => (
                <>
                  {figure.label}: {surveyValueWords(figure.value, figure.unit)}
                  <SmallPrint>{figure.statistic}</SmallPrint>
                </>
              ),
            },
            { header: 'Ours', cell: (figure) => (figure.ours === null ? 'We record nothing measured the same way' : surveyValueWords(figure.ours, figure.unit)) },
            {
              header: 'Source',
              cell: (figure) => (
                <>
                  <a href={figure.url} rel="noopener noreferrer nofollow" target="_blank">
                    {figure.source}, {figure.edition}
                    <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
                  </a>
                  <SmallPrint>
                    Population: {figure.population}. Status: {SURVEY_STATUS_WORDS[figure.status]}.
                  </SmallPrint>
                </>
              ),
            },
            { header: 'Caveat', width: 'one-quarter', cell: (figure) => figure.caveat },
          ]}
        />
      )}
    </>
  );
}
