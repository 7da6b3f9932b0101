// The incident register: every incident, filtered by status (or all open ones), kind, severity and
// words, with its severity, status and where the ICO clock stands; a way to record a new one, the
// board view, the response-time metrics, and the register as a spreadsheet.
import { Link, useLocation, useSearchParams } from 'react-router';
import { ButtonGroup, ButtonLink } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { BulletList, Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { type IncidentFilter, useIncidents } from '../api/get-incidents';
import { exportUrl } from '../api/paths';
import { IncidentsTable } from '../components/IncidentsTable';
import { boardPage, metricsPage, newIncidentPage, registerPage } from '../components/links';
import { FILTER_NAMES, RegisterFilters } from '../components/RegisterFilters';
import { plural } from '../components/words';

export function IncidentRegisterPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [params, setParams] = useSearchParams();
  const filter: IncidentFilter = Object.fromEntries(FILTER_NAMES.map((name) => [name, params.get(name) ?? undefined]));
  const readable = can(organisation.data, 'incident.read');
  const list = useIncidents(orgId, filter, { enabled: readable });
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  usePageTitle('Incidents', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) {
    return <NotAllowed reason="Only the organisation’s administrators, SIRO, DPO, Caldicott Guardian, IG lead, security team and auditors may see its incidents." />;
  }

  const incidents = list.data?.items;
  const filtered = FILTER_NAMES.some((name) => filter[name]);
  return (
    <>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <PageHeading caption={organisation.data.name}>Incidents</PageHeading>
      <Paragraph>Cyber incidents, data security and protection breaches and near misses: their timelines, the clocks for telling the ICO and others, and what was learned.</Paragraph>
      {can(organisation.data, 'incident.manage') && (
        <ButtonGroup>
          <ButtonLink to={newIncidentPage(orgId)}>Record an incident</ButtonLink>
        </ButtonGroup>
      )}
      <BulletList label="Other views">
        <li>
          <Link to={boardPage(orgId)}>Board of open incidents by status</Link>
        </li>
        <li>
          <Link to={metricsPage(orgId)}>Response-time metrics</Link>
        </li>
        <li>
          <a href={exportUrl(orgId, 'csv')} download>
            Download as CSV
          </a>
        </li>
        <li>
          <a href={exportUrl(orgId, 'xlsx')} download>
            Download as XLSX
          </a>
        </li>
      </BulletList>
      <RegisterFilters key={params.toString()} applied={filter} action={registerPage(orgId)} onApply={(next) => setParams(next)} />
      {list.isPending && <Loading>Loading the incidents…</Loading>}
      {list.isError && <SectionProblem error={list.error} what="The incidents" />}
      {incidents && (
        <>
          <Announce>
            <Paragraph>{filtered ? `${plural(incidents.length, 'incident')} match these filters.` : `${plural(incidents.length, 'incident')} recorded.`}</Paragraph>
          </Announce>
          {incidents.length > 0 && <IncidentsTable orgId={orgId} incidents={incidents} caption={`Incidents in ${organisation.data.name}`} />}
        </>
      )}
    </>
  );
}
