// The evidence behind the incident (logs, reports, the ICO's letters), each linked to its page in the
// evidence library; linking another from the library, and taking one off (it stays in the library).
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Select } from '../../../components/Select';
import { Announce, Loading, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';
import { formProblems } from '../../../lib/form-problems';
import { useEvidenceLibrary } from '../api/get-evidence-library';
import type { IncidentDetail } from '../api/get-incident';
import { useLinkEvidence } from '../api/link-evidence';
import { useUnlinkEvidence } from '../api/unlink-evidence';
import { problemsBeforeSending } from './form-problems';
import { evidencePage } from './links';

const LINK_FIELDS = { evidenceId: 'incident-evidence' };
const STATE_WORDS: Record<string, string> = { current: 'Current', expiring: 'Expiring soon', expired: 'Expired', 'review-due': 'Review due', 'not-yet-valid': 'Not yet valid' };

type LinkedEvidence = IncidentDetail['evidence'][number];

export function EvidenceSection({ orgId, incident, canManage }: { orgId: string; incident: IncidentDetail; canManage: boolean }) {
  const unlink = useUnlinkEvidence(orgId, incident.id);
  const [done, setDone] = useState('');
  return (
    <section aria-labelledby="evidence">
      <Heading id="evidence">Evidence</Heading>
      <Announce>{done && <Paragraph>{done}</Paragraph>}</Announce>
      {unlink.error && <SectionProblem error={unlink.error} what="The change" />}
      {incident.evidence.length === 0 ? (
        <Paragraph>No evidence is linked to this incident.</Paragraph>
      ) : (
        <Table<LinkedEvidence>
          caption="Evidence linked to this incident"
          captionHidden
          rows={incident.evidence}
          rowKey={(item) => item.id}
          columns={[
            { header: 'Title', rowHeader: true, width: 'one-half', cell: (item) => <Link to={evidencePage(orgId, item.id)}>{item.title}</Link> },
            { header: 'State', cell: (item) => STATE_WORDS[item.state] ?? item.state },
            ...(canManage
              ? [
                  {
                    header: <VisuallyHidden>Action</VisuallyHidden>,
                    cell: (item: LinkedEvidence) => (
                      <Button
                        type="button"
                        variant="secondary"
                        small
                        busy={unlink.isPending && unlink.variables === item.id}
                        onClick={() => {
                          setDone('');
                          unlink.mutate(item.id, { onSuccess: () => setDone(`${item.title} is no longer linked to this incident.`) });
                        }}
                      >
                        Remove<VisuallyHidden> {item.title}</VisuallyHidden>
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {canManage && <LinkFromLibrary orgId={orgId} incident={incident} onDone={setDone} />}
    </section>
  );
}

function LinkFromLibrary({ orgId, incident, onDone }: { orgId: string; incident: IncidentDetail; onDone: (message: string) => void }) {
  const library = useEvidenceLibrary(orgId);
  const link = useLinkEvidence(orgId, incident.id);
  const [chosen, setChosen] = useState('');
  const [local, setLocal] = useState<Error | null>(null);
  const problems = formProblems(local ?? link.error, LINK_FIELDS);
  const linked = new Set(incident.evidence.map((item) => item.id));
  const available = (library.data?.items ?? []).filter((item) => !linked.has(item.id) && item.archivedAt === null);

  function submit(event: FormEvent) {
    event.preventDefault();
    link.reset();
    if (!chosen) {
      setLocal(problemsBeforeSending([{ field: 'evidenceId', message: 'Choose the evidence to link' }]));
      return;
    }
    setLocal(null);
    const title = available.find((item) => item.id === chosen)?.title ?? 'The evidence';
    link.mutate(chosen, {
      onSuccess: () => {
        setChosen('');
        onDone(`${title} is now linked to this incident.`);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="link-evidence">
      <Heading level={3} id="link-evidence" spaceAbove>
        Link evidence from the library
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
            options={[{ value: '', text: 'Choose from the library' }, ...available.map((item) => ({ value: item.id, text: item.title }))]}
          />
          <Button variant="secondary" busy={link.isPending}>
            Link
          </Button>
        </>
      )}
    </form>
  );
}
