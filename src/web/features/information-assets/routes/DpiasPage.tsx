// The data protection impact assessments: every DPIA, newest first, with its owner, where it stands,
// its next review and its flags, as of a UK day (today unless another is asked for) and in one state
// if asked (both kept in the address); starting a DPIA for those who keep them.
import { useLocation, useSearchParams } from 'react-router';
import { ButtonGroup, ButtonLink } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { type DpiaList, useDpias } from '../api/get-dpias';
import { AsOfForm } from '../../../components/AsOfForm';
import { dpiaListViewFromParams, type DpiaListView, paramsFromDpiaListView } from '../components/dpia-list';
import { DPIA_STATE_WORDS } from '../components/dpia-words';
import { DpiasTable } from '../components/DpiasTable';
import { DpiaStateFilter } from '../components/DpiaStateFilter';
import { dpiasPage, newDpiaPage, registerPage } from '../components/links';
import { ASSET_PERMISSIONS, READ_DPIAS_REFUSED } from '../components/permissions';
import { dayWords, plural, ukDay } from '../components/words';

const AS_OF_ID = 'dpias-as-of';

export function DpiasPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [params, setParams] = useSearchParams();
  const view = dpiaListViewFromParams(params);
  const readable = can(organisation.data, ASSET_PERMISSIONS.readDpias);
  const list = useDpias(orgId, view, { enabled: readable });
  const problems = isApiError(list.error) && list.error.status === 422 ? formProblems(list.error, { asOf: AS_OF_ID }) : null;
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  usePageTitle(`${problems ? 'Error: ' : ''}DPIAs`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={READ_DPIAS_REFUSED} />;

  const show = (next: DpiaListView) => setParams(paramsFromDpiaListView(next));
  const data = problems ? undefined : list.data;
  return (
    <>
      <BackLink to={registerPage(orgId)}>Back to the information assets</BackLink>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.data.name}>Data protection impact assessments</PageHeading>
      <Paragraph>
        Processing likely to put people’s rights at high risk needs a DPIA before it starts (UK GDPR Article 35). Each DPIA is screened first; where one is required, it says why the
        processing is necessary, whom was consulted, what it covers and its risks, then the DPO advises and those who own the risk sign it off.
      </Paragraph>
      {can(organisation.data, ASSET_PERMISSIONS.manageDpias) && (
        <ButtonGroup>
          <ButtonLink to={newDpiaPage(orgId)}>Start a DPIA</ButtonLink>
        </ButtonGroup>
      )}
      <DpiaStateFilter key={`state:${view.state ?? ''}`} state={view.state} action={dpiasPage(orgId)} onApply={(state) => show({ ...view, state: dpiaListViewFromParams(new URLSearchParams({ state })).state })} />
      <AsOfForm
        key={`asOf:${view.asOf ?? ''}`}
        id={AS_OF_ID}
        label="DPIAs as of"
        hint="A date passed, to see where each DPIA stood then, or one to come, to see which reviews will be due."
        button="Show the DPIAs"
        asOf={view.asOf ?? ukDay()}
        error={problems?.byField.asOf}
        onShow={(day) => show({ ...view, asOf: day || undefined })}
      />
      {list.isPending && <Loading>Loading the DPIAs…</Loading>}
      {list.isError && !problems && <SectionProblem error={list.error} what="The DPIAs" />}
      {data && <Dpias orgId={orgId} list={data} view={view} organisationName={organisation.data.name} />}
    </>
  );
}

function Dpias({ orgId, list, view, organisationName }: { orgId: string; list: DpiaList; view: DpiaListView; organisationName: string }) {
  // The list says which day it is for: while another day loads, the last one stays on screen as what it is.
  const day = dayWords(ukDay(new Date(list.asOf)));
  const count = list.items.length;
  const words = view.state
    ? `${plural(count, 'DPIA')} with the state “${DPIA_STATE_WORDS[view.state].text}” as of ${day}.`
    : count === 0
      ? `No DPIAs as of ${day}. Start one for any new processing that may put people’s rights at high risk.`
      : `${plural(count, 'DPIA')} as of ${day}.`;
  return (
    <>
      <Announce>
        <Paragraph>{words}</Paragraph>
      </Announce>
      {count > 0 && <DpiasTable orgId={orgId} dpias={list.items} caption={`DPIAs of ${organisationName}`} />}
    </>
  );
}
