// The independent review as the organisation sees it: the reviewer's opinion, then each outcome's own
// level beside the reviewer's, with where they differ picked out in words.
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import type { Workspace } from '../api/get-review-workspace';
import { type Divergence, divergenceWords, levelLabeller, OPINION_LABELS, plural } from './maturity-words';

const DIVERGENCE_ORDER: readonly Divergence[] = ['review-lower', 'review-higher', 'applicability', 'agrees', 'self-unanswered', 'not-reviewed'];

export function ReviewReadOnly({ workspace }: { workspace: Workspace }) {
  const label = levelLabeller(workspace.levels);
  const { review } = workspace;
  const reviewed = workspace.responses.filter((r) => r.review !== null);
  return (
    <>
      <Heading>Overall opinion</Heading>
      {review ? (
        <SummaryList
          rows={[
            { key: 'Reviewer', value: review.reviewer ?? 'Not named' },
            { key: 'Assurance opinion', value: review.opinion ? OPINION_LABELS[review.opinion] : 'Not given yet' },
            { key: 'Summary', value: review.summary ?? 'None yet' },
            { key: 'Last changed', value: formatDateTime(review.updatedAt) },
          ]}
        />
      ) : (
        <Paragraph>The reviewer has not given an overall opinion yet.</Paragraph>
      )}
      <Heading spaceAbove>Where the reviewer differs</Heading>
      <SummaryList
        rows={DIVERGENCE_ORDER.filter((d) => (workspace.divergence[d] ?? 0) > 0).map((d) => ({ key: divergenceWords(d).text, value: plural(workspace.divergence[d] ?? 0, 'outcome') }))}
      />
      {reviewed.length === 0 ? (
        <Paragraph>The reviewer has not recorded a level for any outcome yet.</Paragraph>
      ) : (
        <Table
          caption="Outcomes the reviewer has rated"
          rowKey={(r) => r.ref}
          rows={reviewed}
          columns={[
            { header: 'Outcome', rowHeader: true, cell: (r) => `${r.ref} ${r.title}` },
            { header: 'Self-assessed', cell: (r) => label(r.level) },
            { header: 'Reviewer’s level', cell: (r) => label(r.review?.level ?? null) },
            { header: 'Reviewer’s note', cell: (r) => r.review?.note ?? '' },
            {
              header: 'Difference',
              cell: (r) => {
                const words = divergenceWords(r.divergence);
                return <Tag colour={words.colour}>{words.text}</Tag>;
              },
            },
          ]}
        />
      )}
    </>
  );
}
