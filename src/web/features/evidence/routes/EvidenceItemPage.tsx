// One piece of evidence: its details and state, every version with a download link and its SHA-256,
// a new version of a file, changing the details (a colleague's change since is shown, not overwritten),
// and archiving.
import { type FormEvent, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/Button';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { SuccessBanner } from '../../../components/Content';
import { ErrorSummary, ProblemSummary } from '../../../components/ErrorSummary';
import { FileUpload } from '../../../components/FileUpload';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem, problemHeading } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Code, Heading, Paragraph, SmallPrint, VisuallyHidden } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDate, formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { useMe } from '../../../lib/session';
import type { EvidenceDetailsInput } from '../api/add-evidence';
import { useArchiveEvidence } from '../api/archive-evidence';
import { type EvidenceItem, type EvidenceVersionView, useEvidenceItem } from '../api/get-evidence-item';
import { useOwners } from '../api/get-owners';
import { fileUrl } from '../api/paths';
import { useUpdateEvidence } from '../api/update-evidence';
import { useUploadVersion } from '../api/upload-version';
import { DETAIL_FIELDS, DetailFields } from '../components/DetailFields';
import { StateTag } from '../components/StateTag';
import { ACCEPT, ACCEPTED_HINT, KIND_WORDS, sizeInWords } from '../components/words';

export function EvidenceItemPage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const item = useEvidenceItem(orgId, id);
  usePageTitle(item.isError ? problemHeading(item.error) : item.data?.title, organisation.data?.name);

  if (organisation.isPending || item.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (item.isError) return <PageProblem error={item.error} />;
  return <Evidence organisation={organisation.data} item={item.data} />;
}

function Evidence({ organisation, item }: { organisation: Organisation; item: EvidenceItem }) {
  const orgId = organisation.id;
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const [message, setMessage] = useState<string | undefined>(notice);
  const manage = can(organisation, 'evidence.manage') && item.archivedAt === null;
  const library = `/orgs/${encodeURIComponent(orgId)}/evidence`;

  return (
    <>
      <BackLink to={library}>Back to the evidence</BackLink>
      {message && <SuccessBanner>{message}</SuccessBanner>}
      <PageHeading caption={`${KIND_WORDS[item.kind] ?? item.kind} in ${organisation.name}`}>{item.title}</PageHeading>
      <SummaryList rows={detailRows(item)} />
      <Versions orgId={orgId} item={item} />
      {manage && item.kind === 'file' && <NewVersion orgId={orgId} item={item} onDone={setMessage} />}
      {manage && <ChangeDetails orgId={orgId} organisation={organisation} item={item} onDone={setMessage} />}
      {manage && <Archive orgId={orgId} item={item} library={library} />}
    </>
  );
}

function detailRows(item: EvidenceItem) {
  return [
    { key: 'State', value: <StateTag state={item.state} archived={item.archivedAt !== null} /> },
    ...(item.kind === 'link' && item.url ? [{ key: 'Web address', value: <a href={item.url} rel="noopener noreferrer nofollow" target="_blank">{item.url} (opens in a new tab)</a> }] : []),
    ...(item.kind === 'note' ? [{ key: 'Note', value: <NoteText text={item.versions[0]?.noteText ?? ''} /> }] : []),
    { key: 'Description', value: item.description ?? 'None' },
    { key: 'Owner', value: item.ownerName ?? 'No owner' },
    { key: 'Valid from', value: formatDate(item.validFrom, 'Not set') },
    { key: 'Expires on', value: formatDate(item.expiresOn, 'No expiry') },
    { key: 'Review on', value: formatDate(item.reviewOn, 'Not set') },
    { key: 'Last changed', value: formatDateTime(item.updatedAt) },
    ...(item.archivedAt ? [{ key: 'Archived', value: formatDateTime(item.archivedAt) }] : []),
  ];
}

/** A note as its paragraphs (blank lines apart). */
function NoteText({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim())
        .map((paragraph, index) => (
          <Paragraph key={index}>{paragraph}</Paragraph>
        ))}
    </>
  );
}

function Versions({ orgId, item }: { orgId: string; item: EvidenceItem }) {
  if (item.kind !== 'file') return null;
  return (
    <>
      <Heading>Versions</Heading>
      <Paragraph>Every version is kept. The SHA-256 fingerprint lets anyone check a downloaded copy is the one held here.</Paragraph>
      <Table<EvidenceVersionView>
        caption="Versions of this evidence, newest first"
        captionHidden
        rows={item.versions}
        rowKey={(v) => String(v.number)}
        columns={[
          { header: 'Version', rowHeader: true, cell: (v) => (v.number === item.currentVersion ? `${v.number} (current)` : String(v.number)) },
          {
            header: 'File',
            width: 'one-third',
            cell: (v) => (
              <a href={fileUrl(orgId, item.id, v.number)} download>
                Download {v.fileName} <VisuallyHidden>(version {v.number})</VisuallyHidden>
              </a>
            ),
          },
          { header: 'Size', cell: (v) => sizeInWords(v.sizeBytes) },
          { header: 'Added', cell: (v) => `${formatDateTime(v.createdAt)}${v.createdByName ? ` by ${v.createdByName}` : ''}` },
          { header: 'SHA-256', cell: (v) => <SmallPrint breakAnywhere><Code>{v.sha256}</Code></SmallPrint> },
        ]}
      />
    </>
  );
}

function NewVersion({ orgId, item, onDone }: { orgId: string; item: EvidenceItem; onDone: (message: string | undefined) => void }) {
  const upload = useUploadVersion(orgId, item.id);
  const [file, setFile] = useState<File | null>(null);
  const [noFile, setNoFile] = useState(false);
  const error = isApiError(upload.error) ? upload.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setNoFile(!file);
    onDone(undefined);
    if (!file) return;
    upload.mutate(file, { onSuccess: (after) => onDone(`Version ${after.currentVersion} has been added.`) });
  }

  const fieldError = noFile ? 'Choose the new version’s file' : error ? (error.errors[0]?.message ?? error.detail) : undefined;
  return (
    <>
      <Heading>Upload a new version</Heading>
      {fieldError && <ErrorSummary items={[{ text: fieldError, fieldId: 'evidence-version-file' }]} description={error && !noFile ? 'Nothing was kept.' : undefined} />}
      <form onSubmit={submit} noValidate>
        <FileUpload id="evidence-version-file" label="The new file" hint={ACCEPTED_HINT} accept={ACCEPT} error={fieldError} onChange={(chosen) => { setFile(chosen); setNoFile(false); }} />
        <Button variant="secondary" busy={upload.isPending}>Upload the new version</Button>
      </form>
    </>
  );
}

function detailsOf(item: EvidenceItem): EvidenceDetailsInput {
  return {
    title: item.title,
    description: item.description ?? '',
    ownerId: item.ownerId ?? '',
    validFrom: item.validFrom ?? '',
    expiresOn: item.expiresOn ?? '',
    reviewOn: item.reviewOn ?? '',
  };
}

function ChangeDetails({ orgId, organisation, item, onDone }: { orgId: string; organisation: Organisation; item: EvidenceItem; onDone: (message: string | undefined) => void }) {
  const update = useUpdateEvidence(orgId, item.id);
  const refreshed = useEvidenceItem(orgId, item.id);
  const owners = useOwners(orgId, can(organisation, 'member.read'));
  const me = useMe().data;
  const [values, setValues] = useState(() => detailsOf(item));
  // The version these changes are based on: it moves on only when a save succeeds or the person has
  // been shown a colleague's change and chooses to save theirs over it.
  const [baseVersion, setBaseVersion] = useState(item.version);
  const [conflict, setConflict] = useState(false);
  const problems = conflict ? null : formProblems(update.error, DETAIL_FIELDS);

  function submit(event: FormEvent) {
    event.preventDefault();
    setConflict(false);
    onDone(undefined);
    const blankToNull = (value: string) => (value.trim() === '' ? null : value);
    update.mutate(
      {
        title: values.title,
        description: blankToNull(values.description),
        ownerId: blankToNull(values.ownerId),
        validFrom: blankToNull(values.validFrom),
        expiresOn: blankToNull(values.expiresOn),
        reviewOn: blankToNull(values.reviewOn),
        version: baseVersion,
      },
      {
        onSuccess: (after) => {
          setBaseVersion(after.version);
          onDone('The details have been saved.');
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            setConflict(true);
            void refreshed.refetch().then((result) => {
              if (result.data) setBaseVersion(result.data.version);
            });
          }
        },
      },
    );
  }

  return (
    <>
      <Heading>Change the details</Heading>
      {conflict && (
        <ErrorSummary
          title="Someone else changed this evidence"
          description="A colleague saved changes since you opened this page. Their details are shown at the top of the page; your changes are still in the form below. Save again to replace theirs with yours."
          items={[{ text: 'Check the details above before saving again', fieldId: DETAIL_FIELDS.title }]}
        />
      )}
      <ProblemSummary problems={problems} />
      <form onSubmit={submit} noValidate>
        <DetailFields values={values} onChange={setValues} errors={problems?.byField} members={owners.data?.members} me={me ? { id: me.user.id, name: me.user.name } : undefined} />
        <Button busy={update.isPending}>Save the details</Button>
      </form>
    </>
  );
}

function Archive({ orgId, item, library }: { orgId: string; item: EvidenceItem; library: string }) {
  const archive = useArchiveEvidence(orgId, item.id);
  const navigate = useNavigate();
  const error = isApiError(archive.error) ? archive.error : null;
  return (
    <>
      <Heading>Archive</Heading>
      <Paragraph>Archived evidence leaves the library and the reminders. It is kept, with every version, as the record of what was relied on.</Paragraph>
      {error && <ErrorSummary description={error.detail} />}
      <ConfirmStep
        ask="Archive this evidence"
        confirm={<>Yes, archive “{item.title}”</>}
        busy={archive.isPending}
        onConfirm={() => archive.mutate(item.version, { onSuccess: () => void navigate(library, { state: { notice: `“${item.title}” has been archived.` } }) })}
      />
    </>
  );
}
