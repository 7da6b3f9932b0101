// CIS Controls coverage per implementation group: how many safeguards are implemented, partly, not,
// not applicable or unanswered, with the implemented share as a bar and in figures.
import { ShareMeter } from '../../../components/Meter';
import { Table } from '../../../components/Table';
import type { Heatmap } from '../api/get-heatmap';
import { percent } from './maturity-words';

export function CoverageTable({ coverage }: { coverage: Heatmap['coverage'] }) {
  return (
    <Table
      caption="Safeguards implemented in each implementation group"
      rowKey={(group) => group.group}
      rows={coverage}
      columns={[
        { header: 'Implementation group', rowHeader: true, cell: (group) => group.label },
        { header: 'Safeguards', numeric: true, cell: (group) => group.safeguards },
        { header: 'Implemented', numeric: true, cell: (group) => group.implemented },
        { header: 'Partly', numeric: true, cell: (group) => group.partly },
        { header: 'Not implemented', numeric: true, cell: (group) => group.notImplemented },
        { header: 'Not applicable', numeric: true, cell: (group) => group.notApplicable },
        { header: 'Not answered', numeric: true, cell: (group) => group.unanswered },
        {
          header: 'Coverage',
          cell: (group) =>
            group.coverage === null ? (
              'No safeguards apply'
            ) : (
              <ShareMeter share={group.coverage}>
                {percent(group.coverage)} of applicable safeguards implemented
              </ShareMeter>
            ),
        },
        { header: 'Mean dimension score', numeric: true, cell: (group) => (group.meanScore === null ? 'None scored' : percent(group.meanScore)) },
      ]}
    />
  );
}
