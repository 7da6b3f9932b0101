// The end-of-support table hosts are matched against: the rows Bulwark ships with the organisation's
// edits over them, each with the vendor's page that gives its date. Administrators and the head of
// cyber security change a row, add one, take a built-in row out or go back to it as shipped; each
// change is made at the table's version read, so a colleague's change in between is shown, not lost.
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { ErrorSummary, ProblemSummary } from '../../../components/ErrorSummary';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem, problemHeading } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Tag, type TagColour } from '../../../components/Tag';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { useChangeEndOfSupport, type EndOfSupportChange } from '../api/edit-end-of-support';
import { type EndOfSupportRowView, type EndOfSupportTableView, useEndOfSupport } from '../api/get-end-of-support';
import { EMPTY_ROW, rowFieldId, rowFrom, rowProblems, type RowValues, rowValuesOf, staleTableOf } from '../components/end-of-support-form';
import { endOfSupportPage, exposurePage } from '../components/links';
import { FINDING_PERMISSIONS, READ_REFUSED } from '../components/permissions';
import { dayWords } from '../components/words';

const TITLE = 'End-of-support table';
const ORIGIN_WORDS: Record<EndOfSupportRowView['origin'], { text: string; colour: TagColour }> = {
  'built-in': { text: 'As shipped', colour: 'grey' },
  edited: { text: 'Changed here', colour: 'blue' },
  added: { text: 'Added here', colour: 'green' },
};

export function EndOfSupportPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, FINDING_PERMISSIONS.read);
  const table = useEndOfSupport(orgId, { enabled: readable });
  usePageTitleWhile(!table.data, table.isError ? problemHeading(table.error) : TITLE, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable || (isApiError(table.error) && table.error.status === 403)) return <NotAllowed reason={READ_REFUSED} />;
  if (table.isError) return <PageProblem error={table.error} />;
  if (table.isPending) return <Loading>Loading the table…</Loading>;
  return <EndOfSupport organisation={organisation.data} table={table.data} />;
}

function EndOfSupport({ organisation, table }: { organisation: Organisation; table: EndOfSupportTableView }) {
  const orgId = organisation.id;
  const manage = can(organisation, FINDING_PERMISSIONS.manage);
  const [params, setParams] = useSearchParams();
  const editing = manage ? (table.rows.find((row) => row.id === params.get('row')) ?? null) : null;
  const change = useChangeEndOfSupport(orgId);
  const [message, setMessage] = useState<string | undefined>();
  const stale = staleTableOf(change.error);
  const problems = stale ? null : rowProblems(change.error);
  usePageTitle(`${problems || stale ? 'Error: ' : ''}${TITLE}`, organisation.name);

  function send(body: EndOfSupportChange, done: string) {
    setMessage(undefined);
    change.mutate(body, {
      onSuccess: () => {
        setMessage(done);
        setParams(new URLSearchParams());
      },
    });
  }

  const base = `/orgs/${encodeURIComponent(orgId)}`;
  return (
    <>
      <Breadcrumbs items={[{ text: organisation.name, to: base }, { text: 'Vulnerability exposure', to: exposurePage(orgId) }]} />
      {message && <SuccessBanner>{message}</SuccessBanner>}
      {stale && (
        <ErrorSummary
          title="Someone else changed the table"
          description="A colleague changed the end-of-support table since you opened this page, so your change was not made. The table below is as they left it; make your change again."
        />
      )}
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.name}>{TITLE}</PageHeading>
      <Paragraph>
        The last day each product is supported, from the vendor’s own page. A host whose operating system or software, as a scanner reports it, contains one of a row’s phrases (as
        whole words, in any case) is unsupported after that day; the longer phrase wins, so “Windows Server 2012 R2” is not read as 2012.
      </Paragraph>
      <Table<EndOfSupportRowView>
        caption="Products and the last day each is supported"
        captionHidden
        rows={table.rows}
        rowKey={(row) => row.id}
        columns={[
          { header: 'Product', rowHeader: true, cell: (row) => `${row.product} ${row.version}` },
          { header: 'Phrases scanners write', cell: (row) => row.names.join('; ') + (row.except.length ? ` (not with ${row.except.join(', ')})` : '') },
          { header: 'Support ends after', cell: (row) => `${dayWords(row.endOfSupport)} (${row.support})` },
          { header: 'Source', cell: (row) => <a href={row.source}>Vendor’s page for {`${row.product} ${row.version}`}</a> },
          { header: 'Origin', cell: (row) => <Tag colour={ORIGIN_WORDS[row.origin].colour}>{ORIGIN_WORDS[row.origin].text}</Tag> },
          ...(manage
            ? [
                {
                  header: 'Change',
                  cell: (row: EndOfSupportRowView) => (
                    <ButtonGroup>
                      <Link to={endOfSupportPage(orgId, row.id)}>
                        Change<span className="nhsuk-u-visually-hidden"> {`${row.product} ${row.version}`}</span>
                      </Link>
                      {row.origin === 'built-in' ? (
                        <Button variant="secondary" small type="button" onClick={() => send({ kind: 'put', version: table.version, row: { id: row.id, removed: true } }, `${row.product} ${row.version} has been taken out of the table.`)}>
                          Take out<span className="nhsuk-u-visually-hidden"> {`${row.product} ${row.version}`}</span>
                        </Button>
                      ) : (
                        <Button variant="secondary" small type="button" onClick={() => send({ kind: 'restore', version: table.version, rowId: row.id }, row.origin === 'added' ? `${row.product} ${row.version} has been removed.` : `${row.product} ${row.version} is back as shipped.`)}>
                          {row.origin === 'added' ? 'Remove' : 'Go back to as shipped'}
                          <span className="nhsuk-u-visually-hidden"> {`${row.product} ${row.version}`}</span>
                        </Button>
                      )}
                    </ButtonGroup>
                  ),
                },
              ]
            : []),
        ]}
      />
      {table.removed.length > 0 && (
        <>
          <Heading spaceAbove>Built-in rows taken out</Heading>
          <Table<string>
            caption="Built-in rows the organisation has taken out"
            captionHidden
            rows={table.removed}
            rowKey={(id) => id}
            columns={[
              { header: 'Row', rowHeader: true, cell: (id) => id },
              ...(manage
                ? [
                    {
                      header: 'Put back',
                      cell: (id: string) => (
                        <Button variant="secondary" small type="button" onClick={() => send({ kind: 'restore', version: table.version, rowId: id }, `${id} is back as shipped.`)}>
                          Put back<span className="nhsuk-u-visually-hidden"> {id}</span>
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
      {manage ? (
        <RowForm
          key={`${editing?.id ?? 'new'}:${table.version}`}
          editing={editing}
          problems={problems}
          busy={change.isPending}
          onCancel={() => setParams(new URLSearchParams())}
          onSave={(values) => {
            const row = rowFrom(values, editing?.id ?? null);
            send({ kind: 'put', version: table.version, row }, editing ? `${row.id} has been changed.` : `${row.id} has been added.`);
          }}
        />
      ) : (
        <Paragraph>Only the organisation’s administrators and head of cyber security may change the table.</Paragraph>
      )}
    </>
  );
}

function RowForm({
  editing,
  problems,
  busy,
  onCancel,
  onSave,
}: {
  editing: EndOfSupportRowView | null;
  problems: ReturnType<typeof rowProblems>;
  busy: boolean;
  onCancel: () => void;
  onSave: (values: RowValues) => void;
}) {
  const [values, setValues] = useState<RowValues>(() => (editing ? rowValuesOf(editing) : EMPTY_ROW));
  const set = (field: keyof RowValues) => (text: string) => setValues((current) => ({ ...current, [field]: text }));
  const error = (field: keyof RowValues) => problems?.byField[field] ?? (field === 'product' ? problems?.byField.id : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave(values);
  }

  return (
    <section aria-labelledby="row-form">
      <Heading id="row-form" spaceAbove>
        {editing ? `Change ${editing.product} ${editing.version}` : 'Add a row'}
      </Heading>
      <form onSubmit={submit} noValidate>
        <TextInput id={rowFieldId('product')} label="Product" hint="Such as Windows Server" value={values.product} onChange={set('product')} error={error('product')} width={20} />
        <TextInput id={rowFieldId('version')} label="Version" hint="Such as 2012 R2" value={values.version} onChange={set('version')} error={error('version')} width={20} />
        <Textarea id={rowFieldId('names')} label="Phrases scanners write" hint="One to a line, such as windows server 2012 r2" value={values.names} onChange={set('names')} error={error('names')} rows={3} spellCheck={false} />
        <Textarea id={rowFieldId('except')} label="Words that mean another product" hint="Optional, one to a line, such as ltsc" value={values.except} onChange={set('except')} error={error('except')} rows={2} spellCheck={false} />
        <TextInput id={rowFieldId('endOfSupport')} label="Last day of support" type="date" value={values.endOfSupport} onChange={set('endOfSupport')} error={error('endOfSupport')} width={10} />
        <TextInput id={rowFieldId('support')} label="Which support ends" hint="Such as extended support" value={values.support} onChange={set('support')} error={error('support')} width={20} />
        <TextInput id={rowFieldId('source')} label="Source" hint="The web address of the vendor’s page that gives the date" value={values.source} onChange={set('source')} error={error('source')} spellCheck={false} />
        <ButtonGroup>
          <Button busy={busy}>{editing ? 'Save the row' : 'Add the row'}</Button>
          {editing && (
            <Button variant="secondary" type="button" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </ButtonGroup>
      </form>
    </section>
  );
}
