// The triage targets: how many minutes an alert of each severity may wait, from its creation, to be
// triaged. Saved against the version read: a colleague's save in between is shown, not overwritten.
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { ErrorSummary, ProblemSummary } from '../../../components/ErrorSummary';
import { Fieldset } from '../../../components/Fieldset';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem, problemHeading } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { useVersionedSave } from '../../../lib/versioned-save';
import { type AlertSettings, useAlertSettings } from '../api/get-alert-settings';
import { useSaveAlertSettings } from '../api/save-alert-settings';
import { ALERT_PERMISSIONS } from '../components/permissions';
import { settingsFrom, staleTargetsOf, targetFieldId, targetProblems, type TargetValues, targetValuesOf } from '../components/targets-form';
import { minutesWords, SEVERITY_LABELS, SEVERITY_ORDER } from '../components/words';

const WHO_MAY = 'Only the organisation’s administrators, SIRO, head of cyber security and security analysts may change the triage targets.';

export function AlertSettingsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const allowed = can(organisation.data, ALERT_PERMISSIONS.configure);
  const settings = useAlertSettings(orgId, { enabled: allowed });
  // Once loaded, the form sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!settings.data, settings.isError ? problemHeading(settings.error) : 'Triage targets', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!allowed || (isApiError(settings.error) && settings.error.status === 403)) return <NotAllowed reason={WHO_MAY} />;
  if (settings.isError) return <PageProblem error={settings.error} />;
  if (settings.isPending) return <Loading>Loading the triage targets…</Loading>;
  return <TargetsForm organisation={organisation.data} saved={settings.data} />;
}

function TargetsForm({ organisation, saved }: { organisation: Organisation; saved: AlertSettings }) {
  const save = useSaveAlertSettings(organisation.id);
  const refreshed = useAlertSettings(organisation.id);
  const [values, setValues] = useState<TargetValues>(() => targetValuesOf(saved.targets));
  const versioned = useVersionedSave<AlertSettings>({
    savedVersion: saved.version,
    mutate: (settings, callbacks) => save.mutate(settings, callbacks),
    refetch: () => refreshed.refetch(),
    staleOf: staleTargetsOf,
    savedMessage: 'The triage targets have been saved.',
  });
  const { message, theirs } = versioned;
  const problems = theirs ? null : targetProblems(versioned.notSent ?? save.error);
  usePageTitle(`${problems || theirs ? 'Error: ' : ''}Triage targets`, organisation.name);

  function submit(event: FormEvent) {
    event.preventDefault();
    versioned.submit((version) => settingsFrom(values, version));
  }

  const base = `/orgs/${encodeURIComponent(organisation.id)}`;
  return (
    <>
      <Breadcrumbs items={[{ text: organisation.name, to: base }, { text: 'Alert triage', to: `${base}/alerts` }]} />
      {message && <SuccessBanner>{message}</SuccessBanner>}
      {theirs && (
        <ErrorSummary
          title="Someone else changed the triage targets"
          description={`A colleague saved the triage targets${theirs.changedAt ? ` on ${formatDateTime(theirs.changedAt)}` : ''} since you opened this page, so yours were not saved. Theirs are shown beside yours below; your changes are still in the form. Save again to replace theirs with yours.`}
          items={[{ text: 'Check their targets before saving again', fieldId: 'their-targets' }]}
        />
      )}
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.name}>Triage targets</PageHeading>
      {theirs && <TheirTargets theirs={theirs.settings} mine={values} />}
      <form onSubmit={submit} noValidate>
        <Fieldset id="targets" legend="Minutes from an alert’s creation to its triage" legendSize="s" hint="An alert triaged later than this, or still untriaged after it, counts as a breach. 60 is an hour; 1440 a day.">
          {SEVERITY_ORDER.map((severity) => (
            <TextInput
              key={severity}
              id={targetFieldId(severity)}
              label={SEVERITY_LABELS[severity]}
              value={values[severity]}
              onChange={(text) => setValues((current) => ({ ...current, [severity]: text }))}
              error={problems?.byField[severity]}
              width={5}
              inputMode="numeric"
              spellCheck={false}
              autoComplete="off"
            />
          ))}
        </Fieldset>
        <Button busy={save.isPending}>Save the targets</Button>
      </form>
      <Paragraph>
        <Link to={`${base}/alerts`}>See the alert triage report</Link>
      </Paragraph>
    </>
  );
}

/** The targets a colleague saved, beside the ones in the form, where they differ. */
function TheirTargets({ theirs, mine }: { theirs: AlertSettings; mine: TargetValues }) {
  const rows = SEVERITY_ORDER.filter((severity) => String(theirs.targets[severity]) !== mine[severity].trim());
  return (
    <div id="their-targets" tabIndex={-1}>
      <Heading>Their targets and yours</Heading>
      {rows.length === 0 ? (
        <Paragraph>They saved the same targets as yours.</Paragraph>
      ) : (
        <Table<(typeof SEVERITY_ORDER)[number]>
          caption="Targets that differ between their save and your form"
          captionHidden
          rows={rows}
          rowKey={(severity) => severity}
          columns={[
            { header: 'Severity', rowHeader: true, cell: (severity) => SEVERITY_LABELS[severity] },
            { header: 'Saved by them', cell: (severity) => minutesWords(theirs.targets[severity]) },
            { header: 'Yours, not saved', cell: (severity) => (/^\d+$/.test(mine[severity].trim()) ? minutesWords(Number(mine[severity])) : `“${mine[severity]}”`) },
          ]}
        />
      )}
    </div>
  );
}
