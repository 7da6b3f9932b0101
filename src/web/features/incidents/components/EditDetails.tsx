// Editing the incident's details against the version they were read at. When a colleague saved first
// (a 409), their details are shown at the top of the page, the form keeps what was typed, and saving
// again is a deliberate choice to replace theirs.
import { type FormEvent, useState } from 'react';
import { Button, ButtonGroup } from '../../../components/Button';
import { ErrorSummary, ProblemSummary } from '../../../components/ErrorSummary';
import { Heading } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { type IncidentDetail, useIncident } from '../api/get-incident';
import type { Member } from '../api/get-owners';
import { staleChangeOf, type StaleChange, useUpdateIncident } from '../api/update-incident';
import { DETAIL_FIELD_IDS, DescriptionFields, HarmFields } from './DetailFields';
import { detailsBody, detailsOf } from './detail-values';
import { problemsBeforeSending } from './form-problems';

export function EditDetails({
  orgId,
  incident,
  members,
  me,
  onClose,
}: {
  orgId: string;
  incident: IncidentDetail;
  members: Member[] | undefined;
  me: { id: string; name: string } | undefined;
  onClose: (message?: string) => void;
}) {
  const update = useUpdateIncident(orgId, incident.id);
  const refreshed = useIncident(orgId, incident.id);
  const [values, setValues] = useState(() => detailsOf(incident));
  const [baseVersion, setBaseVersion] = useState(incident.version);
  const [stale, setStale] = useState<StaleChange | null>(null);
  const [local, setLocal] = useState<Error | null>(null);
  const problems = stale ? null : formProblems(local ?? update.error, DETAIL_FIELD_IDS);

  function submit(event: FormEvent) {
    event.preventDefault();
    update.reset();
    setStale(null);
    const { body, errors } = detailsBody(values);
    if (errors.length > 0) {
      setLocal(problemsBeforeSending(errors));
      return;
    }
    setLocal(null);
    update.mutate(
      { ...body, version: baseVersion },
      {
        onSuccess: () => onClose('The details have been saved.'),
        onError: (error) => {
          const conflict = staleChangeOf(error);
          if (!conflict) return;
          setStale(conflict);
          if (conflict.current) setBaseVersion(conflict.current.version);
          // Show their details at the top of the page; the next save is made against them.
          void refreshed.refetch().then((result) => {
            if (result.data) setBaseVersion(result.data.version);
          });
        },
      },
    );
  }

  const who = stale?.changedBy ?? 'A colleague';
  const when = stale?.changedAt ? ` at ${formatDateTime(stale.changedAt)}` : '';
  return (
    <form onSubmit={submit} noValidate aria-labelledby="edit-details">
      <Heading id="edit-details" spaceAbove>
        Edit the details
      </Heading>
      {stale && (
        <ErrorSummary
          title="Someone else changed this incident"
          description={`${who} saved changes${when}, since you opened this page. Their details are shown at the top of the page; your changes are still in the form below. Save again to replace theirs with yours.`}
          items={[{ text: 'Check the details above before saving again', fieldId: DETAIL_FIELD_IDS.title }]}
        />
      )}
      <ProblemSummary problems={problems} />
      <DescriptionFields values={values} onChange={setValues} errors={problems?.byField} members={members} me={me} />
      <HarmFields values={values} onChange={setValues} errors={problems?.byField} />
      <ButtonGroup>
        <Button busy={update.isPending}>Save the details</Button>
        <Button variant="secondary" type="button" onClick={() => onClose()}>
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}
