// The register's risk flags as of a UK day (today unless another is asked for, kept in the address):
// how many each rule raised, every rule listed with its count, zeros included; then every flag, high
// severity first, each naming its asset or supplier and why it was raised.
import { Link, useSearchParams } from 'react-router';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { type FlagReport, useFlagReport } from '../api/get-flags';
import { AsOfForm } from '../../../components/AsOfForm';
import { FlagsTable } from '../components/FlagsTable';
import { registerActionsPage, registerPage } from '../components/links';
import { ASSET_PERMISSIONS, READ_REFUSED } from '../components/permissions';
import { dayWords, plural, SEVERITY_ORDER, SEVERITY_WORDS, ukDay } from '../components/words';

const AS_OF_ID = 'flags-as-of';

export function RiskFlagsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf')?.trim() || undefined;
  const readable = can(organisation.data, ASSET_PERMISSIONS.readAssets);
  const report = useFlagReport(orgId, asOf, { enabled: readable });
  const problems = isApiError(report.error) && report.error.status === 422 ? formProblems(report.error, { asOf: AS_OF_ID }) : null;
  usePageTitle(`${problems ? 'Error: ' : ''}Risk flags`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={READ_REFUSED} />;

  const data = problems ? undefined : report.data;
  return (
    <>
      <BackLink to={registerPage(orgId)}>Back to the information assets</BackLink>
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.data.name}>Risk flags</PageHeading>
      <Paragraph>
        What the register and its suppliers show needs attention on a given day: unsupported systems holding personal data, assets nobody owns, critical systems whose restore has
        not been tested, supplier certificates and contracts running out, data flows without a lawful basis. Flags are worked out from the register as it stands; change an asset,
        supplier or flow to clear its flag, or make a flag an action to say who will put it right.
      </Paragraph>
      <Paragraph>
        <Link to={registerActionsPage(orgId)}>The actions made from flags</Link>
      </Paragraph>
      <AsOfForm
        key={asOf ?? ''}
        id={AS_OF_ID}
        label="Flags as of"
        hint="A date passed, to see what was flagged then, or one to come, to see what will be."
        button="Show the flags"
        asOf={asOf ?? ukDay()}
        error={problems?.byField.asOf}
        onShow={(day) => setParams(day ? { asOf: day } : {})}
      />
      {report.isPending && <Loading>Loading the risk flags…</Loading>}
      {report.isError && !problems && <SectionProblem error={report.error} what="The risk flags" />}
      {data && <Report orgId={orgId} report={data} manage={can(organisation.data, ASSET_PERMISSIONS.manageAssets)} asOf={asOf} />}
    </>
  );
}

function Report({ orgId, report, manage, asOf }: { orgId: string; report: FlagReport; manage: boolean; asOf: string | undefined }) {
  // The report says which day it is for: while another day loads, the last one stays on screen as what it is.
  const day = ukDay(new Date(report.asOf));
  return (
    <>
      <Announce>
        <Paragraph>
          {plural(report.flags.length, 'risk flag')} as of {dayWords(day)}.
        </Paragraph>
      </Announce>
      <Table<FlagReport['counts'][number]>
        caption="Flags by rule"
        rows={report.counts}
        rowKey={(count) => count.rule}
        columns={[
          { header: 'Rule', rowHeader: true, cell: (count) => count.label },
          { header: 'Flags', numeric: true, cell: (count) => count.count.toLocaleString('en-GB') },
        ]}
      />
      {SEVERITY_ORDER.map((severity) => {
        const flags = report.flags.filter((flag) => flag.severity === severity);
        const heading = `${SEVERITY_WORDS[severity].text} severity`;
        return (
          <section key={severity} aria-labelledby={`flags-${severity}`}>
            <Heading id={`flags-${severity}`} spaceAbove>
              {heading} ({flags.length.toLocaleString('en-GB')})
            </Heading>
            {flags.length === 0 ? (
              <Paragraph>No {severity}-severity flags on this day.</Paragraph>
            ) : (
              <FlagsTable orgId={orgId} flags={flags} caption={`${heading} flags`} captionHidden withSubject withSeverity={false} manage={manage} asOf={asOf} />
            )}
          </section>
        );
      })}
    </>
  );
}
