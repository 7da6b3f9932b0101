// Exercises as a table: reference (a link to the exercise), title, scenario, format, date, decision
// points met, late and missed, findings and open actions.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { formatDate } from '../../../lib/format';
import type { ExerciseSummary } from '../api/get-exercises';
import { StatusTag } from './ExerciseTags';
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
        { header: 'Reference', rowHeader: true, cell: (exercise) => <Link to={exercisePage(orgId, exercise.id)}>{exercise.reference}</Link> },
        { header: 'Title', width: 'one-quarter', cell: (exercise) => exercise.title },
        { header: 'Scenario', cell: (exercise) => (exercise.scenarioId ? (scenarioTitles.get(exercise.scenarioId) ?? 'From the library') : 'Custom') },
        { header: 'Format', cell: (exercise) => FORMAT_LABELS[exercise.format] },
        { header: 'Status', cell: (exercise) => <StatusTag status={exercise.status} /> },
        { header: 'Date', cell: (exercise) => formatDate(exercise.startedAt ?? exercise.plannedFor, 'Not set') },
        { header: 'Decisions met, late, missed', cell: (exercise) => (exercise.status === 'planned' ? 'Not run yet' : `${exercise.decisionsMet}, ${exercise.decisionsLate}, ${exercise.decisionsMissed}`) },
        { header: 'Findings', numeric: true, cell: (exercise) => exercise.findingCount },
        { header: 'Open actions', numeric: true, cell: (exercise) => exercise.openActions },
      ]}
    />
  );
}
