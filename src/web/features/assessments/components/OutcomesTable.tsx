// One principle's (or control's) outcomes as a table: a row per outcome, headed by its reference, with
// the level, the profile's level and how far below it, who owns it and by when, the review state,
// the evidence and suggestions behind it, and whether the independent reviewer agrees; under the title,
// how many live figures from Bulwark's registers speak to it.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { SmallPrint } from '../../../components/Typography';
import type { ResponseView, Workspace } from '../api/get-workspace';
import { outcomePath } from './links';
import { dayWords, DIVERGENCE, levelColour, levelLabel, plural, REVIEW_STATES, standingWords } from './words';

/** The id of an outcome's link in the table, so an error summary can point at it. */
export const outcomeLinkId = (ref: string) => `outcome-${ref}`;

export function OutcomesTable({ orgId, workspace, caption, responses }: { orgId: string; workspace: Workspace; caption: string; responses: ResponseView[] }) {
  const labels = workspace.levels;
  return (
    <Table
      caption={caption}
      captionSize="s"
      rows={responses}
      rowKey={(r) => r.ref}
      columns={[
        {
          header: 'Outcome',
          rowHeader: true,
          className: 'app-nowrap',
          cell: (r) => (
            <Link to={outcomePath(orgId, workspace.assessment.id, r.ref)} id={outcomeLinkId(r.ref)}>
              {r.ref}
            </Link>
          ),
        },
        {
          header: 'Title',
          // Marked under the title rather than in a column of its own, which the wide table would scroll out of sight.
          cell: (r) => (
            <>
              {r.title}
              {workspace.liveFigures[r.ref] && <SmallPrint>{plural(workspace.liveFigures[r.ref]!, 'live figure')}</SmallPrint>}
            </>
          ),
        },
        {
          header: 'Level',
          cell: (r) => (r.level === null ? 'Not answered' : <Tag colour={levelColour(r.levels, r.level)}>{levelLabel(labels, r.level)}</Tag>),
        },
        { header: 'Expected', cell: (r) => levelLabel(labels, r.expected, 'None') },
        { header: 'Against the profile', cell: (r) => (r.standing === 'below' ? <Tag colour="red">{standingWords(r)}</Tag> : standingWords(r)) },
        { header: 'Owner', cell: (r) => r.owner?.name ?? 'Unassigned' },
        {
          header: 'Due',
          cell: (r) => (
            <>
              {dayWords(r.dueOn, 'None')}
              {r.overdue && (
                <SmallPrint>
                  <Tag colour="red">Overdue</Tag>
                </SmallPrint>
              )}
            </>
          ),
        },
        { header: 'Review state', cell: (r) => REVIEW_STATES[r.reviewState] },
        { header: 'Evidence', numeric: true, cell: (r) => r.evidence.length },
        { header: 'Suggestions', numeric: true, cell: (r) => r.suggestions },
        { header: 'Independent review', cell: (r) => DIVERGENCE[r.divergence] },
      ]}
    />
  );
}
