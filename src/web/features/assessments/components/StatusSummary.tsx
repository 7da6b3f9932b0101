// Where an assessment stands at a glance: its state, the status its answers add up to against the
// profile (and how far below it any outcome is), how far the answers have got, and the deadline.
import { SummaryList } from '../../../components/SummaryList';
import { Tag } from '../../../components/Tag';
import { SmallPrint } from '../../../components/Typography';
import type { Workspace } from '../api/get-workspace';
import { dayWords, daysLeftWords, plural, progressWords, STATES, statusWords } from './words';

export function StatusSummary({ workspace }: { workspace: Workspace }) {
  const { assessment } = workspace;
  const { status, progress } = assessment;
  const open = assessment.state === 'draft' || assessment.state === 'in-review';
  return (
    <SummaryList
      rows={[
        { key: 'Framework', value: `${assessment.catalogue.shortName ?? assessment.catalogue.name}, ${assessment.period}` },
        { key: 'State', value: <Tag colour={STATES[assessment.state].colour}>{STATES[assessment.state].text}</Tag> },
        {
          key: 'Status',
          value: (
            <>
              {statusWords(status)}
              <SmallPrint>{belowWords(workspace)}</SmallPrint>
              {status.provisional && <SmallPrint>Provisional until every outcome is answered: {plural(status.unanswered, 'outcome')} still to answer.</SmallPrint>}
            </>
          ),
        },
        {
          key: 'Progress',
          value: (
            <>
              {progressWords(progress)}
              <SmallPrint>
                {progress.agreed} agreed, {progress.readyForReview} ready for review, {progress.overdue} overdue
              </SmallPrint>
            </>
          ),
        },
        {
          key: 'Deadline',
          value: assessment.dueOn ? `${dayWords(assessment.dueOn)}${open ? ` (${daysLeftWords(assessment.daysLeft).toLowerCase()})` : ''}` : 'None set',
        },
      ]}
    />
  );
}

/** "2 outcomes below the profile: 1 by 1 level, 1 by 2 levels", or that none is. */
function belowWords(workspace: Workspace): string {
  const below = workspace.responses.filter((r) => r.standing === 'below');
  if (below.length === 0) return 'No outcome is below the profile.';
  const byRungs = new Map<number, number>();
  for (const r of below) byRungs.set(r.rungsBelow, (byRungs.get(r.rungsBelow) ?? 0) + 1);
  const parts = [...byRungs.entries()].sort(([a], [b]) => a - b).map(([rungs, count]) => `${count} by ${plural(rungs, 'level')}`);
  return `${plural(below.length, 'outcome')} below the profile: ${parts.join(', ')}.`;
}
