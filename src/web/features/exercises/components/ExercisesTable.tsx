// Exercises of one status as a table: reference (a link to the exercise), title with its scenario and
// format, date, decision points met, late and missed, findings and open actions. The status is the
// section the table sits in.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { SmallPrint } from '../../../components/Typography';
import { formatDate } from '../../../lib/format';
import type { ExerciseSummary } from '../api/get-exercises';
import { exercisePage } from './links';
import { FORMAT_LABELS } from './words';

export function ExercisesTable({ orgId, exercises, caption, scenarioTitles }: { orgId: string; exercises: ExerciseSummary[]; caption: string; scenarioTitles: ReadonlyMap<string, string> }) {
  return (
    <Table
      caption={caption}
      captionHidden
      rows={exercises}
      rowKey={(exercise) => exercise.id}
      columns={[
        { header: 'Reference', rowHeader: true, cell: (exercise) => <Link className="app-nowrap" to={exercisePage(orgId, exercise.id)}>{exercise.reference}</Link> },
        {
          header: 'Exercise',
          width: 'one-third',
          cell: (exercise) => (
            <>
              {exercise.title}
              <SmallPrint>
                {exercise.scenarioId ? (scenarioTitles.get(exercise.scenarioId) ?? 'A scenario from the library') : 'Custom scenario'}; {FORMAT_LABELS[exercise.format].toLowerCase()}
              </SmallPrint>
            </>
          ),
        },
        { header: 'Date', cell: (exercise) => formatDate(exercise.startedAt ?? exercise.plannedFor, 'Not set') },
        { header: 'Decisions met, late, missed', cell: (exercise) => (exercise.status === 'planned' ? 'Not run yet' : `${exercise.decisionsMet}, ${exercise.decisionsLate}, ${exercise.decisionsMissed}`) },
        { header: 'Findings', numeric: true, cell: (exercise) => exercise.findingCount },
        { header: 'Open actions', numeric: true, cell: (exercise) => exercise.openActions },
      ]}
    />
  );
}
