// Who was told about the incident, when, and their reference; and recording another. Telling the ICO
// stops its clock, as does telling the NIS authority (or DHSC and NHS England) for the NIS clock, and
// senior management for the 12-hour one.
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Select } from '../../../components/Select';
import { Announce } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph, SmallPrint } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import type { Recipient } from '../../../../contract/incidents';
import type { IncidentDetail, NotificationRecord } from '../api/get-incident';
import { useRecordNotification } from '../api/record-notification';
import { DateTimeFields, type DateTimeValue, dateTimeIds } from './DateTimeFields';
import { problemsBeforeSending } from './form-problems';
import { instantFromForm, instantToLondonWallTime } from './wall-time';
import { RECIPIENT_LABELS } from './words';

const SENT = dateTimeIds('notification-sent');
const FIELD_IDS = {
  recipient: 'notification-recipient',
  recipientName: 'notification-recipient-name',
  sentAt: SENT.fieldset,
  sentAtDate: SENT.date,
  sentAtTime: SENT.time,
  reference: 'notification-reference',
  note: 'notification-note',
};

export function NotificationsSection({ orgId, incident, canManage }: { orgId: string; incident: IncidentDetail; canManage: boolean }) {
  const [done, setDone] = useState('');
  return (
    <section aria-labelledby="notifications">
      <Heading id="notifications">Notifications</Heading>
      <Announce>{done && <Paragraph>{done}</Paragraph>}</Announce>
      {incident.notifications.length === 0 ? (
        <Paragraph>No one outside the response has been told yet.</Paragraph>
      ) : (
        <Table<NotificationRecord>
          caption="Notifications made"
          captionHidden
          rows={incident.notifications}
          rowKey={(notification) => notification.id}
          columns={[
            {
              header: 'Told',
              rowHeader: true,
              cell: (n) => (
                <>
                  {RECIPIENT_LABELS[n.recipient]}
                  {n.recipientName && <SmallPrint>{n.recipientName}</SmallPrint>}
                </>
              ),
            },
            { header: 'When', cell: (n) => formatDateTime(n.sentAt) },
            { header: 'Their reference', cell: (n) => n.reference ?? 'None' },
            { header: 'Note', cell: (n) => (n.note ? <span className="app-preserve-lines">{n.note}</span> : '') },
            { header: 'Recorded by', cell: (n) => n.recordedByName ?? 'Unknown' },
          ]}
        />
      )}
      {canManage && <NotificationForm orgId={orgId} incident={incident} onDone={setDone} />}
    </section>
  );
}

const nowWallTime = (): DateTimeValue => ({ ...instantToLondonWallTime(new Date()), estimated: false });

function NotificationForm({ orgId, incident, onDone }: { orgId: string; incident: IncidentDetail; onDone: (message: string) => void }) {
  const notify = useRecordNotification(orgId, incident.id);
  const [recipient, setRecipient] = useState<Recipient | ''>('');
  const [recipientName, setRecipientName] = useState('');
  const [sent, setSent] = useState<DateTimeValue>(nowWallTime);
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<Error | null>(null);
  const problems = formProblems(local ?? notify.error, FIELD_IDS);

  function submit(event: FormEvent) {
    event.preventDefault();
    notify.reset();
    const sentAt = instantFromForm(sent, 'sentAt', 'they were told', true);
    const found = [...(recipient ? [] : [{ field: 'recipient', message: 'Choose who was told' }]), ...sentAt.problems];
    if (found.length > 0 || !recipient || !sentAt.instant) {
      setLocal(problemsBeforeSending(found));
      return;
    }
    setLocal(null);
    const blankToNull = (text: string) => text.trim() || null;
    notify.mutate(
      { recipient, recipientName: blankToNull(recipientName), sentAt: sentAt.instant, reference: blankToNull(reference), note: blankToNull(note) },
      {
        onSuccess: () => {
          onDone(`The notification to ${RECIPIENT_LABELS[recipient]} has been recorded.`);
          setRecipient('');
          setRecipientName('');
          setSent(nowWallTime());
          setReference('');
          setNote('');
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="record-notification">
      <Heading level={3} id="record-notification" spaceAbove>
        Record a notification
      </Heading>
      <ProblemSummary problems={problems} />
      <Select
        id={FIELD_IDS.recipient}
        label="Who was told"
        value={recipient}
        onChange={(value) => setRecipient(value as Recipient | '')}
        error={problems?.byField.recipient}
        options={[{ value: '', text: 'Choose who was told' }, ...Object.entries(RECIPIENT_LABELS).map(([value, text]) => ({ value, text }))]}
      />
      <TextInput id={FIELD_IDS.recipientName} label="Name or team (optional)" value={recipientName} onChange={setRecipientName} error={problems?.byField.recipientName} />
      <DateTimeFields id={SENT.fieldset} legend="When were they told?" value={sent} onChange={setSent} errors={{ whole: problems?.byField.sentAt, date: problems?.byField.sentAtDate, time: problems?.byField.sentAtTime }} />
      <TextInput id={FIELD_IDS.reference} label="Their reference (optional)" hint="Such as the case number the ICO gave." value={reference} onChange={setReference} error={problems?.byField.reference} width={20} />
      <Textarea id={FIELD_IDS.note} label="Note (optional)" value={note} onChange={setNote} error={problems?.byField.note} rows={2} />
      <Button variant="secondary" busy={notify.isPending}>
        Record the notification
      </Button>
    </form>
  );
}
