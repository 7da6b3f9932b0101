// The security operations team's alert triage over a period (by default the 90 days to today): the
// totals, the findings in words (each can become an action), the detection rules, where the noise
// comes from, the backlog, the load per analyst, the alerts past their triage target, and published
// SOC survey figures beside ours. The period lives in the address, so a view can be shared.
import { useState } from 'react';
import { Link } from 'react-router';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { type Period, PeriodFilter, usePeriodInAddress } from '../../../components/PeriodFilter';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { BulletList, Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { useMe } from '../../../lib/session';
import { type AlertReport, useAlertReport } from '../api/get-alert-report';
import { useMembers } from '../api/get-members';
import { AnalystsSection } from '../components/AnalystsSection';
import { BacklogSection } from '../components/BacklogSection';
import { BreachesSection } from '../components/BreachesSection';
import { FindingsSection, type Owner } from '../components/FindingsSection';
import { ParetoSection } from '../components/ParetoSection';
import { dayWords, defaultPeriod } from '../components/period';
import { ALERT_PERMISSIONS } from '../components/permissions';
import { RulesSection } from '../components/RulesSection';
import { SurveySection } from '../components/SurveySection';
import { TotalsSection } from '../components/TotalsSection';
import { plural } from '../components/words';

const FIELDS = { from: 'report-from', to: 'report-to' };

export function AlertReportPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [fallback] = useState(defaultPeriod);
  const [period, showPeriod] = usePeriodInAddress(fallback);
  const allowed = can(organisation.data, ALERT_PERMISSIONS.read);
  const report = useAlertReport(orgId, period, { enabled: allowed });
  const problems = isApiError(report.error) && report.error.status === 422 ? formProblems(report.error, FIELDS) : null;
  usePageTitle(`${problems ? 'Error: ' : ''}Alert triage`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!allowed || (isApiError(report.error) && report.error.status === 403)) {
    return <NotAllowed reason="The organisation’s administrators, SIRO, head of cyber security, security analysts and auditors may see its alert triage." />;
  }

  const base = `/orgs/${encodeURIComponent(orgId)}`;
  const data = problems ? undefined : report.data;
  return (
    <>
      <Breadcrumbs items={[{ text: organisation.data.name, to: base }]} />
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.data.name}>Alert triage</PageHeading>
      <Paragraph>
        How the security operations team’s alerts were handled: which detection rules raise the most, how many turn out to be false or benign positives, how long triage and
        closing take, and who carries the load. An alert belongs to the period in which it was created. Times are worked out from the alert history you import.
      </Paragraph>
      <AlertLinks organisation={organisation.data} />

      <PeriodFilter period={period} onShow={showPeriod} ids={FIELDS} errors={problems?.byField} />

      {report.isPending && <Loading>Loading the alert triage report…</Loading>}
      {report.isError && !problems && <SectionProblem error={report.error} what="The report" />}
      <Announce>{data && <PeriodSummary report={data} from={period.from} to={period.to} />}</Announce>
      {data && (data.totals.alerts === 0 ? <NoAlerts organisation={organisation.data} /> : <Figures report={data} period={period} organisation={organisation.data} />)}
    </>
  );
}

/** Where else the triage pages are, for those who may open them. */
function AlertLinks({ organisation }: { organisation: Organisation }) {
  const base = `/orgs/${encodeURIComponent(organisation.id)}/alerts`;
  const links = [
    can(organisation, ALERT_PERMISSIONS.import) && { to: `${base}/import`, text: 'Import alerts from Sentinel, Defender, Splunk or a CSV or NDJSON file' },
    { to: `${base}/actions`, text: 'Actions made from the findings' },
    can(organisation, ALERT_PERMISSIONS.configure) && { to: `${base}/settings`, text: 'Triage targets for each severity' },
  ].filter((link): link is { to: string; text: string } => Boolean(link));
  return (
    <BulletList label="Alert triage pages">
      {links.map((link) => (
        <li key={link.to}>
          <Link to={link.to}>{link.text}</Link>
        </li>
      ))}
    </BulletList>
  );
}

/** The period as asked for: the report's own ends may be instants, the "to" one exclusive. */
function PeriodSummary({ report, from, to }: { report: AlertReport; from: string; to: string }) {
  return (
    <Paragraph>
      {plural(report.totals.alerts, 'alert')} created from {dayWords(from)} to {dayWords(to)}, as of {formatDateTime(report.asOf)}.
    </Paragraph>
  );
}

function NoAlerts({ organisation }: { organisation: Organisation }) {
  return (
    <>
      <Heading>No alerts in this period</Heading>
      {can(organisation, ALERT_PERMISSIONS.import) ? (
        <Paragraph>
          Choose another period, or <Link to={`/orgs/${encodeURIComponent(organisation.id)}/alerts/import`}>import your alert history</Link> from Microsoft Sentinel or Defender,
          Splunk, or any CSV or NDJSON file.
        </Paragraph>
      ) : (
        <Paragraph>Choose another period, or ask the head of cyber security to import the alert history.</Paragraph>
      )}
    </>
  );
}

function Figures({ report, period, organisation }: { report: AlertReport; period: Period; organisation: Organisation }) {
  const base = `/orgs/${encodeURIComponent(organisation.id)}/alerts`;
  const canAct = can(organisation, ALERT_PERMISSIONS.act);
  const owners = useOwners(organisation, canAct);
  return (
    <>
      <TotalsSection totals={report.totals} />
      <FindingsSection orgId={organisation.id} period={period} findings={report.findings} canAct={canAct} owners={owners} actionsLink={`${base}/actions`} />
      <RulesSection rules={report.rules} />
      <ParetoSection pareto={report.pareto} />
      <BacklogSection backlog={report.backlog} />
      <AnalystsSection analysts={report.analysts} />
      <BreachesSection breaches={report.breaches} total={report.totals.triageBreaches} settingsLink={can(organisation, ALERT_PERMISSIONS.configure) ? `${base}/settings` : undefined} />
      <SurveySection figures={report.benchmarks.figures} />
    </>
  );
}

/** Who an action may be given to: the organisation's active people for those who may see them, otherwise oneself. */
function useOwners(organisation: Organisation, wanted: boolean): Owner[] {
  const members = useMembers(organisation.id, wanted && can(organisation, 'member.read'));
  const me = useMe().data?.user;
  if (members.data) return members.data.members.filter((member) => member.status === 'active').map((member) => ({ id: member.userId, name: member.name }));
  return me ? [{ id: me.id, name: `${me.name} (you)` }] : [];
}
