// The organisation's vulnerability exposure on a UK day (today unless another is asked for): open
// findings, those the known exploited catalogue lists and those linked to ransomware, what is past its
// deadline and whose it is, how well deadlines were met, and hosts past their end of support. Every
// chart has its table, and every count links to the findings it counts. The day is in the address.
import { Link, useSearchParams } from 'react-router';
import { AsOfForm } from '../../../components/AsOfForm';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { BulletList, Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDate, formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { type ExposureReport, useExposure } from '../api/get-exposure';
import { AgeSection, HeadlineSection, KevSection, OwnersSection, PastDueSection, SettingsSection, SeveritySection, UnsupportedSection } from '../components/ExposureSections';
import { deadlinesPage, endOfSupportPage, findingsPage } from '../components/links';
import { FINDING_PERMISSIONS, READ_REFUSED } from '../components/permissions';
import { dayWords, ukDayOf } from '../components/words';

const AS_OF_ID = 'exposure-as-of';

export function ExposurePage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf')?.trim() || undefined;
  const readable = can(organisation.data, FINDING_PERMISSIONS.read);
  const report = useExposure(orgId, asOf, { enabled: readable });
  const problems = isApiError(report.error) && report.error.status === 422 ? formProblems(report.error, { asOf: AS_OF_ID }) : null;
  usePageTitle(`${problems ? 'Error: ' : ''}Vulnerability exposure`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable || (isApiError(report.error) && report.error.status === 403)) return <NotAllowed reason={READ_REFUSED} />;

  const base = `/orgs/${encodeURIComponent(orgId)}`;
  const data = problems ? undefined : report.data;
  return (
    <>
      <Breadcrumbs items={[{ text: organisation.data.name, to: base }]} />
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.data.name}>Vulnerability exposure</PageHeading>
      <Paragraph>
        What the vulnerability scans say is exposed, for how long, and whose it is: the findings still open on the day, their deadlines in whole UK days, the known exploited
        vulnerabilities among them, and the hosts on software its vendor no longer supports.
      </Paragraph>
      <BulletList label="Vulnerability pages">
        <li>
          <Link to={findingsPage(orgId, asOf ? { asOf } : {})}>Every finding, with filters</Link>
        </li>
        <li>
          <Link to={deadlinesPage(orgId)}>Remediation deadlines</Link>
        </li>
        <li>
          <Link to={endOfSupportPage(orgId)}>End-of-support table</Link>
        </li>
        <li>
          <Link to="/known-exploited-vulnerabilities">The known exploited vulnerabilities catalogue</Link>
        </li>
      </BulletList>
      <AsOfForm
        key={asOf ?? ''}
        id={AS_OF_ID}
        label="The exposure as of"
        hint="A date passed, to see what was open then. Deadlines are counted to the end of that day."
        button="Show the exposure"
        asOf={asOf ?? ukDayOf(new Date().toISOString())}
        error={problems?.byField.asOf}
        onShow={(day) => setParams(day ? new URLSearchParams({ asOf: day }) : new URLSearchParams())}
      />
      {report.isPending && <Loading>Loading the exposure…</Loading>}
      {report.isError && !problems && <SectionProblem error={report.error} what="The exposure" />}
      {data && <Exposure organisation={organisation.data} report={data} asOf={asOf} />}
    </>
  );
}

function Exposure({ organisation, report, asOf }: { organisation: Organisation; report: ExposureReport; asOf: string | undefined }) {
  const orgId = organisation.id;
  const props = { orgId, report, asOf };
  return (
    <>
      <Announce>
        <Paragraph>
          As of {formatDateTime(report.asOf)}. <CatalogueWords report={report} />
        </Paragraph>
      </Announce>
      {report.hosts.total === 0 ? (
        <>
          <Heading>No scans yet</Heading>
          <Paragraph>No vulnerability scan had been imported by this day. The head of cyber security imports scanner exports with bulwark import vulns.</Paragraph>
        </>
      ) : (
        <>
          <HeadlineSection {...props} />
          <SeveritySection {...props} />
          <AgeSection report={report} />
          <OwnersSection report={report} />
          <KevSection {...props} />
          <UnsupportedSection {...props} />
          <PastDueSection {...props} />
        </>
      )}
      <SettingsSection {...props} canManage={can(organisation, FINDING_PERMISSIONS.manage)} />
    </>
  );
}

function CatalogueWords({ report }: { report: ExposureReport }) {
  const c = report.catalogue;
  if (!c) return <>No known exploited vulnerabilities catalogue has been imported, so no finding counts as known exploited.</>;
  return (
    <>
      Known exploited figures from CISA catalogue version {c.version}
      {c.versionPublished ? `, released ${formatDate(c.releasedAt)}` : ` (from its latest date added, ${dayWords(c.latestDateAdded)})`}.
    </>
  );
}
