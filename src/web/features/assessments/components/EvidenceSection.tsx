// The evidence behind an answer: what is linked (with its state and a download for files), taking one
// off, linking one from the organisation's library, and uploading a new file that is then linked.
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { FileUpload } from '../../../components/FileUpload';
import { Select } from '../../../components/Select';
import { Announce, Loading, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph, SmallPrint, VisuallyHidden } from '../../../components/Typography';
import { formProblems, problemBeforeSending } from '../../../lib/form-problems';
import type { ResponseView } from '../api/get-workspace';
import { useEvidenceLibrary } from '../api/get-evidence-library';
import { useLinkEvidence } from '../api/link-evidence';
import { useUnlinkEvidence } from '../api/unlink-evidence';
import { useUploadEvidence } from '../api/upload-evidence';
import { evidenceFilePath } from './links';
import { dayWords, EVIDENCE_STATES } from './words';

const UPLOAD_FIELDS = { '(file)': 'evidence-file', fileName: 'evidence-file', title: 'evidence-title', expiresOn: 'evidence-expires' };
const LINK_FIELDS = { evidenceId: 'evidence-from-library' };

export function EvidenceSection({ orgId, assessmentId, ref, evidence, canChange }: { orgId: string; assessmentId: string; ref: string; evidence: ResponseView['evidence']; canChange: boolean }) {
  const unlink = useUnlinkEvidence(orgId, assessmentId, ref);
  const [done, setDone] = useState('');

  return (
    <>
      <Heading spaceAbove>Evidence</Heading>
      <Announce>{done && <Paragraph>{done}</Paragraph>}</Announce>
      {unlink.error && <SectionProblem error={unlink.error} what="The change" />}
      {evidence.length === 0 ? (
        <Paragraph>No evidence is linked to {ref} yet.</Paragraph>
      ) : (
        <Table
          caption={`Evidence for ${ref}`}
          captionHidden
          rows={evidence}
          rowKey={(item) => item.id}
          columns={[
            {
              header: 'Title',
              rowHeader: true,
              cell: (item) =>
                item.kind === 'file' ? (
                  <>
                    <a href={evidenceFilePath(orgId, item.id, item.currentVersion)} download>
                      {item.title}
                    </a>
                    {item.fileName && <SmallPrint>{item.fileName}</SmallPrint>}
                  </>
                ) : item.kind === 'link' && item.url ? (
                  <a href={item.url} rel="noreferrer noopener">
                    {item.title}
                  </a>
                ) : (
                  item.title
                ),
            },
            { header: 'Kind', cell: (item) => (item.kind === 'file' ? 'File' : item.kind === 'link' ? 'Link' : 'Note') },
            {
              header: 'State',
              cell: (item) => {
                const state = EVIDENCE_STATES[item.state];
                return state ? <Tag colour={state.colour}>{state.text}</Tag> : item.state;
              },
            },
            { header: 'Expires', cell: (item) => dayWords(item.expiresOn, 'Never') },
            ...(canChange
              ? [
                  {
                    header: <VisuallyHidden>Action</VisuallyHidden>,
                    cell: (item: ResponseView['evidence'][number]) => (
                      <Button
                        type="button"
                        variant="secondary"
                        small
                        busy={unlink.isPending && unlink.variables === item.id}
                        onClick={() => unlink.mutate(item.id, { onSuccess: () => setDone(`${item.title} is no longer linked to ${ref}.`) })}
                      >
                        Unlink<VisuallyHidden> {item.title}</VisuallyHidden>
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {canChange && (
        <>
          <LinkFromLibrary orgId={orgId} assessmentId={assessmentId} ref={ref} linked={evidence.map((item) => item.id)} onDone={setDone} />
          <UploadEvidence orgId={orgId} assessmentId={assessmentId} ref={ref} onDone={setDone} />
        </>
      )}
    </>
  );
}

function LinkFromLibrary({ orgId, assessmentId, ref, linked, onDone }: { orgId: string; assessmentId: string; ref: string; linked: string[]; onDone: (message: string) => void }) {
  const library = useEvidenceLibrary(orgId);
  const link = useLinkEvidence(orgId, assessmentId, ref);
  const [chosen, setChosen] = useState('');
  const problems = formProblems(link.error, LINK_FIELDS);
  const available = (library.data?.items ?? []).filter((item) => !linked.includes(item.id));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    const title = available.find((item) => item.id === chosen)?.title ?? 'The evidence';
    link.mutate(chosen, {
      onSuccess: () => {
        setChosen('');
        onDone(`${title} is now linked to ${ref}.`);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="link-evidence">
      <Heading level={3} id="link-evidence">
        Link from the library
      </Heading>
      {library.isPending && <Loading>Loading the evidence library…</Loading>}
      {library.isError && <SectionProblem error={library.error} what="The evidence library" />}
      {library.data && available.length === 0 && <Paragraph>Everything in the library is already linked, or the library is empty.</Paragraph>}
      {library.data && available.length > 0 && (
        <>
          <ProblemSummary problems={problems} />
          <Select
            id={LINK_FIELDS.evidenceId}
            label="Evidence"
            value={chosen}
            onChange={setChosen}
            error={problems?.byField.evidenceId}
            options={[{ value: '', text: 'Choose from the library' }, ...available.map((item) => ({ value: item.id, text: item.expiresOn ? `${item.title} (expires ${dayWords(item.expiresOn)})` : item.title }))]}
          />
          <Button variant="secondary" busy={link.isPending}>
            Link
          </Button>
        </>
      )}
    </form>
  );
}

function UploadEvidence({ orgId, assessmentId, ref, onDone }: { orgId: string; assessmentId: string; ref: string; onDone: (message: string) => void }) {
  const upload = useUploadEvidence(orgId, assessmentId, ref);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [missing, setMissing] = useState<Error | null>(null);
  // Re-mounting the file input is the only way to empty it after an upload.
  const [inputKey, setInputKey] = useState(0);
  const problems = formProblems(missing ?? upload.error, UPLOAD_FIELDS);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setMissing(problemBeforeSending('(file)', 'Choose a file to upload'));
      return;
    }
    setMissing(null);
    upload.mutate(
      { file, title, expiresOn },
      {
        onSuccess: () => {
          onDone(`${title.trim() || file.name} is uploaded to the library and linked to ${ref}.`);
          setFile(null);
          setTitle('');
          setExpiresOn('');
          setInputKey((key) => key + 1);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="upload-evidence">
      <Heading level={3} id="upload-evidence">
        Upload new evidence
      </Heading>
      <ProblemSummary problems={problems} />
      <FileUpload key={inputKey} id={UPLOAD_FIELDS['(file)']} label="File" hint="It is added to the organisation’s evidence library and linked here" onChange={setFile} error={problems?.byField['(file)'] ?? problems?.byField.fileName} />
      <TextInput id={UPLOAD_FIELDS.title} label="Title" hint="Left empty, the file’s name is used" value={title} onChange={setTitle} error={problems?.byField.title} autoComplete="off" />
      <TextInput id={UPLOAD_FIELDS.expiresOn} label="Expiry date (optional)" hint="When it stops being good evidence, such as a certificate’s end date" type="date" value={expiresOn} onChange={setExpiresOn} error={problems?.byField.expiresOn} />
      <Button variant="secondary" busy={upload.isPending}>
        Upload and link
      </Button>
    </form>
  );
}
