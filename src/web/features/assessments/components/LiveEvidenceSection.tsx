// Live evidence on an outcome: figures from Bulwark's own registers that speak to it (how many
// information assets have an owner, for asset management), each with the list behind it. Nothing is
// shown when there are none, or when the reader may not see their sources.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph, SmallPrint, VisuallyHidden } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import type { OutcomeDetail } from '../api/get-outcome';
import { liveEvidenceHint } from './live-evidence-words';

type LiveFigure = OutcomeDetail['liveEvidence'][number];

export function LiveEvidenceSection({ detail }: { detail: OutcomeDetail }) {
  if (detail.liveEvidence.length === 0) return null;
  return (
    <>
      <Heading spaceAbove>Live evidence</Heading>
      <Paragraph secondary>{liveEvidenceHint(detail.liveEvidenceBasis)}</Paragraph>
      <Table
        caption={`Live evidence for ${detail.node.ref}`}
        captionHidden
        rows={detail.liveEvidence}
        rowKey={(figure) => figure.key}
        columns={[
          {
            header: 'Figure',
            rowHeader: true,
            width: 'one-half',
            cell: (figure) => (
              <>
                {figure.label}
                <SmallPrint>{figure.source}</SmallPrint>
              </>
            ),
          },
          {
            header: 'Value',
            cell: (figure) => (
              <>
                {figure.text}
                {figure.state === 'attention' && (
                  <SmallPrint>
                    <Tag colour="orange">Needs attention</Tag>
                  </SmallPrint>
                )}
              </>
            ),
          },
          { header: 'As of', cell: (figure) => formatDateTime(figure.asOf) },
          {
            header: <VisuallyHidden>List</VisuallyHidden>,
            className: 'app-nowrap',
            cell: (figure: LiveFigure) =>
              figure.link && (
                <Link to={figure.link}>
                  View the list<VisuallyHidden>: {figure.label.toLowerCase()}</VisuallyHidden>
                </Link>
              ),
          },
        ]}
      />
    </>
  );
}
