// Adding evidence: a file, a link or a note, with its title, owner and dates. A file's type is checked
// from its content on the server; a refused file is named with the reason, and nothing is kept.
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { FileUpload } from '../../../components/FileUpload';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Radios } from '../../../components/Radios';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { useMe } from '../../../lib/session';
import { type EvidenceDetailsInput, useAddEvidence } from '../api/add-evidence';
import { useOwners } from '../api/get-owners';
import { DETAIL_FIELDS, DetailFields } from '../components/DetailFields';
import { ACCEPT, ACCEPTED_HINT } from '../components/words';

const FIELDS = { kind: 'evidence-kind', '(file)': 'evidence-file', fileName: 'evidence-file', url: 'evidence-url', noteText: 'evidence-note', ...DETAIL_FIELDS };
const EMPTY: EvidenceDetailsInput = { title: '', description: '', ownerId: '', validFrom: '', expiresOn: '', reviewOn: '' };

export function AddEvidencePage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const me = useMe().data;
  const owners = useOwners(orgId, can(organisation.data, 'member.read'));
  const add = useAddEvidence(orgId);
  const navigate = useNavigate();
  const [kind, setKind] = useState<'file' | 'link' | 'note'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [noteText, setNoteText] = useState('');
  const [details, setDetails] = useState<EvidenceDetailsInput>(EMPTY);
  const [noFile, setNoFile] = useState(false);
  const problems = noFile
    ? { title: 'There is a problem', items: [{ text: 'Choose the file to add', fieldId: FIELDS['(file)'] }], byField: { '(file)': 'Choose the file to add' } as Record<string, string> }
    : formProblems(add.error, FIELDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Add evidence`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!can(organisation.data, 'evidence.manage')) {
    return <NotAllowed reason="Only the organisation’s administrators, SIRO, DPO, Caldicott Guardian, IG lead, security team and Information Asset Owners may add evidence." />;
  }
  const library = `/orgs/${encodeURIComponent(orgId)}/evidence`;

  function submit(event: FormEvent) {
    event.preventDefault();
    add.reset();
    if (kind === 'file' && !file) {
      setNoFile(true);
      return;
    }
    setNoFile(false);
    const input = kind === 'file' ? { kind, file: file!, ...details } : kind === 'link' ? { kind, url, ...details } : { kind, noteText, ...details };
    add.mutate(input, {
      onSuccess: (item) => void navigate(`${library}/${encodeURIComponent(item.id)}`, { state: { notice: `“${item.title}” has been added to the evidence library.` } }),
    });
  }

  const fileError = problems?.byField['(file)'] ?? problems?.byField.fileName;
  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={library}>Back to the evidence</BackLink>
        <ProblemSummary problems={problems} />
        <PageHeading caption={organisation.data.name}>Add evidence</PageHeading>
        <form onSubmit={submit} noValidate>
          <Radios
            id={FIELDS.kind}
            legend="What is it?"
            value={kind}
            onChange={(value) => setKind(value as typeof kind)}
            error={problems?.byField.kind}
            items={[
              {
                value: 'file',
                label: 'A file',
                conditional: <FileUpload id={FIELDS['(file)']} label="The file" hint={ACCEPTED_HINT} accept={ACCEPT} error={fileError} onChange={(chosen) => { setFile(chosen); setNoFile(false); }} />,
              },
              {
                value: 'link',
                label: 'A link to a page',
                conditional: <TextInput id={FIELDS.url} label="Web address" hint="Starting https://, such as the policy on the intranet." value={url} onChange={setUrl} spellCheck={false} error={problems?.byField.url} />,
              },
              {
                value: 'note',
                label: 'A note',
                conditional: <Textarea id={FIELDS.noteText} label="The note" hint="What was seen or agreed, when and by whom." value={noteText} onChange={setNoteText} error={problems?.byField.noteText} />,
              },
            ]}
          />
          <DetailFields
            values={details}
            onChange={setDetails}
            errors={problems?.byField}
            members={owners.data?.members}
            me={me ? { id: me.user.id, name: me.user.name } : undefined}
            titleHint={kind === 'file' ? 'Left empty, the file’s name is used.' : undefined}
          />
          <ButtonGroup>
            <Button busy={add.isPending}>Add evidence</Button>
            <Link to={library}>Cancel</Link>
          </ButtonGroup>
        </form>
      </GridColumn>
    </GridRow>
  );
}
