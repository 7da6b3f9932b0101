// The improvement actions that came out of the incident: what, who, by when, and whether done (an
// overdue one is tagged so). Those who manage incidents add actions and mark them done.
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Select } from '../../../components/Select';
import { Announce, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';
import { formatDate } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { useAddAction } from '../api/add-action';
import { useChangeAction } from '../api/change-action';
import type { IncidentAction, IncidentDetail } from '../api/get-incident';
import type { Member } from '../api/get-owners';
import { problemsBeforeSending } from './form-problems';
import { instantToLondonWallTime } from './wall-time';

const FIELD_IDS = { title: 'action-title', ownerId: 'action-owner', dueOn: 'action-due' };

export function ActionsSection({
  orgId,
  incident,
  canManage,
  members,
  me,
}: {
  orgId: string;
  incident: IncidentDetail;
  canManage: boolean;
  members: Member[] | undefined;
  me: { id: string; name: string } | undefined;
}) {
  const change = useChangeAction(orgId, incident.id);
  const [done, setDone] = useState('');

  function markDone(action: IncidentAction) {
    setDone('');
    // Done today, as the UK calendar has it.
    const today = instantToLondonWallTime(new Date()).date;
    change.mutate({ actionId: action.id, body: { doneOn: today, version: action.version } }, { onSuccess: () => setDone(`“${action.title}” is marked done.`) });
  }

  return (
    <section aria-labelledby="actions">
      <Heading id="actions">Actions</Heading>
      <Announce>{done && <Paragraph>{done}</Paragraph>}</Announce>
      {change.error && <SectionProblem error={change.error} what="The change" />}
      {incident.actions.length === 0 ? (
        <Paragraph>No actions yet.</Paragraph>
      ) : (
        <Table<IncidentAction>
          caption="Actions from this incident"
          captionHidden
          rows={incident.actions}
          rowKey={(action) => action.id}
          columns={[
            { header: 'Action', rowHeader: true, width: 'one-third', cell: (action) => action.title },
            { header: 'Owner', cell: (action) => action.ownerName ?? 'No owner' },
            { header: 'Due', cell: (action) => formatDate(action.dueOn, 'No date') },
            {
              header: 'Done',
              cell: (action) => (action.doneOn ? `Done ${formatDate(action.doneOn)}` : action.overdue ? <Tag colour="red">Overdue</Tag> : 'Not yet'),
            },
            ...(canManage
              ? [
                  {
                    header: <VisuallyHidden>Action</VisuallyHidden>,
                    cell: (action: IncidentAction) =>
                      !action.doneOn && (
                        <Button type="button" variant="secondary" small busy={change.isPending && change.variables?.actionId === action.id} onClick={() => markDone(action)}>
                          Mark done<VisuallyHidden>: {action.title}</VisuallyHidden>
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {canManage && <AddAction orgId={orgId} incident={incident} members={members} me={me} onDone={setDone} />}
    </section>
  );
}

function AddAction({
  orgId,
  incident,
  members,
  me,
  onDone,
}: {
  orgId: string;
  incident: IncidentDetail;
  members: Member[] | undefined;
  me: { id: string; name: string } | undefined;
  onDone: (message: string) => void;
}) {
  const add = useAddAction(orgId, incident.id);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [local, setLocal] = useState<Error | null>(null);
  const problems = formProblems(local ?? add.error, FIELD_IDS);
  const people = members?.filter((m) => m.status === 'active').map((m) => ({ value: m.userId, text: m.name })) ?? (me ? [{ value: me.id, text: `${me.name} (you)` }] : []);

  function submit(event: FormEvent) {
    event.preventDefault();
    add.reset();
    if (!title.trim()) {
      setLocal(problemsBeforeSending([{ field: 'title', message: 'Say what is to be done' }]));
      return;
    }
    setLocal(null);
    add.mutate(
      { title: title.trim(), ownerId: ownerId || null, dueOn: dueOn || null },
      {
        onSuccess: () => {
          onDone(`“${title.trim()}” has been added.`);
          setTitle('');
          setOwnerId('');
          setDueOn('');
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-action">
      <Heading level={3} id="add-action" spaceAbove>
        Add an action
      </Heading>
      <ProblemSummary problems={problems} />
      <TextInput id={FIELD_IDS.title} label="What is to be done" value={title} onChange={setTitle} error={problems?.byField.title} />
      <Select id={FIELD_IDS.ownerId} label="Owner (optional)" value={ownerId} onChange={setOwnerId} error={problems?.byField.ownerId} options={[{ value: '', text: 'No owner yet' }, ...people]} />
      <TextInput id={FIELD_IDS.dueOn} label="Due by (optional)" type="date" value={dueOn} onChange={setDueOn} error={problems?.byField.dueOn} width={10} />
      <Button variant="secondary" busy={add.isPending}>
        Add the action
      </Button>
    </form>
  );
}
