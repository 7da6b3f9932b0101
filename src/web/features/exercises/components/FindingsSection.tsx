// What the exercise found: each finding with its bottleneck, severity and the decision point it
// concerns, and the actions it led to, whose status those running exercises move on. Once the clock
// has started, a finding is recorded below them with one or more actions.
import { type FormEvent, useState } from 'react';
import { Button, ButtonGroup } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Radios } from '../../../components/Radios';
import { Select } from '../../../components/Select';
import { Announce, SectionProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import type { ExerciseActionStatus } from '../../../../contract/exercises';
import { useChangeAction } from '../api/change-action';
import type { ExerciseAction, ExerciseDetail, Finding } from '../api/get-exercise';
import type { Member } from '../api/get-members';
import { useRecordFinding } from '../api/record-finding';
import { EditableRows } from '../../../components/EditableRows';
import { ActionStatusCell, SeverityTag } from './ExerciseTags';
import { type ActionRow, BLANK_ACTION, BLANK_FINDING, findingBody, type FindingValues } from './finding-values';
import { BOTTLENECK_LABELS, SEVERITY_WORDS } from './words';

const FIELD_IDS = { title: 'finding-title', detail: 'finding-detail', bottleneck: 'finding-bottleneck', severity: 'finding-severity', decisionPointId: 'finding-decision-point', actions: 'finding-actions' };

/** The moves open from each status, as buttons. */
const MOVES: Record<ExerciseActionStatus, Move[]> = {
  open: [
    { to: 'in-progress', text: 'Start', done: 'is in progress' },
    { to: 'done', text: 'Mark done', done: 'is done' },
  ],
  'in-progress': [{ to: 'done', text: 'Mark done', done: 'is done' }],
  done: [{ to: 'open', text: 'Reopen', done: 'is open again' }],
};

interface Move {
  to: ExerciseActionStatus;
  /** The button's words. */
  text: string;
  /** What is said once it has moved: "“Publish the rota” is in progress." */
  done: string;
}

export function FindingsSection({ orgId, exercise, canManage, people }: { orgId: string; exercise: ExerciseDetail; canManage: boolean; people: Array<{ value: string; text: string }> }) {
  const change = useChangeAction(orgId, exercise.id);
  const [said, setSaid] = useState('');
  const decisionLabel = new Map(exercise.decisionPoints.map((point) => [point.id, point.label]));

  function move(action: ExerciseAction, next: Move) {
    setSaid('');
    change.mutate({ actionId: action.id, body: { status: next.to, version: action.version } }, { onSuccess: () => setSaid(`“${action.title}” ${next.done}.`) });
  }

  return (
    <section aria-labelledby="findings">
      <Heading id="findings">Findings and actions</Heading>
      <Announce>{said && <Paragraph>{said}</Paragraph>}</Announce>
      {change.error && <SectionProblem error={change.error} what="The change to the action" />}
      {exercise.findings.length === 0 && <Paragraph>No findings yet. Record what slowed the response or went wrong, and the actions that will fix it.</Paragraph>}
      {exercise.findings.map((finding, index) => (
        <article key={finding.id} aria-labelledby={`finding-${index + 1}`}>
          <Heading level={3} id={`finding-${index + 1}`} spaceAbove={index > 0}>
            {finding.title}
          </Heading>
          <SummaryList
            rows={[
              { key: 'Bottleneck', value: BOTTLENECK_LABELS[finding.bottleneck] },
              { key: 'Severity', value: <SeverityTag severity={finding.severity} /> },
              { key: 'Decision point', value: finding.decisionPointId ? (decisionLabel.get(finding.decisionPointId) ?? 'Not known') : 'None in particular' },
              { key: 'Detail', value: finding.detail ? <span className="app-preserve-lines">{finding.detail}</span> : 'None' },
            ]}
          />
          <FindingActions finding={finding} canManage={canManage} busyId={change.isPending ? change.variables?.actionId : undefined} onMove={move} />
        </article>
      ))}
      {canManage && exercise.status !== 'planned' && <RecordFinding orgId={orgId} exercise={exercise} people={people} onDone={setSaid} />}
    </section>
  );
}

function FindingActions({
  finding,
  canManage,
  busyId,
  onMove,
}: {
  finding: Finding;
  canManage: boolean;
  busyId: string | undefined;
  onMove: (action: ExerciseAction, next: Move) => void;
}) {
  if (finding.actions.length === 0) return <Paragraph>No actions for this finding.</Paragraph>;
  return (
    <Table<ExerciseAction>
      caption={`Actions for “${finding.title}”`}
      captionHidden
      rows={finding.actions}
      rowKey={(action) => action.id}
      columns={[
        { header: 'Action', rowHeader: true, width: 'one-third', cell: (action) => action.title },
        { header: 'Owner', cell: (action) => action.ownerName ?? 'No owner' },
        { header: 'Due', cell: (action) => formatDate(action.dueOn, 'No date') },
        {
          header: 'Status',
          cell: (action) => <ActionStatusCell action={action} />,
        },
        ...(canManage
          ? [
              {
                header: <VisuallyHidden>Change the status</VisuallyHidden>,
                cell: (action: ExerciseAction) => (
                  <ButtonGroup>
                    {MOVES[action.status].map((next) => (
                      <Button key={next.to} type="button" variant="secondary" small busy={busyId === action.id} onClick={() => onMove(action, next)}>
                        {next.text}
                        <VisuallyHidden> “{action.title}”</VisuallyHidden>
                      </Button>
                    ))}
                  </ButtonGroup>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function RecordFinding({ orgId, exercise, people, onDone }: { orgId: string; exercise: ExerciseDetail; people: Array<{ value: string; text: string }>; onDone: (message: string) => void }) {
  const record = useRecordFinding(orgId, exercise.id);
  const [values, setValues] = useState<FindingValues>(BLANK_FINDING);
  const [local, setLocal] = useState<Error | null>(null);
  const problems = formProblems(local ?? record.error, FIELD_IDS);
  const set = <K extends keyof FindingValues>(field: K) => (value: FindingValues[K]) => setValues((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    record.reset();
    const { body, errors } = findingBody(values);
    if (!body) {
      setLocal(new ApiError({ status: 422, title: 'Some values need correcting', detail: errors[0]?.message ?? 'Check the finding.', errors }));
      return;
    }
    setLocal(null);
    record.mutate(body, {
      onSuccess: () => {
        onDone(`The finding “${body.title}” has been recorded.`);
        setValues(BLANK_FINDING);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="record-finding">
      <Heading level={3} id="record-finding" spaceAbove>
        Record a finding
      </Heading>
      <ProblemSummary problems={problems} />
      <TextInput id={FIELD_IDS.title} label="What was found" hint="In a few words, such as “The SIRO could not be reached out of hours”." value={values.title} onChange={set('title')} error={problems?.byField.title} />
      <Textarea id={FIELD_IDS.detail} label="Detail (optional)" value={values.detail} onChange={set('detail')} error={problems?.byField.detail} rows={3} />
      <Select
        id={FIELD_IDS.bottleneck}
        label="Bottleneck"
        hint="Where the response was slowed or went wrong: exercises are compared by these."
        value={values.bottleneck}
        onChange={(value) => set('bottleneck')(value as FindingValues['bottleneck'])}
        error={problems?.byField.bottleneck}
        options={[{ value: '', text: 'Choose a bottleneck' }, ...Object.entries(BOTTLENECK_LABELS).map(([value, text]) => ({ value, text }))]}
      />
      <Radios
        id={FIELD_IDS.severity}
        legend="Severity"
        legendSize="s"
        value={values.severity}
        onChange={(value) => set('severity')(value as FindingValues['severity'])}
        error={problems?.byField.severity}
        items={Object.entries(SEVERITY_WORDS).map(([value, words]) => ({ value, label: words.text }))}
      />
      <Select
        id={FIELD_IDS.decisionPointId}
        label="Decision point it concerns (optional)"
        value={values.decisionPointId}
        onChange={set('decisionPointId')}
        error={problems?.byField.decisionPointId}
        options={[{ value: '', text: 'None in particular' }, ...exercise.decisionPoints.map((point) => ({ value: point.id, text: point.label }))]}
      />
      <EditableRows<ActionRow>
        id={FIELD_IDS.actions}
        legend="Actions"
        legendSize="s"
        hint="What will be done about it, by whom and by when. A finding should lead somewhere."
        error={problems?.byField.actions}
        noun={{ one: 'action', article: 'an' }}
        rows={values.actions}
        blank={BLANK_ACTION}
        onChange={set('actions')}
        renderRow={(action, update, rowId, name) => (
          <>
            <TextInput id={`${rowId}-title`} label={<>What is to be done<VisuallyHidden> in {name}</VisuallyHidden></>} value={action.title} onChange={(title) => update({ ...action, title })} />
            <Select
              id={`${rowId}-owner`}
              label={<>Owner<VisuallyHidden> of {name}</VisuallyHidden> (optional)</>}
              value={action.ownerId}
              onChange={(ownerId) => update({ ...action, ownerId })}
              options={[{ value: '', text: 'No owner yet' }, ...people]}
            />
            <TextInput id={`${rowId}-due`} label={<>Due by<VisuallyHidden> for {name}</VisuallyHidden> (optional)</>} type="date" value={action.dueOn} onChange={(dueOn) => update({ ...action, dueOn })} width={10} />
          </>
        )}
      />
      <Button variant="secondary" busy={record.isPending}>
        Record the finding
      </Button>
    </form>
  );
}

/** The people who may own an action: the organisation's active members, or just the person signed in. */
export function actionOwners(members: Member[] | undefined, me: { id: string; name: string } | undefined): Array<{ value: string; text: string }> {
  return members?.filter((member) => member.status === 'active').map((member) => ({ value: member.userId, text: member.name })) ?? (me ? [{ value: me.id, text: `${me.name} (you)` }] : []);
}
