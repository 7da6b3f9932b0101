// The organisation's evidence library: every piece of evidence in use, filtered by state, owner and
// words, with what has expired or soon will tagged so.
import { type FormEvent, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { Button, ButtonGroup, ButtonLink } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { PageHeading } from '../../../components/PageHeading';
import { Select } from '../../../components/Select';
import { Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { TextInput } from '../../../components/TextInput';
import { Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { useMe } from '../../../lib/session';
import { useEvidenceList } from '../api/get-evidence-list';
import { EvidenceTable } from '../components/EvidenceTable';
import { STATE_WORDS } from '../components/words';

export function EvidenceLibraryPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const filter = { state: params.get('state') ?? undefined, owner: params.get('owner') ?? undefined, q: params.get('q') ?? undefined };
  const [words, setWords] = useState(filter.q ?? '');
  const readable = can(organisation.data, 'evidence.read');
  const list = useEvidenceList(orgId, filter, { enabled: readable });
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  usePageTitle('Evidence', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) {
    return <NotAllowed reason="Only people with a role in the organisation may see its evidence: it can show how to attack the Trust." />;
  }

  function change(key: 'state' | 'owner' | 'q', value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  function search(event: FormEvent) {
    event.preventDefault();
    change('q', words.trim());
  }

  const items = list.data?.items;
  const filtered = Boolean(filter.state || filter.owner || filter.q);
  return (
    <>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <PageHeading caption={organisation.data.name}>Evidence</PageHeading>
      <Paragraph>The documents, links and notes that show what {organisation.data.name} does. Each can expire or fall due for review.</Paragraph>
      {can(organisation.data, 'evidence.manage') && (
        <ButtonGroup>
          <ButtonLink to={`/orgs/${encodeURIComponent(orgId)}/evidence/new`}>Add evidence</ButtonLink>
        </ButtonGroup>
      )}
      <form onSubmit={search} noValidate role="search" aria-label="Filter the evidence">
        <Select
          id="evidence-state"
          label="State"
          value={filter.state ?? ''}
          onChange={(value) => change('state', value)}
          options={[{ value: '', text: 'Any state' }, ...Object.entries(STATE_WORDS).map(([value, w]) => ({ value, text: w.text }))]}
        />
        <Select
          id="evidence-owner"
          label="Owner"
          value={filter.owner ?? ''}
          onChange={(value) => change('owner', value)}
          options={[{ value: '', text: 'Anyone' }, ...(me ? [{ value: me.user.id, text: 'Me' }] : [])]}
        />
        <TextInput id="evidence-q" label="Words in the title or description" type="search" value={words} onChange={setWords} width={20} />
        <Button variant="secondary">Search</Button>
      </form>
      {list.isPending && <Loading>Loading the evidence…</Loading>}
      {list.isError && <SectionProblem error={list.error} what="The evidence" />}
      {items &&
        (items.length > 0 ? (
          <EvidenceTable orgId={orgId} items={items} caption={`Evidence in ${organisation.data.name}`} />
        ) : (
          <Paragraph>{filtered ? 'No evidence matches these filters.' : 'No evidence has been added yet.'}</Paragraph>
        ))}
    </>
  );
}
