// Recording an NHS cyber alert as it arrives: its reference and title, severity, when it was issued
// (UK time, from which the 48 hours run), the CVEs and products it names, our own summary, and a date
// to remediate by if not the organisation's deadline for the severity.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Fieldset } from '../../../components/Fieldset';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Radios } from '../../../components/Radios';
import { SaveForm } from '../../../components/SaveForm';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { segment } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems, problemBeforeSending } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { type CyberAlertBody, useRecordCyberAlert } from '../api/cyber-alerts';
import { instantFromUkWallTime, SEVERITY_LABELS } from '../components/alert-words';

const FIELD_IDS = {
  reference: 'alert-reference',
  title: 'alert-title',
  severity: 'alert-severity',
  issuedAt: 'alert-issued',
  cves: 'alert-cves',
  products: 'alert-products',
  summary: 'alert-summary',
  remediateBy: 'alert-remediate-by',
};

interface Values {
  reference: string;
  title: string;
  severity: CyberAlertBody['severity'];
  issuedDate: string;
  issuedTime: string;
  cves: string;
  products: string;
  summary: string;
  remediateBy: string;
}

/** One entry a line (or, for CVEs, separated by commas or spaces too), blanks dropped. */
const linesOf = (text: string, separators: RegExp) => text.split(separators).map((s) => s.trim()).filter(Boolean);

export function RecordCyberAlertPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const record = useRecordCyberAlert(orgId);
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>({ reference: '', title: '', severity: 'high', issuedDate: '', issuedTime: '', cves: '', products: '', summary: '', remediateBy: '' });
  const [local, setLocal] = useState<Error | null>(null);
  const problems = formProblems(local ?? record.error, FIELD_IDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Record an alert`, organisation.data?.name);
  const base = `/orgs/${segment(orgId)}/cyber-alerts`;

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!can(organisation.data, 'cyber-alert.manage')) return <NotAllowed reason="Only the organisation’s administrators, head of cyber security and security analysts may record cyber alerts." />;

  const set = (change: Partial<Values>) => setValues({ ...values, ...change });
  function submit() {
    const issuedAt = instantFromUkWallTime(values.issuedDate, values.issuedTime);
    if (!issuedAt) {
      setLocal(problemBeforeSending('issuedAt', 'Enter the date and the time (HH:MM, UK time) the alert was issued, as a time that exists that day.'));
      return;
    }
    setLocal(null);
    const body: CyberAlertBody = {
      reference: values.reference,
      title: values.title,
      severity: values.severity,
      issuedAt,
      cves: linesOf(values.cves, /[\s,;]+/),
      products: linesOf(values.products, /\n/),
      summary: values.summary.trim() || null,
      remediateBy: values.remediateBy || null,
    };
    record.mutate(body, { onSuccess: (alert) => void navigate(`${base}/${segment(alert.id)}`) });
  }

  const errors = problems?.byField;
  return (
    <>
      <BackLink to={base}>Cyber alerts</BackLink>
      <PageHeading caption={organisation.data.name}>Record an alert</PageHeading>
      <ProblemSummary problems={problems} />
      <SaveForm submitLabel="Record the alert" busy={record.isPending} cancelTo={base} onSubmit={submit}>
        <TextInput id={FIELD_IDS.reference} label="Reference" hint="As the alert gives it, such as CC-4571." value={values.reference} onChange={(reference) => set({ reference })} error={errors?.reference} width={10} />
        <TextInput id={FIELD_IDS.title} label="Title" value={values.title} onChange={(title) => set({ title })} error={errors?.title} />
        <Radios
          id={FIELD_IDS.severity}
          legend="Severity"
          value={values.severity}
          onChange={(severity) => set({ severity: severity as Values['severity'] })}
          error={errors?.severity}
          items={Object.entries(SEVERITY_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <Fieldset legend="When it was issued" hint="UK time. The 48 hours to acknowledge it run from here." error={errors?.issuedAt} id={FIELD_IDS.issuedAt}>
          <TextInput id="alert-issued-date" label="Date" type="date" value={values.issuedDate} onChange={(issuedDate) => set({ issuedDate })} width={10} />
          <TextInput id="alert-issued-time" label="Time" hint="For example, 14:30" value={values.issuedTime} onChange={(issuedTime) => set({ issuedTime })} width={5} />
        </Fieldset>
        <Textarea id={FIELD_IDS.cves} label="CVEs" hint="The CVE ids the alert names, one a line (commas also work). They are matched against the scanner findings." value={values.cves} onChange={(cves) => set({ cves })} error={errors?.cves} rows={3} />
        <Textarea id={FIELD_IDS.products} label="Products" hint="The products it concerns, one a line, as the scanners name them (Ivanti Connect Secure)." value={values.products} onChange={(products) => set({ products })} error={errors?.products} rows={3} />
        <Textarea id={FIELD_IDS.summary} label="Summary (optional)" hint="In our own words: what it asks of us and why it matters." value={values.summary} onChange={(summary) => set({ summary })} error={errors?.summary} rows={4} />
        <TextInput id={FIELD_IDS.remediateBy} label="Remediate by (optional)" hint="Leave empty for the issue date plus the organisation’s remediation deadline for the severity." type="date" value={values.remediateBy} onChange={(remediateBy) => set({ remediateBy })} error={errors?.remediateBy} width={10} />
      </SaveForm>
    </>
  );
}
