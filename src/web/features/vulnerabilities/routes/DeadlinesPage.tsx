// The remediation deadlines: the days allowed to fix a finding of each severity from the day it was
// seen, and a known exploited vulnerability's days (or the catalogue's due date, if sooner). Everyone
// who reads findings sees them; administrators and the head of cyber security change them, against
// the version read: a colleague's save in between is shown, not overwritten.
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { ErrorSummary, ProblemSummary } from '../../../components/ErrorSummary';
import { Fieldset } from '../../../components/Fieldset';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem, problemHeading } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { useVersionedSave } from '../../../lib/versioned-save';
import { type DeadlineSettingsAnswer, useDeadlines } from '../api/get-deadlines';
import { useSaveDeadlines } from '../api/save-deadlines';
import { DEADLINE_FIELDS, type DeadlineField, deadlineFieldId, deadlineProblems, deadlinesFrom, type DeadlineValues, deadlineValuesOf, type SavedDeadlines, staleDeadlinesOf } from '../components/deadlines-form';
import { exposurePage } from '../components/links';
import { FINDING_PERMISSIONS, READ_REFUSED } from '../components/permissions';
import { SEVERITY_LABELS, settingWords } from '../components/words';

const LABELS: Record<DeadlineField, string> = { ...SEVERITY_LABELS, kev: 'Known exploited vulnerabilities' };
const TITLE = 'Remediation deadlines';

export function DeadlinesPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, FINDING_PERMISSIONS.read);
  const deadlines = useDeadlines(orgId, { enabled: readable });
  // Once loaded, the page sets the title (with "Error: " when the form shows problems).
  usePageTitleWhile(!deadlines.data, deadlines.isError ? problemHeading(deadlines.error) : TITLE, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable || (isApiError(deadlines.error) && deadlines.error.status === 403)) return <NotAllowed reason={READ_REFUSED} />;
  if (deadlines.isError) return <PageProblem error={deadlines.error} />;
  if (deadlines.isPending) return <Loading>Loading the deadlines…</Loading>;
  return can(organisation.data, FINDING_PERMISSIONS.manage) ? (
    <DeadlinesForm organisation={organisation.data} saved={deadlines.data} />
  ) : (
    <DeadlinesRead organisation={organisation.data} saved={deadlines.data} />
  );
}

function Intro({ organisation, saved }: { organisation: Organisation; saved: DeadlineSettingsAnswer }) {
  const base = `/orgs/${encodeURIComponent(organisation.id)}`;
  return (
    <>
      <Breadcrumbs items={[{ text: organisation.name, to: base }, { text: 'Vulnerability exposure', to: exposurePage(organisation.id) }]} />
      <Paragraph>
        Days allowed to fix a finding, counted in whole UK days from the day it was seen (or seen again after a fix). A vulnerability the known exploited catalogue lists is due
        sooner: its days run from the later of the day seen and the day the catalogue listed it, and stop at the catalogue’s due date if that comes first.
      </Paragraph>
      <Paragraph>
        {saved.isDefault
          ? 'These are Bulwark’s defaults: 14 days for critical and high findings, as Cyber Essentials asks.'
          : `Saved${saved.updatedAt ? ` on ${formatDateTime(saved.updatedAt)}` : ''}. Bulwark’s defaults are ${DEADLINE_FIELDS.map((field) => `${LABELS[field].toLowerCase()} ${settingWords(saved.defaults[field])}`).join(', ')}.`}
      </Paragraph>
    </>
  );
}

function DeadlinesRead({ organisation, saved }: { organisation: Organisation; saved: DeadlineSettingsAnswer }) {
  usePageTitle(TITLE, organisation.name);
  return (
    <>
      <PageHeading caption={organisation.name}>{TITLE}</PageHeading>
      <Intro organisation={organisation} saved={saved} />
      <SummaryList rows={DEADLINE_FIELDS.map((field) => ({ key: LABELS[field], value: settingWords(saved.settings[field]) }))} />
      <Paragraph>Only the organisation’s administrators and head of cyber security may change them.</Paragraph>
    </>
  );
}

function DeadlinesForm({ organisation, saved }: { organisation: Organisation; saved: DeadlineSettingsAnswer }) {
  const save = useSaveDeadlines(organisation.id);
  const refreshed = useDeadlines(organisation.id);
  const [values, setValues] = useState<DeadlineValues>(() => deadlineValuesOf(saved.settings));
  const versioned = useVersionedSave<SavedDeadlines>({
    savedVersion: saved.version,
    mutate: (body, callbacks) => save.mutate(body, callbacks),
    refetch: () => refreshed.refetch(),
    staleOf: staleDeadlinesOf,
    savedMessage: 'The remediation deadlines have been saved.',
  });
  const { message, theirs } = versioned;
  const problems = theirs ? null : deadlineProblems(versioned.notSent ?? save.error);
  usePageTitle(`${problems || theirs ? 'Error: ' : ''}${TITLE}`, organisation.name);

  function submit(event: FormEvent) {
    event.preventDefault();
    versioned.submit((version) => deadlinesFrom(values, version));
  }

  return (
    <>
      {message && <SuccessBanner>{message}</SuccessBanner>}
      {theirs && (
        <ErrorSummary
          title="Someone else changed the remediation deadlines"
          description={`A colleague saved the deadlines${theirs.changedAt ? ` on ${formatDateTime(theirs.changedAt)}` : ''} since you opened this page, so yours were not saved. Theirs are shown beside yours below; your changes are still in the form. Save again to replace theirs with yours.`}
          items={[{ text: 'Check their deadlines before saving again', fieldId: 'their-deadlines' }]}
        />
      )}
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.name}>{TITLE}</PageHeading>
      <Intro organisation={organisation} saved={saved} />
      {theirs && <TheirDeadlines theirs={theirs.settings.settings} mine={values} />}
      <form onSubmit={submit} noValidate>
        <Fieldset id="deadlines" legend="Days allowed to fix a finding" legendSize="s" hint="Leave a severity blank for no deadline. The known exploited days always apply.">
          {DEADLINE_FIELDS.map((field) => (
            <TextInput
              key={field}
              id={deadlineFieldId(field)}
              label={LABELS[field]}
              value={values[field]}
              onChange={(text) => setValues((current) => ({ ...current, [field]: text }))}
              error={problems?.byField[field]}
              width={3}
              inputMode="numeric"
              spellCheck={false}
              autoComplete="off"
            />
          ))}
        </Fieldset>
        <Button busy={save.isPending}>Save the deadlines</Button>
      </form>
      <Paragraph>
        <Link to={exposurePage(organisation.id)}>See the vulnerability exposure</Link>
      </Paragraph>
    </>
  );
}

/** The deadlines a colleague saved, beside the ones in the form, where they differ. */
function TheirDeadlines({ theirs, mine }: { theirs: SavedDeadlines['settings']; mine: DeadlineValues }) {
  const rows = DEADLINE_FIELDS.filter((field) => (theirs[field] === null ? '' : String(theirs[field])) !== mine[field].trim());
  return (
    <div id="their-deadlines" tabIndex={-1}>
      <Heading>Their deadlines and yours</Heading>
      {rows.length === 0 ? (
        <Paragraph>They saved the same deadlines as yours.</Paragraph>
      ) : (
        <Table<DeadlineField>
          caption="Deadlines that differ between their save and your form"
          captionHidden
          rows={rows}
          rowKey={(field) => field}
          columns={[
            { header: 'Deadline', rowHeader: true, cell: (field) => LABELS[field] },
            { header: 'Saved by them', cell: (field) => settingWords(theirs[field]) },
            { header: 'Yours, not saved', cell: (field) => (mine[field].trim() === '' ? 'No deadline' : /^\d+$/.test(mine[field].trim()) ? settingWords(Number(mine[field])) : `“${mine[field]}”`) },
          ]}
        />
      )}
    </div>
  );
}
