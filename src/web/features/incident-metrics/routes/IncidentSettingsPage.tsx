// An organisation's incident settings: the response targets in hours for each severity, and when DHSC
// and NHS England are told as well as the ICO. Saved against the version read: a colleague's save in
// between is shown beside these changes, not overwritten.
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { GridColumn, GridRow, SuccessBanner } from '../../../components/Content';
import { ErrorSummary, ProblemSummary } from '../../../components/ErrorSummary';
import { Fieldset } from '../../../components/Fieldset';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Select } from '../../../components/Select';
import { Loading, NotAllowed, PageProblem, problemHeading } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { useVersionedSave } from '../../../lib/versioned-save';
import { type IncidentSettings, useIncidentSettings } from '../api/get-incident-settings';
import { useSaveIncidentSettings } from '../api/save-incident-settings';
import { settingsFrom, settingsProblems, type SettingsValues, staleSettingsOf, targetFieldId, THRESHOLD_FIELDS, valuesOf } from '../components/settings-form';
import { HARM_LABELS, LIKELIHOOD_LABELS, METRIC_LABELS, METRIC_SPAN_WORDS, SEVERITY_LABELS, SEVERITY_ORDER, TARGET_METRIC_ORDER } from '../components/words';

const WHO_MAY = 'Only the organisation’s administrators, SIRO, head of cyber security and information governance lead may change the incident settings.';

export function IncidentSettingsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const allowed = can(organisation.data, 'incident.configure');
  const settings = useIncidentSettings(orgId, { enabled: allowed });
  // Once loaded, the form sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!settings.data, settings.isError ? problemHeading(settings.error) : 'Incident settings', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!allowed || (isApiError(settings.error) && settings.error.status === 403)) return <NotAllowed reason={WHO_MAY} />;
  if (settings.isError) return <PageProblem error={settings.error} />;
  if (settings.isPending) return <Loading>Loading the incident settings…</Loading>;
  return <SettingsForm organisation={organisation.data} saved={settings.data} />;
}

const likelihoodOptions = LIKELIHOOD_LABELS.map((label, index) => ({ value: String(index + 1), text: `${index + 1}: ${label}` }));
const harmOptions = HARM_LABELS.map((label, index) => ({ value: String(index + 1), text: `${index + 1}: ${label}` }));

function SettingsForm({ organisation, saved }: { organisation: Organisation; saved: IncidentSettings }) {
  const orgId = organisation.id;
  const save = useSaveIncidentSettings(orgId);
  const refreshed = useIncidentSettings(orgId);
  const [values, setValues] = useState<SettingsValues>(() => valuesOf(saved));
  const versioned = useVersionedSave<IncidentSettings>({
    savedVersion: saved.version,
    mutate: (settings, callbacks) => save.mutate(settings, callbacks),
    refetch: () => refreshed.refetch(),
    staleOf: staleSettingsOf,
    savedMessage: 'The incident settings have been saved.',
  });
  const { message, theirs } = versioned;
  const problems = theirs ? null : settingsProblems(versioned.notSent ?? save.error);
  usePageTitle(`${problems || theirs ? 'Error: ' : ''}Incident settings`, organisation.name);

  function submit(event: FormEvent) {
    event.preventDefault();
    versioned.submit((version) => settingsFrom(values, version));
  }

  const setTarget = (metric: (typeof TARGET_METRIC_ORDER)[number], severity: (typeof SEVERITY_ORDER)[number]) => (text: string) =>
    setValues((current) => ({ ...current, targets: { ...current.targets, [metric]: { ...current.targets[metric], [severity]: text } } }));
  const base = `/orgs/${encodeURIComponent(orgId)}`;

  return (
    <>
      <Breadcrumbs
        items={[
          { text: organisation.name, to: base },
          { text: 'Incidents', to: can(organisation, 'incident.read') ? `${base}/incidents` : undefined },
        ]}
      />
      {message && <SuccessBanner>{message}</SuccessBanner>}
      {theirs && (
        <ErrorSummary
          title="Someone else changed these settings"
          description={`A colleague saved the incident settings${theirs.changedAt ? ` on ${formatDateTime(theirs.changedAt)}` : ''} since you opened this page. What they saved is shown beside yours below; your changes are still in the form. Save again to replace theirs with yours.`}
          items={[{ text: 'Check their settings before saving again', fieldId: 'their-settings' }]}
        />
      )}
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.name}>Incident settings</PageHeading>
      {theirs && <TheirSettings theirs={theirs.settings} mine={values} />}
      <form onSubmit={submit} noValidate>
        <Heading>Response targets</Heading>
        <Paragraph>
          How many hours an incident of each severity may take, from detection, to reach each point. The metrics count each incident as meeting or missing its target. Half an hour is
          0.5.
        </Paragraph>
        {TARGET_METRIC_ORDER.map((metric) => (
          <Fieldset key={metric} id={`targets-${metric}`} legend={`${METRIC_LABELS[metric]}, in hours`} legendSize="s" hint={`From ${METRIC_SPAN_WORDS[metric].from} to ${METRIC_SPAN_WORDS[metric].to}.`}>
            <GridRow>
              {SEVERITY_ORDER.map((severity) => (
                <GridColumn key={severity} width="one-quarter">
                  <TextInput
                    id={targetFieldId(metric, severity)}
                    label={SEVERITY_LABELS[severity]}
                    value={values.targets[metric][severity]}
                    onChange={setTarget(metric, severity)}
                    error={problems?.byField[`targets.${metric}.${severity}`]}
                    width={5}
                    spellCheck={false}
                    autoComplete="off"
                  />
                </GridColumn>
              ))}
            </GridRow>
          </Fieldset>
        ))}
        <Heading>When to tell DHSC and NHS England</Heading>
        <Paragraph>
          An incident reportable to the ICO (likelihood 3 or more and severity of harm 2 or more) is also reported to DHSC and NHS England when both its scores are at or above these.
        </Paragraph>
        <Fieldset id="dhsc-threshold" legend="Tell DHSC and NHS England from" legendSize="s">
          <GridRow>
            <GridColumn width="one-half">
              <Select
                id={THRESHOLD_FIELDS.dhscLikelihoodAtLeast}
                label="Likelihood that people are affected, at least"
                value={values.dhscLikelihoodAtLeast}
                onChange={(value) => setValues((current) => ({ ...current, dhscLikelihoodAtLeast: value }))}
                error={problems?.byField.dhscLikelihoodAtLeast}
                options={likelihoodOptions}
              />
            </GridColumn>
            <GridColumn width="one-half">
              <Select
                id={THRESHOLD_FIELDS.dhscHarmAtLeast}
                label="Severity of harm, at least"
                value={values.dhscHarmAtLeast}
                onChange={(value) => setValues((current) => ({ ...current, dhscHarmAtLeast: value }))}
                error={problems?.byField.dhscHarmAtLeast}
                options={harmOptions}
              />
            </GridColumn>
          </GridRow>
        </Fieldset>
        <Button busy={save.isPending}>Save the settings</Button>
      </form>
      <Paragraph>
        <Link to={`${base}/incidents/metrics`}>See the incident response metrics</Link>
      </Paragraph>
    </>
  );
}

/** The settings a colleague saved, beside the ones in the form, where they differ. */
function TheirSettings({ theirs, mine }: { theirs: IncidentSettings; mine: SettingsValues }) {
  const rows = [
    ...TARGET_METRIC_ORDER.flatMap((metric) =>
      SEVERITY_ORDER.map((severity) => ({
        key: `${metric}.${severity}`,
        field: `${METRIC_LABELS[metric]}, ${SEVERITY_LABELS[severity].toLowerCase()}`,
        theirs: hoursWords(String(theirs.targets[metric]?.[severity] ?? '')),
        mine: hoursWords(mine.targets[metric][severity]),
        same: String(theirs.targets[metric]?.[severity] ?? '') === mine.targets[metric][severity].trim(),
      })),
    ),
    { key: 'likelihood', field: 'DHSC and NHS England: likelihood at least', theirs: String(theirs.dhscLikelihoodAtLeast), mine: mine.dhscLikelihoodAtLeast, same: String(theirs.dhscLikelihoodAtLeast) === mine.dhscLikelihoodAtLeast },
    { key: 'harm', field: 'DHSC and NHS England: severity of harm at least', theirs: String(theirs.dhscHarmAtLeast), mine: mine.dhscHarmAtLeast, same: String(theirs.dhscHarmAtLeast) === mine.dhscHarmAtLeast },
  ].filter((row) => !row.same);
  return (
    <div id="their-settings" tabIndex={-1}>
      <Heading>Their settings and yours</Heading>
      {rows.length === 0 ? (
        <Paragraph>They saved the same values as yours.</Paragraph>
      ) : (
        <Table
          caption="Settings that differ between their save and your form"
          captionHidden
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            { header: 'Setting', rowHeader: true, cell: (row) => row.field },
            { header: 'Saved by them', cell: (row) => row.theirs },
            { header: 'Yours, not saved', cell: (row) => row.mine },
          ]}
        />
      )}
    </div>
  );
}

/** Hours as they are typed in the form: "24 hours", or what was typed when it is not a number. */
function hoursWords(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return 'Not set';
  return Number.isFinite(Number(trimmed)) ? `${trimmed} ${trimmed === '1' ? 'hour' : 'hours'}` : `“${trimmed}”`;
}
