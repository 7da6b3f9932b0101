// Recording an incident: what happened, how severe, who owns it, when it occurred (perhaps an estimate)
// and when it was detected, which starts the notification clocks, and the ICO grid's two scores.
// Times are typed as UK wall time and sent as instants with their offset.
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { Heading } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { useMe } from '../../../lib/session';
import type { Milestone } from '../../../../contract/incidents';
import { useOwners } from '../api/get-owners';
import { useRecordIncident } from '../api/record-incident';
import { BLANK_DATE_TIME, DateTimeFields, type DateTimeValue, dateTimeIds } from '../components/DateTimeFields';
import { DETAIL_FIELD_IDS, DescriptionFields, HarmFields } from '../components/DetailFields';
import { detailsBody, type DetailValues, EMPTY_DETAILS } from '../components/detail-values';
import { problemsBeforeSending, withFormFieldNames } from '../components/form-problems';
import { incidentPage, registerPage } from '../components/links';
import { instantFromForm, instantToLondonWallTime } from '../components/wall-time';

const OCCURRED = dateTimeIds('incident-occurred');
const DETECTED = dateTimeIds('incident-detected');

/** Each field the API or this page may name, with its control, in the order they are on the page. */
const FIELD_IDS = {
  title: DETAIL_FIELD_IDS.title,
  kind: DETAIL_FIELD_IDS.kind,
  severity: DETAIL_FIELD_IDS.severity,
  cia: DETAIL_FIELD_IDS.cia,
  nis: DETAIL_FIELD_IDS.nis,
  detectionSource: DETAIL_FIELD_IDS.detectionSource,
  description: DETAIL_FIELD_IDS.description,
  ownerId: DETAIL_FIELD_IDS.ownerId,
  occurred: OCCURRED.fieldset,
  occurredDate: OCCURRED.date,
  occurredTime: OCCURRED.time,
  detected: DETECTED.fieldset,
  detectedDate: DETECTED.date,
  detectedTime: DETECTED.time,
  breachLikelihood: DETAIL_FIELD_IDS.breachLikelihood,
  breachHarm: DETAIL_FIELD_IDS.breachHarm,
  recordsCount: DETAIL_FIELD_IDS.recordsCount,
  subjectsCount: DETAIL_FIELD_IDS.subjectsCount,
  dataSubjects: DETAIL_FIELD_IDS.dataSubjects,
};

/** The API names a milestone by its place in the body ("milestones.detected"); the form by the milestone. */
function formField(field: string): string | undefined {
  if (field === 'occurredEstimated') return 'occurred';
  const milestone = /^milestones\.(\w+)$/.exec(field)?.[1];
  return milestone === 'occurred' || milestone === 'detected' ? milestone : undefined;
}

export function NewIncidentPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const me = useMe().data;
  const owners = useOwners(orgId, can(organisation.data, 'member.read'));
  const record = useRecordIncident(orgId);
  const navigate = useNavigate();
  const [details, setDetails] = useState<DetailValues>(EMPTY_DETAILS);
  const [occurred, setOccurred] = useState<DateTimeValue>(BLANK_DATE_TIME);
  // Most incidents are recorded as they are found: detected now, unless changed.
  const [detected, setDetected] = useState<DateTimeValue>(() => ({ ...instantToLondonWallTime(new Date()), estimated: false }));
  const [local, setLocal] = useState<Error | null>(null);
  const problems = formProblems(local ?? withFormFieldNames(record.error, formField), FIELD_IDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Record an incident`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!can(organisation.data, 'incident.manage')) {
    return <NotAllowed reason="Only the organisation’s administrators, SIRO, DPO, IG lead and security team may record incidents." />;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    record.reset();
    const { body, errors } = detailsBody(details);
    const occurredAt = instantFromForm(occurred, 'occurred', 'it occurred');
    const detectedAt = instantFromForm(detected, 'detected', 'it was detected', true);
    const found = [...errors, ...occurredAt.problems, ...detectedAt.problems];
    if (found.length > 0) {
      setLocal(problemsBeforeSending(found));
      return;
    }
    setLocal(null);
    const milestones: Partial<Record<Milestone, string>> = {};
    if (occurredAt.instant) milestones.occurred = occurredAt.instant;
    if (detectedAt.instant) milestones.detected = detectedAt.instant;
    record.mutate(
      { ...body, milestones, occurredEstimated: occurredAt.instant !== null && occurred.estimated },
      { onSuccess: (incident) => void navigate(incidentPage(orgId, incident.id), { state: { notice: `${incident.reference} has been recorded.` } }) },
    );
  }

  const byField = problems?.byField;
  const register = registerPage(orgId);
  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={register}>Back to the incidents</BackLink>
        <ProblemSummary problems={problems} />
        <PageHeading caption={organisation.data.name}>Record an incident</PageHeading>
        <form onSubmit={submit} noValidate>
          <DescriptionFields values={details} onChange={setDetails} errors={byField} members={owners.data?.members} me={me ? { id: me.user.id, name: me.user.name } : undefined} />
          <Heading spaceAbove>When</Heading>
          <DateTimeFields
            id={OCCURRED.fieldset}
            legend="When did it occur? (optional)"
            hint="UK time. If it is not known exactly, give your best estimate and say so."
            value={occurred}
            onChange={setOccurred}
            withEstimate
            errors={{ whole: byField?.occurred, date: byField?.occurredDate, time: byField?.occurredTime }}
          />
          <DateTimeFields
            id={DETECTED.fieldset}
            legend="When was it detected?"
            hint="UK time. The 72-hour clocks for telling the ICO and the NIS authority start here."
            value={detected}
            onChange={setDetected}
            errors={{ whole: byField?.detected, date: byField?.detectedDate, time: byField?.detectedTime }}
          />
          <Heading spaceAbove>Harm to people</Heading>
          <HarmFields values={details} onChange={setDetails} errors={byField} />
          <ButtonGroup>
            <Button busy={record.isPending}>Record the incident</Button>
            <Link to={register}>Cancel</Link>
          </ButtonGroup>
        </form>
      </GridColumn>
    </GridRow>
  );
}
