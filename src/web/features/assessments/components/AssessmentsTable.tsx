// The organisation's assessments, one row each: what and when, where it is in its life, how far the
// answers have got, the status they add up to, and how long is left.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { SmallPrint } from '../../../components/Typography';
import type { AssessmentSummary } from '../api/get-assessments';
import { workspacePath } from './links';
import { daysLeftWords, progressWords, STATES, statusWords } from './words';

export function AssessmentsTable({ orgId, assessments, caption }: { orgId: string; assessments: AssessmentSummary[]; caption: string }) {
  return (
    <Table
      caption={caption}
      captionHidden
      rows={assessments}
      rowKey={(a) => a.id}
      columns={[
        { header: 'Assessment', rowHeader: true, cell: (a) => <Link to={workspacePath(orgId, a.id)}>{a.title}</Link> },
        { header: 'Framework', cell: (a) => a.catalogue.shortName ?? a.catalogue.name },
        { header: 'Period', cell: (a) => a.period },
        { header: 'State', cell: (a) => <Tag colour={STATES[a.state].colour}>{STATES[a.state].text}</Tag> },
        { header: 'Progress', cell: (a) => progressWords(a.progress) },
        {
          header: 'Status',
          cell: (a) => (
            <>
              {statusWords(a.status)}
              {a.status.below > 0 && <SmallPrint>{a.status.below} below the profile</SmallPrint>}
            </>
          ),
        },
        { header: 'Deadline', cell: (a) => (a.state === 'submitted' || a.state === 'archived' ? '' : daysLeftWords(a.daysLeft)) },
      ]}
    />
  );
}
