// An organisation's incident response metrics over a period (by default the twelve months to today):
// the headline times and what could not be counted, the same by kind and severity, targets met, the
// monthly trend, and our figures beside published ones. The period lives in the address, so a view
// can be bookmarked or shared.
import { useState } from 'react';
import { Link } from 'react-router';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { PeriodFilter, usePeriodInAddress } from '../../../components/PeriodFilter';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { useBenchmarks } from '../api/get-benchmarks';
import { type IncidentMetrics, useIncidentMetrics } from '../api/get-incident-metrics';
import { BenchmarkSection } from '../components/BenchmarkSection';
import { GroupTable } from '../components/GroupTable';
import { HeadlineSection } from '../components/HeadlineSection';
import { dayWords, defaultPeriod } from '../components/period';
import { TargetsSection } from '../components/TargetsSection';
import { TrendSection } from '../components/TrendSection';
import { KIND_LABELS, KIND_ORDER, plural, SEVERITY_LABELS, SEVERITY_ORDER } from '../components/words';

const FIELDS = { from: 'metrics-from', to: 'metrics-to' };

export function IncidentMetricsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [fallback] = useState(defaultPeriod);
  const [period, showPeriod] = usePeriodInAddress(fallback);
  const allowed = can(organisation.data, 'incident.metrics');
  const metrics = useIncidentMetrics(orgId, period, { enabled: allowed });
  const benchmarks = useBenchmarks(orgId, { enabled: allowed });
  const problems = metrics.error && isApiError(metrics.error) && metrics.error.status === 422 ? formProblems(metrics.error, FIELDS) : null;
  usePageTitle(`${problems ? 'Error: ' : ''}Incident response metrics`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!allowed || (isApiError(metrics.error) && metrics.error.status === 403)) {
    return <NotAllowed reason="The organisation’s administrators, SIRO, head of cyber security, security analysts, information governance lead, Data Protection Officer, Caldicott Guardian and auditors may see its incident metrics, and so may ICS and national oversight." />;
  }

  const base = `/orgs/${encodeURIComponent(orgId)}`;
  const data = problems ? undefined : metrics.data;
  return (
    <>
      <Breadcrumbs
        items={[
          { text: organisation.data.name, to: base },
          { text: 'Incidents', to: can(organisation.data, 'incident.read') ? `${base}/incidents` : undefined },
        ]}
      />
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.data.name}>Incident response metrics</PageHeading>
      <Paragraph>
        How long incidents took from one milestone to the next, in hours below three days and in days above. An incident is placed in the period by when it was detected (or,
        failing that, when it occurred). An incident that lacks either milestone of an interval is left out of that interval and shown as not counted: a missing time is never guessed.
      </Paragraph>
      {can(organisation.data, 'incident.configure') && (
        <Paragraph>
          <Link to={`${base}/incidents/settings`}>Incident settings: response targets and when to tell DHSC and NHS England</Link>
        </Paragraph>
      )}

      <PeriodFilter period={period} onShow={showPeriod} ids={FIELDS} errors={problems?.byField} />

      {metrics.isPending && allowed && <Loading>Loading the metrics…</Loading>}
      {metrics.isError && !problems && <SectionProblem error={metrics.error} what="The metrics" />}
      <Announce>{data && <PeriodSummary metrics={data} from={period.from} to={period.to} />}</Announce>
      {data && <Figures metrics={data} organisation={organisation.data} benchmarks={benchmarks.data} />}
    </>
  );
}

function PeriodSummary({ metrics, from, to }: { metrics: IncidentMetrics; from: string; to: string }) {
  return (
    <Paragraph>
      {plural(metrics.incidents, 'incident')} from {dayWords(from)} to {dayWords(to)}, as of {formatDateTime(metrics.asOf)}.
    </Paragraph>
  );
}

function Figures({ metrics, organisation, benchmarks }: { metrics: IncidentMetrics; organisation: Organisation; benchmarks: Parameters<typeof BenchmarkSection>[0]['set'] }) {
  const base = `/orgs/${encodeURIComponent(organisation.id)}`;
  return (
    <>
      <HeadlineSection overall={metrics.overall} />
      <Heading spaceAbove>By kind of incident</Heading>
      <GroupTable
        caption="Median times by kind of incident"
        groups={KIND_ORDER.map((kind) => {
          const group = metrics.byKind.find((candidate) => candidate.kind === kind);
          return { key: kind, label: KIND_LABELS[kind], incidents: group?.incidents ?? 0, metrics: group?.metrics ?? [] };
        })}
      />
      <Heading spaceAbove>By severity</Heading>
      <GroupTable
        caption="Median times by severity"
        groups={SEVERITY_ORDER.map((severity) => {
          const group = metrics.bySeverity.find((candidate) => candidate.severity === severity);
          return { key: severity, label: SEVERITY_LABELS[severity], incidents: group?.incidents ?? 0, metrics: group?.metrics ?? [] };
        })}
      />
      <TargetsSection targets={metrics.targets} settingsLink={can(organisation, 'incident.configure') ? `${base}/incidents/settings` : undefined} />
      <TrendSection trend={metrics.trend} />
      <BenchmarkSection comparisons={metrics.benchmarks.comparisons} set={benchmarks} />
    </>
  );
}
