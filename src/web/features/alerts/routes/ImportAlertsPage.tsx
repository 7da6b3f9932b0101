// Importing the alert history (head of cyber security, security analysts): where the file comes from,
// the file, Import; a bar with its words while it is read. A refused file names each bad row and
// says nothing was imported; the valid rows can then be imported on their own once the person
// confirms it, the rejected ones kept as a file to download. The latest imports are listed below.
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { Checkboxes } from '../../../components/Checkboxes';
import { SuccessBanner } from '../../../components/Content';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FileUpload } from '../../../components/FileUpload';
import { ImportRunsTable } from '../../../components/ImportRunsTable';
import { ProgressBar } from '../../../components/Meter';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Radios } from '../../../components/Radios';
import { Select } from '../../../components/Select';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Code, Heading, Paragraph, SmallPrint } from '../../../components/Typography';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { type AlertFileImport, type ImportRunView, useAlertImportRuns, useAlertMappings, useImportAlerts, useImportRun } from '../api/import-alerts';
import { rejectsUrl } from '../api/paths';
import { type AlertFileSource, PRESET_WORDS, problemWords, progressOf, type Refusal, refusalOf, runCounts, validRowsOf } from '../components/import-source';
import { ALERT_PERMISSIONS } from '../components/permissions';
import { ProblemRows } from '../components/ProblemRows';
import { plural } from '../components/words';

const FIELDS = { source: 'alert-source', format: 'alert-format', mapping: 'alert-mapping', file: 'alert-file', confirm: 'keep-valid-rows' };

type SourceChoice = 'sentinel' | 'splunk' | 'other';

export function ImportAlertsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const allowed = can(organisation.data, ALERT_PERMISSIONS.import);
  const importing = useImportAlerts(orgId);
  const runs = useAlertImportRuns(orgId, { enabled: allowed, polling: importing.isPending });
  const refusal = refusalOf(importing.error);
  usePageTitle(`${importing.isError ? 'Error: ' : ''}Import alerts`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!allowed) return <NotAllowed reason="Only the organisation’s administrators, head of cyber security and security analysts may import its alert history." />;

  const running = runs.data?.runs.find((run) => run.status === 'running');
  const home = `/orgs/${encodeURIComponent(orgId)}`;
  return (
    <>
      <Breadcrumbs items={[{ text: organisation.data.name, to: home }, { text: 'Alert triage', to: `${home}/alerts` }]} />
      {refusal && <RefusalSummary refusal={refusal} />}
      {importing.isError && !refusal && <ErrorSummary description={importing.error instanceof Error ? importing.error.message : 'Something went wrong. Try again.'} />}
      {importing.isSuccess && (
        <SuccessBanner title={importing.data.status === 'repeat' ? 'Already imported' : 'Imported'}>
          {importing.data.status === 'repeat' ? importing.data.outcome : `${importing.data.fileName} has been imported.`}
        </SuccessBanner>
      )}
      <PageHeading caption={organisation.data.name}>Import alerts</PageHeading>
      {importing.isSuccess && importing.data.status !== 'repeat' && <RunReport orgId={orgId} run={importing.data} />}
      {refusal && <RefusedRows orgId={orgId} refusal={refusal} onKeepValid={(upload) => importing.mutate({ ...upload, skipInvalid: true })} upload={importing.variables} busy={importing.isPending} />}
      <ChooseFile organisation={organisation.data} again={importing.isSuccess || refusal !== null} busy={importing.isPending} onImport={(upload) => importing.mutate(upload)} />
      <Announce>
        {importing.isPending && (
          <ProgressBar value={running?.progress ? progressOf(running.progress).percent : 0} max={100}>
            {running?.progress ? `Importing: ${progressOf(running.progress).text}…` : 'Sending the file…'}
          </ProgressBar>
        )}
      </Announce>
      <LatestImports runs={runs} />
      <Paragraph>
        <Link to={`${home}/alerts`}>See the alert triage report</Link>
      </Paragraph>
    </>
  );
}

function ChooseFile({ organisation, again, busy, onImport }: { organisation: Organisation; again: boolean; busy: boolean; onImport: (upload: AlertFileImport) => void }) {
  const [choice, setChoice] = useState<SourceChoice>('sentinel');
  const [format, setFormat] = useState<'csv' | 'ndjson'>('csv');
  const [mapping, setMapping] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState<{ file?: string; mapping?: string }>({});
  const mappings = useAlertMappings(organisation.id, choice === 'other');
  const saved = mappings.data?.mappings ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    const mappingName = mapping || saved[0]?.name || '';
    const problems = {
      ...(file ? {} : { file: 'Choose the file to import' }),
      ...(choice === 'other' && !mappingName ? { mapping: 'Choose the saved mapping that says which column holds what' } : {}),
    };
    setMissing(problems);
    if (!file || Object.keys(problems).length > 0) return;
    const source: AlertFileSource = choice === 'other' ? { format, mapping: mappingName } : { preset: choice };
    onImport({ file, source, skipInvalid: false });
  }

  const items = Object.entries(missing).map(([field, text]) => ({ text, fieldId: field === 'file' ? FIELDS.file : FIELDS.mapping }));
  return (
    <>
      {items.length > 0 && <ErrorSummary items={items} />}
      <Heading spaceAbove={again}>{again ? 'Import another file' : 'Choose a file'}</Heading>
      <Paragraph>
        Export the alerts or incidents your security tools raised, with their detection rule, severity, status, classification, owner and when they were created, first changed
        and closed. Importing the same alerts again updates them; the same file twice changes nothing.
      </Paragraph>
      <form onSubmit={submit} noValidate aria-label="Import an alert file">
        <Radios
          id={FIELDS.source}
          legend="Where the file comes from"
          legendSize="s"
          value={choice}
          onChange={(value) => setChoice(value as SourceChoice)}
          items={[
            { value: 'sentinel', label: PRESET_WORDS.sentinel, hint: 'The incidents list exported from the Microsoft Sentinel or Defender portal, as it comes.' },
            { value: 'splunk', label: PRESET_WORDS.splunk, hint: 'Notable events exported from Incident Review, as they come.' },
            {
              value: 'other',
              label: 'Another CSV or NDJSON file, read with a saved mapping',
              conditional: <OtherFileFields mappings={mappings} format={format} onFormat={setFormat} mapping={mapping || saved[0]?.name || ''} onMapping={setMapping} error={missing.mapping} />,
            },
          ]}
        />
        <FileUpload
          id={FIELDS.file}
          label="The file"
          hint="CSV (UTF-8, or UTF-16 as Excel saves it) or NDJSON, one alert a row"
          accept=".csv,.txt,.ndjson,.jsonl,.json"
          error={missing.file}
          onChange={(chosen) => {
            setFile(chosen);
            setMissing(({ file: _file, ...rest }) => rest);
          }}
        />
        <Button busy={busy}>Import</Button>
      </form>
    </>
  );
}

function OtherFileFields({
  mappings,
  format,
  onFormat,
  mapping,
  onMapping,
  error,
}: {
  mappings: ReturnType<typeof useAlertMappings>;
  format: 'csv' | 'ndjson';
  onFormat: (format: 'csv' | 'ndjson') => void;
  mapping: string;
  onMapping: (name: string) => void;
  error: string | undefined;
}) {
  const saved = mappings.data?.mappings ?? [];
  return (
    <>
      <Select
        id={FIELDS.format}
        label="Kind of file"
        value={format}
        onChange={(value) => onFormat(value === 'ndjson' ? 'ndjson' : 'csv')}
        options={[
          { value: 'csv', text: 'CSV, with column headings in the first row' },
          { value: 'ndjson', text: 'NDJSON, one JSON object a line' },
        ]}
      />
      {mappings.isPending && <Loading>Loading the saved mappings…</Loading>}
      {mappings.isError && <SectionProblem error={mappings.error} what="The saved mappings" />}
      {mappings.data && saved.length === 0 && (
        <Paragraph>
          No mapping for alert files is saved yet. Save one with <Code>bulwark import mappings save alerts</Code> or the API, naming the column that holds each field.
        </Paragraph>
      )}
      {saved.length > 0 && (
        <Select id={FIELDS.mapping} label="Saved mapping" value={mapping} onChange={onMapping} error={error} options={saved.map((m) => ({ value: m.name, text: m.name }))} />
      )}
    </>
  );
}

/** The refusal at the top: nothing was imported, and the first problems, each leading to the list of rows. */
function RefusalSummary({ refusal }: { refusal: Refusal }) {
  const rows = refusal.problems.filter((problem) => problem.row);
  return (
    <ErrorSummary
      title="Nothing was imported"
      description={rows.length > 0 ? `${refusal.detail} The rows with problems:` : refusal.detail}
      items={refusal.problems.slice(0, 10).map((problem) => ({ text: problemWords(problem), ...(problem.row ? { fieldId: 'rows-with-problems' } : {}) }))}
    />
  );
}

/** Every bad row named, and the choice to import the valid rows alone (confirmed first). */
function RefusedRows({ orgId, refusal, upload, busy, onKeepValid }: { orgId: string; refusal: Refusal; upload: AlertFileImport | undefined; busy: boolean; onKeepValid: (upload: AlertFileImport) => void }) {
  const run = useImportRun(orgId, refusal.runId);
  const valid = validRowsOf(run.data);
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const rows = refusal.problems.filter((problem) => problem.row);
  if (rows.length === 0) return null;

  function keepValid(event: FormEvent) {
    event.preventDefault();
    const sure = confirmed.includes('keep');
    setUnconfirmed(!sure);
    if (sure && upload) onKeepValid(upload);
  }

  return (
    <>
      <div id="rows-with-problems" tabIndex={-1}>
        <ProblemRows
          caption={`Rows with problems${refusal.problemCount > rows.length ? ` (the first ${rows.length} of ${refusal.problemCount})` : ''}`}
          rows={rows.map((problem) => ({ row: problem.row ?? 0, column: problem.column ?? '', value: problem.value ?? '', reason: problem.message }))}
        />
      </div>
      {valid !== null && upload && (
        <form onSubmit={keepValid} noValidate aria-labelledby="keep-valid">
          <Heading id="keep-valid">Import the {plural(valid, 'valid row')} and keep the rejected rows as a file</Heading>
          <Paragraph>
            Or correct the rows above in the file and import it again. If you import the valid rows now, the {plural(run.data?.rejected ?? 0, 'rejected row')} can be downloaded as a
            CSV file to correct and import later.
          </Paragraph>
          <Checkboxes
            id={FIELDS.confirm}
            legend="Before importing"
            legendSize="s"
            error={unconfirmed ? 'Confirm that the rows with problems are to be left out' : undefined}
            items={[{ value: 'keep', label: `Import the ${plural(valid, 'valid row')} of ${upload.file.name}, leaving out the rows with problems` }]}
            values={confirmed}
            onChange={(values) => {
              setConfirmed(values);
              setUnconfirmed(false);
            }}
            small
          />
          <Button busy={busy}>Import the {plural(valid, 'valid row')}</Button>
        </form>
      )}
    </>
  );
}

/** What an import did: imported (added and changed), already as in the file, rejected; the rejected rows as a file. */
function RunReport({ orgId, run }: { orgId: string; run: ImportRunView }) {
  const counts = runCounts(run);
  return (
    <>
      <Heading>What was imported</Heading>
      <SummaryList
        rows={[
          { key: 'Rows read', value: counts.read.toLocaleString('en-GB') },
          {
            key: 'Imported',
            value: (
              <>
                {plural(counts.imported, 'alert')}
                <SmallPrint>
                  {counts.added.toLocaleString('en-GB')} new, {counts.changed.toLocaleString('en-GB')} changed
                </SmallPrint>
              </>
            ),
          },
          { key: 'Duplicates or unchanged', value: counts.unchanged.toLocaleString('en-GB') },
          { key: 'Rejected', value: counts.rejected.toLocaleString('en-GB') },
        ]}
      />
      {counts.rejected > 0 && (
        <>
          {run.rejectsKept && (
            <Paragraph>
              <a href={rejectsUrl(orgId, run.id)} download>
                Download the {plural(counts.rejected, 'rejected row')} (CSV)
              </a>
            </Paragraph>
          )}
          {run.problems.length > 0 && (
            <ProblemRows caption={`Rows not imported${run.problemCount > run.problems.length ? ` (the first ${run.problems.length} of ${run.problemCount} problems)` : ''}`} rows={run.problems} />
          )}
        </>
      )}
    </>
  );
}

function LatestImports({ runs }: { runs: ReturnType<typeof useAlertImportRuns> }) {
  return (
    <>
      <Heading spaceAbove>Latest imports</Heading>
      {runs.isPending && <Loading>Loading the latest imports…</Loading>}
      {runs.isError && <SectionProblem error={runs.error} what="The latest imports" />}
      {runs.data && runs.data.runs.length === 0 && <Paragraph>No alert files have been imported here yet.</Paragraph>}
      {runs.data && runs.data.runs.length > 0 && (
        <ImportRunsTable caption="Latest imports of alerts" runs={runs.data.runs} />
      )}
    </>
  );
}
