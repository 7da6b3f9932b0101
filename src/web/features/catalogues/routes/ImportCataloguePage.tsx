// Importing a framework file (system administrators): choose the file and, if need be, say what it is;
// then read what was stored and the notices — things in the file worth a look that did not stop it.
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { Checkboxes } from '../../../components/Checkboxes';
import { SuccessBanner } from '../../../components/Content';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FileUpload } from '../../../components/FileUpload';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Select } from '../../../components/Select';
import { Announce, Loading, NotAllowed } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { TextInput } from '../../../components/TextInput';
import { BulletList, Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { usePageTitle } from '../../../lib/page-title';
import { useMe } from '../../../lib/session';
import { type ImportFormat, type ImportReport, useImportCatalogueFile } from '../api/import-catalogue-file';

const FORMATS: Array<{ value: '' | ImportFormat; text: string }> = [
  { value: '', text: 'Find out from the file' },
  { value: 'webcaf', text: 'CAF file in the WebCAF shape' },
  { value: 'ciso-assistant', text: 'CISO Assistant library' },
  { value: 'cis-sheet', text: 'CIS Controls workbook or CSV' },
  { value: 'bulwark', text: 'Bulwark catalogue, crosswalk or profile' },
];

export function ImportCataloguePage() {
  const me = useMe();
  const importing = useImportCatalogueFile();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<'' | ImportFormat>('');
  const [catalogue, setCatalogue] = useState('');
  const [replace, setReplace] = useState<string[]>([]);
  const [noFile, setNoFile] = useState(false);
  const failed = noFile || importing.isError;
  usePageTitle(`${failed ? 'Error: ' : ''}Import a framework file`, 'Frameworks');

  if (me.isPending) return <Loading />;
  if (!me.data?.isSystemAdmin) {
    return <NotAllowed reason="Only system administrators may import framework files: they change reference data every organisation here uses." />;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setNoFile(!file);
    if (!file) return;
    importing.mutate({ file, format: format || undefined, catalogue: catalogue.trim() || undefined, replace: replace.includes('replace') });
  }

  const error = isApiError(importing.error) ? importing.error : null;
  const fileProblems = error?.errors ?? [];
  return (
    <>
      <Breadcrumbs items={[{ text: 'Frameworks', to: '/catalogues' }]} />
      {noFile && <ErrorSummary items={[{ text: 'Choose the file to import', fieldId: 'import-file' }]} />}
      {!noFile && importing.isError && (
        <ErrorSummary
          title={error?.detail ?? 'The file could not be imported'}
          description={fileProblems.length ? 'Nothing was imported. Correct the file and import it again:' : 'Nothing was imported.'}
          items={fileProblems.map((p) => ({ text: p.field && p.field !== '(file)' ? `${p.field}: ${p.message}` : p.message, fieldId: 'import-file' }))}
        />
      )}
      {importing.isSuccess && <SuccessBanner title="Imported">{importing.data.file} has been imported.</SuccessBanner>}
      <PageHeading>Import a framework file</PageHeading>
      {importing.isSuccess && <ImportedReport report={importing.data} />}
      <Heading spaceAbove={importing.isSuccess}>{importing.isSuccess ? 'Import another file' : 'Choose a file'}</Heading>
      <Paragraph>
        Bring in a framework, a crosswalk, or the publisher’s own text for a framework Bulwark has. The publisher’s text is kept as this
        installation’s copy and is never shipped with Bulwark. A file with a problem changes nothing.
      </Paragraph>
      <form onSubmit={submit} noValidate>
        <FileUpload
          id="import-file"
          label="The file"
          hint="A CAF file in WebCAF’s YAML shape, a CISO Assistant library (YAML), the CIS Controls workbook (.xlsx or .csv), or a Bulwark file (JSON or YAML)"
          accept=".yaml,.yml,.json,.xlsx,.csv"
          error={noFile ? 'Choose the file to import' : fileProblems.length ? 'The file has problems: see the list above' : undefined}
          onChange={(chosen) => {
            setFile(chosen);
            setNoFile(false);
          }}
        />
        <Select id="import-format" label="What the file is" value={format} onChange={(value) => setFormat(value as '' | ImportFormat)} options={FORMATS} />
        <TextInput
          id="import-catalogue"
          label="Catalogue and version (optional)"
          hint="For a CAF file, the CAF version to add its statements to, such as caf@4.0; for the CIS workbook, the CIS Controls version; for a CISO Assistant library, what to call it. Left empty, Bulwark works it out."
          value={catalogue}
          onChange={setCatalogue}
          spellCheck={false}
          width={20}
          code
        />
        <Checkboxes
          id="import-replace"
          legend="If it was imported before"
          legendSize="s"
          items={[{ value: 'replace', label: 'Replace the earlier import' }]}
          values={replace}
          onChange={setReplace}
          small
        />
        <Button busy={importing.isPending}>Import the file</Button>
      </form>
      <Paragraph>
        <Link to="/catalogues">Back to the frameworks</Link>
      </Paragraph>
    </>
  );
}

/** What the last import stored, and its notices. */
function ImportedReport({ report }: { report: ImportReport }) {
  const stored = [
    ...report.catalogues.map((c) => `${c.created ? 'Imported' : 'Replaced'} the catalogue ${c.ref}: ${c.nodes} nodes`),
    ...report.crosswalks.map((c) => `${c.created ? 'Imported' : 'Replaced'} the crosswalk ${c.ref}: ${c.links} links`),
    ...(report.indicators
      ? [
          `Added ${report.indicators.added} statements to ${report.indicators.outcomes} ${report.indicators.outcomes === 1 ? 'outcome' : 'outcomes'} of ${report.indicators.catalogue}: ${report.indicators.byLevel['not-achieved']} not achieved, ${report.indicators.byLevel['partially-achieved']} partially achieved, ${report.indicators.byLevel.achieved} achieved${report.indicators.replaced ? ` (replacing ${report.indicators.replaced} from an earlier import)` : ''}`,
        ]
      : []),
    ...(report.officialText ? [`This installation now has its own copy of the text of ${report.officialText.controls} controls and ${report.officialText.safeguards} safeguards of ${report.officialText.catalogue}`] : []),
    ...(report.document ? [`${report.document.created ? 'Imported' : 'Replaced'} ${report.document.kind} ${report.document.ref}`] : []),
  ];
  return (
    <>
      <Heading>What was imported</Heading>
      <SummaryList rows={[{ key: `From ${report.file}`, value: stored.length === 1 ? stored[0] : <BulletList>{stored.map((line) => <li key={line}>{line}</li>)}</BulletList> }]} />
      <Announce>
        {report.notices.length > 0 ? (
          <>
            <Heading>Worth a look ({report.notices.length})</Heading>
            <Paragraph>These did not stop the import, but you may want to check them in the file:</Paragraph>
            <BulletList label="Notices about the file">
              {report.notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </BulletList>
          </>
        ) : (
          <Paragraph>Nothing in the file needs a look.</Paragraph>
        )}
      </Announce>
    </>
  );
}
