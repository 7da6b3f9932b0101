// Importing organisations, sites and departments from a file (organisation administrators): choose the
// file, say whether to keep the valid rows if some are wrong, watch it go, then read what it did and
// each problem by row and column. The latest imports are listed below.
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { Checkboxes } from '../../../components/Checkboxes';
import { SuccessBanner } from '../../../components/Content';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FileUpload } from '../../../components/FileUpload';
import { ImportRunsTable } from '../../../components/ImportRunsTable';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Code, Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { type ImportRunView, useImportOrganisations, useImportRuns } from '../api/import-organisations';

export function ImportOrganisationsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const importing = useImportOrganisations(orgId);
  const runs = useImportRuns(orgId, importing.isPending);
  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState<string[]>([]);
  const [noFile, setNoFile] = useState(false);
  const failed = noFile || importing.isError;
  usePageTitle(`${failed ? 'Error: ' : ''}Import organisations`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  const current = organisation.data;
  if (!can(current, 'organisation.import')) {
    return <NotAllowed reason="Only the organisation’s administrators may import organisations, sites and departments below it." />;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setNoFile(!file);
    if (!file) return;
    importing.mutate({ file, skipInvalid: options.includes('skip-invalid') });
  }

  const error = isApiError(importing.error) ? importing.error : null;
  const problems = error?.errors ?? [];
  const running = runs.data?.runs.find((run) => run.status === 'running');
  const home = `/orgs/${encodeURIComponent(orgId)}`;
  return (
    <>
      <Breadcrumbs items={[{ text: current.name, to: home }, { text: 'Organisations', to: `${home}/organisations` }]} />
      {noFile && <ErrorSummary items={[{ text: 'Choose the file to import', fieldId: 'import-file' }]} />}
      {!noFile && importing.isError && (
        <ErrorSummary
          title={error?.detail ?? 'The file could not be imported'}
          description={problems.length ? 'Nothing was imported. Correct these in the file and import it again:' : 'Nothing was imported.'}
          items={problems.slice(0, 10).map((p) => ({ text: p.row ? `Row ${p.row}, ${p.column}: ${p.message}` : p.message, fieldId: 'import-file' }))}
        />
      )}
      {importing.isSuccess && (
        <SuccessBanner title={importing.data.status === 'repeat' ? 'Already imported' : 'Imported'}>
          {importing.data.status === 'repeat' ? importing.data.outcome : `${importing.data.fileName} has been imported.`}
        </SuccessBanner>
      )}
      <PageHeading caption={current.name}>Import organisations</PageHeading>
      {importing.isSuccess && importing.data.status !== 'repeat' && <RunReport run={importing.data} />}
      <Heading spaceAbove={importing.isSuccess}>{importing.isSuccess ? 'Import another file' : 'Choose a file'}</Heading>
      <Paragraph>
        Add the sites, departments or (for an ICS) the organisations below {current.name} from a CSV or Excel file, one per row, with the
        columns <Code>ODS code</Code>, <Code>Name</Code>, <Code>Type</Code> and, if you need them, <Code>Parent ODS code</Code> and{' '}
        <Code>DSPT category</Code>. Leave the parent empty for {current.name} itself. A code already here updates that organisation’s name and
        category; the same file twice changes nothing.
      </Paragraph>
      <form onSubmit={submit} noValidate>
        <FileUpload
          id="import-file"
          label="The file"
          hint="CSV (UTF-8, or UTF-16 as Excel saves it) or an Excel workbook (.xlsx); the first row holds the column headings"
          accept=".csv,.xlsx,.txt"
          error={noFile ? 'Choose the file to import' : problems.length ? 'The file has problems: see the list above' : undefined}
          onChange={(chosen) => {
            setFile(chosen);
            setNoFile(false);
          }}
        />
        <Checkboxes
          id="import-options"
          legend="If some rows are wrong"
          legendSize="s"
          items={[{ value: 'skip-invalid', label: 'Import the rows that are right, and list the others', hint: 'Otherwise one wrong row and nothing is imported.' }]}
          values={options}
          onChange={setOptions}
          small
        />
        <Button busy={importing.isPending}>Import the file</Button>
      </form>
      <Announce>{importing.isPending && running?.progress ? <Paragraph>{progressText(running.progress)}</Paragraph> : null}</Announce>
      <Heading>Latest imports</Heading>
      {runs.isPending && <Loading>Loading the latest imports…</Loading>}
      {runs.isError && <SectionProblem error={runs.error} what="The latest imports" />}
      {runs.data && runs.data.runs.length === 0 && <Paragraph>No files have been imported here yet.</Paragraph>}
      {runs.data && runs.data.runs.length > 0 && (
        <ImportRunsTable caption="Latest imports of organisations" runs={runs.data.runs} />
      )}
      <Paragraph>
        <Link to={`${home}/organisations`}>Back to the organisations</Link>
      </Paragraph>
    </>
  );
}

function progressText(progress: NonNullable<ImportRunView['progress']>): string {
  const share = progress.totalBytes ? Math.min(100, Math.round((progress.bytesRead / progress.totalBytes) * 100)) : 0;
  return `Read ${progress.rowsRead.toLocaleString('en-GB')} rows (${share}% of the file)…`;
}

/** What an import did, and the rows it rejected. */
function RunReport({ run }: { run: ImportRunView }) {
  return (
    <>
      <Heading>What was imported</Heading>
      <SummaryList
        rows={[
          { key: 'Rows read', value: run.rowsRead.toLocaleString('en-GB') },
          { key: 'Added', value: run.inserted.toLocaleString('en-GB') },
          { key: 'Changed', value: run.updated.toLocaleString('en-GB') },
          { key: 'Already as in the file', value: run.unchanged.toLocaleString('en-GB') },
          { key: 'Rejected', value: run.rejected.toLocaleString('en-GB') },
        ]}
      />
      {run.problems.length > 0 && (
        <Table
          caption={`Rows not imported${run.problemCount > run.problems.length ? ` (the first ${run.problems.length} of ${run.problemCount} problems)` : ''}`}
          rows={run.problems}
          rowKey={(p) => `${p.row}-${p.column}-${p.reason}`}
          columns={[
            { header: 'Row', cell: (p) => p.row, rowHeader: true, numeric: true },
            { header: 'Column', cell: (p) => p.column },
            { header: 'Value', cell: (p) => p.value || '(empty)' },
            { header: 'Problem', cell: (p) => p.reason },
          ]}
        />
      )}
    </>
  );
}
