// One NHS cyber alert: its details and clocks, the hosts in our findings its CVEs or products touch
// (each linked to its information asset), the updates on our response, and the next steps of the
// response for those who may take them: confirm whether it applies, acknowledge, add an update, mark
// remediated, close. A step refused because a colleague changed the alert first shows theirs.
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Radios } from '../../../components/Radios';
import { Loading, PageProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { TagList } from '../../../components/Tag';
import { Textarea } from '../../../components/Textarea';
import { Heading, Paragraph } from '../../../components/Typography';
import { segment } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDate, formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { type CyberAlertStep, type CyberAlertView, staleAlertOf, useCyberAlert, useCyberAlertStep } from '../api/cyber-alerts';
import { applicabilityInWords, overdueTags, SEVERITY_LABELS, STATE_COLOURS, STATE_LABELS } from '../components/alert-words';

/** Each field a step may be refused on, with its control. */
const FIELD_IDS = { applicability: 'step-applicability', note: 'step-applicability-note', at: 'step-acknowledge-note', text: 'step-update-text', reason: 'step-close-reason' };

const listOrNone = (items: readonly string[]) => (items.length ? items.join(', ') : 'None given');

export function CyberAlertPage() {
  const orgId = useOrgId();
  const { alertId = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const alert = useCyberAlert(orgId, alertId);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const problems = formProblems(failure, FIELD_IDS);
  usePageTitle(`${problems ? 'Error: ' : ''}${alert.data ? `${alert.data.reference}: ${alert.data.title}` : 'Cyber alert'}`, organisation.data?.name);

  if (organisation.isPending || alert.isPending) return <Loading>Loading the alert…</Loading>;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (alert.isError) return <PageProblem error={alert.error} />;
  const a = alert.data;
  const base = `/orgs/${segment(orgId)}`;
  const outcome = {
    onStart: () => {
      setFailure(null);
      setDone(null);
    },
    onDone: (what: string) => setDone(what),
    onFail: (error: unknown) => setFailure(error),
  };
  const stale = staleAlertOf(failure) !== null;

  return (
    <>
      <BackLink to={`${base}/cyber-alerts`}>Cyber alerts</BackLink>
      {problems && (
        <ProblemSummary problems={stale ? { ...problems, title: 'Someone else changed this alert', description: `${problems.description ?? ''} The page now shows the alert as it stands.` } : problems} />
      )}
      <PageHeading caption={a.reference}>{a.title}</PageHeading>
      {done && (
        <div role="status">
          <Paragraph>{done}</Paragraph>
        </div>
      )}
      <TagList tags={[{ key: 'state', text: STATE_LABELS[a.state], colour: STATE_COLOURS[a.state] }, ...overdueTags(a)]} label="State" />
      <SummaryList
        rows={[
          { key: 'Severity', value: SEVERITY_LABELS[a.severity] },
          { key: 'Issued', value: formatDateTime(a.issuedAt) },
          { key: 'Acknowledge by', value: formatDateTime(a.acknowledgeDueAt) },
          { key: 'Acknowledged', value: a.acknowledgedAt ? `${formatDateTime(a.acknowledgedAt)} by ${a.acknowledgedBy?.name ?? 'someone'}${a.acknowledgedLate ? ' (late)' : ''}` : 'Not yet' },
          { key: 'Applies to our systems', value: <>{applicabilityInWords(a)}{a.applicability && <> — {a.applicability.by?.name ?? 'someone'}, {formatDateTime(a.applicability.at)}{a.applicability.note ? `: ${a.applicability.note}` : ''}</>}</> },
          { key: 'Remediate by', value: formatDate(`${a.remediateBy}T12:00:00Z`) },
          { key: 'Remediated', value: a.remediatedAt ? `${formatDateTime(a.remediatedAt)} by ${a.remediatedBy?.name ?? 'someone'}` : 'Not yet' },
          ...(a.closedAt ? [{ key: 'Closed', value: `${formatDateTime(a.closedAt)} by ${a.closedBy?.name ?? 'someone'}: ${a.closeReason ?? ''}` }] : []),
          { key: 'CVEs', value: listOrNone(a.cves) },
          { key: 'Products', value: listOrNone(a.products) },
          ...(a.summary ? [{ key: 'Summary', value: a.summary }] : []),
        ]}
      />

      <Heading spaceAbove>Hosts in our findings</Heading>
      {a.computed.matches.length === 0 ? (
        <Paragraph>No host in the scanner findings has one of its CVEs open or runs one of its products.</Paragraph>
      ) : (
        <Table
          caption={`${a.computed.hosts} ${a.computed.hosts === 1 ? 'host' : 'hosts'} on ${a.computed.assets} information ${a.computed.assets === 1 ? 'asset' : 'assets'}`}
          rowKey={(m) => m.hostId}
          rows={a.computed.matches}
          columns={[
            { header: 'Host', rowHeader: true, cell: (m) => m.hostName ?? m.ip ?? 'Unnamed' },
            { header: 'IP address', cell: (m) => m.ip ?? '—' },
            { header: 'Information asset', cell: (m) => (m.assetId ? <Link to={`${base}/assets/${segment(m.assetId)}`}>{m.assetName ?? 'The asset'}</Link> : 'Not matched') },
            { header: 'Open CVEs', cell: (m) => listOrNone(m.cveIds) },
            { header: 'Software named', cell: (m) => listOrNone(m.software) },
          ]}
        />
      )}

      <Heading spaceAbove>Updates</Heading>
      {a.updates.length === 0 ? (
        <Paragraph>No updates yet.</Paragraph>
      ) : (
        <Table
          caption="Updates on our response, oldest first"
          captionHidden
          rowKey={(u) => u.id}
          rows={a.updates}
          columns={[
            { header: 'When', rowHeader: true, cell: (u) => formatDateTime(u.at) },
            { header: 'Who', cell: (u) => u.by?.name ?? 'Command line' },
            { header: 'Update', cell: (u) => u.text },
          ]}
        />
      )}

      {can(organisation.data, 'cyber-alert.manage') && a.state !== 'closed' && <NextSteps orgId={orgId} alert={a} outcome={outcome} />}
    </>
  );
}

interface Outcome {
  onStart: () => void;
  onDone: (what: string) => void;
  onFail: (error: unknown) => void;
}

/** One step as a small form of its own: its heading, fields and button. */
function StepForm({ orgId, alert, step, heading, button, done, body, outcome, children }: { orgId: string; alert: CyberAlertView; step: CyberAlertStep; heading: string; button: string; done: string; body: () => Record<string, unknown>; outcome: Outcome; children?: ReactNode }) {
  const mutation = useCyberAlertStep(orgId, alert.id, step);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        outcome.onStart();
        mutation.mutate({ ...body(), version: alert.version }, { onSuccess: () => outcome.onDone(done), onError: outcome.onFail });
      }}
    >
      <Heading spaceAbove>{heading}</Heading>
      {children}
      <Button busy={mutation.isPending} variant="secondary">
        {button}
      </Button>
    </form>
  );
}

function NextSteps({ orgId, alert, outcome }: { orgId: string; alert: CyberAlertView; outcome: Outcome }) {
  const [applicability, setApplicability] = useState(alert.applicability?.value ?? (alert.computed.likely ? 'applicable' : 'not-applicable'));
  const [applicabilityNote, setApplicabilityNote] = useState('');
  const [acknowledgeNote, setAcknowledgeNote] = useState('');
  const [update, setUpdate] = useState('');
  const [reason, setReason] = useState('');
  const open = alert.state === 'new' || alert.state === 'acknowledged';
  const mayClose = alert.state === 'remediated' || (open && alert.applicability?.value === 'not-applicable');
  return (
    <>
      {open && (
        <StepForm orgId={orgId} alert={alert} step="applicability" heading="Does it apply to our systems?" button="Confirm" done="Recorded whether the alert applies." outcome={outcome} body={() => ({ applicability, note: applicabilityNote.trim() || null })}>
          <Radios
            id={FIELD_IDS.applicability}
            legend="Whether it applies"
            legendSize="s"
            hint={alert.computed.likely ? 'The findings suggest it does: check the hosts above.' : 'No host in the findings matches; check the systems the scanners do not cover.'}
            value={applicability}
            onChange={(value) => setApplicability(value as typeof applicability)}
            items={[
              { value: 'applicable', label: 'It applies' },
              { value: 'not-applicable', label: 'It does not apply' },
            ]}
          />
          <Textarea id={FIELD_IDS.note} label="Why (optional)" value={applicabilityNote} onChange={setApplicabilityNote} rows={2} />
        </StepForm>
      )}
      {alert.state === 'new' && (
        <StepForm orgId={orgId} alert={alert} step="acknowledge" heading="Acknowledge" button="Record the acknowledgement" done="Recorded the acknowledgement." outcome={outcome} body={() => ({ note: acknowledgeNote.trim() || null })}>
          <Paragraph>Record that the alert has been acknowledged to NHS England, now. It is due by {formatDateTime(alert.acknowledgeDueAt)}.</Paragraph>
          <Textarea id={FIELD_IDS.at} label="Note (optional)" value={acknowledgeNote} onChange={setAcknowledgeNote} rows={2} />
        </StepForm>
      )}
      <StepForm orgId={orgId} alert={alert} step="updates" heading="Add an update" button="Add the update" done="Added the update." outcome={outcome} body={() => ({ text: update })}>
        <Textarea id={FIELD_IDS.text} label="Update" hint="What has been done or found since the last update." value={update} onChange={setUpdate} rows={3} />
      </StepForm>
      {alert.state === 'acknowledged' && alert.applicability?.value === 'applicable' && (
        <StepForm orgId={orgId} alert={alert} step="remediated" heading="Remediated" button="Mark remediated" done="Marked the alert remediated." outcome={outcome} body={() => ({})}>
          <Paragraph>Mark the alert remediated once the fix or mitigation it asks for is in place on every host it applies to.</Paragraph>
        </StepForm>
      )}
      {mayClose && (
        <StepForm orgId={orgId} alert={alert} step="close" heading="Close the alert" button="Close the alert" done="Closed the alert." outcome={outcome} body={() => ({ reason })}>
          <Textarea id={FIELD_IDS.reason} label="Reason for closing" value={reason} onChange={setReason} rows={2} />
        </StepForm>
      )}
      {!mayClose && open && <Paragraph>{alert.applicability?.value === 'applicable' ? 'It can be closed once remediated.' : 'It can be closed once remediated, or once confirmed not to apply.'}</Paragraph>}
    </>
  );
}

