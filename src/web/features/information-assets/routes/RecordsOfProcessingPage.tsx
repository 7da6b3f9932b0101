// The record of processing activities (UK GDPR Art 30) as of a UK day (today unless another is asked
// for, kept in the address): the controller and DPO, with a way to change their details for those who
// keep them; the record as XLSX, CSV or PDF for that day; an activity per data flow carrying personal
// data, with the headings each lacks; then the assets holding personal data that no flow names.
import { Link, useLocation, useSearchParams } from 'react-router';
import { SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { BulletList, Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { ropaExportUrl } from '../api/paths';
import { type RecordOfProcessing, useRecordOfProcessing } from '../api/get-ropa';
import { AsOfForm } from '../../../components/AsOfForm';
import { changeRopaDetailsPage, registerPage } from '../components/links';
import { ASSET_PERMISSIONS, READ_REFUSED } from '../components/permissions';
import { ROPA_CONTROLLER_HEADINGS, ROPA_CONTROLLER_ORDER } from '../components/ropa-words';
import { RopaActivitiesTable, UnflowedAssetsTable } from '../components/RopaTables';
import { dayWords, plural, ukDay } from '../components/words';

const AS_OF_ID = 'ropa-as-of';
const FORMATS = [
  { format: 'xlsx', words: 'XLSX' },
  { format: 'csv', words: 'CSV (the activities)' },
  { format: 'pdf', words: 'PDF' },
] as const;

export function RecordsOfProcessingPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf')?.trim() || undefined;
  const readable = can(organisation.data, ASSET_PERMISSIONS.readRopa);
  const record = useRecordOfProcessing(orgId, asOf, { enabled: readable });
  const problems = isApiError(record.error) && record.error.status === 422 ? formProblems(record.error, { asOf: AS_OF_ID }) : null;
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  usePageTitle(`${problems ? 'Error: ' : ''}Record of processing activities`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={READ_REFUSED} />;

  const data = problems ? undefined : record.data;
  return (
    <>
      <BackLink to={registerPage(orgId)}>Back to the information assets</BackLink>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.data.name}>Record of processing activities</PageHeading>
      <Paragraph>
        What UK GDPR Article 30 asks the organisation to keep about its processing of personal data, worked out from the data flows and information assets as they stood on the
        day: nothing is typed twice. Where the register is silent the record says “Not recorded”; change the flow or the asset to fill the gap.
      </Paragraph>
      <AsOfForm
        key={asOf ?? ''}
        id={AS_OF_ID}
        label="Record as of"
        hint="A date passed, to see the record as it stood at the end of that day."
        button="Show the record"
        asOf={asOf ?? ukDay()}
        error={problems?.byField.asOf}
        onShow={(day) => setParams(day ? { asOf: day } : {})}
      />
      <BulletList label="Download the record">
        {FORMATS.map(({ format, words }) => (
          <li key={format}>
            <a href={ropaExportUrl(orgId, format, asOf)} download>
              Download the record as {words}
            </a>
          </li>
        ))}
      </BulletList>
      {record.isPending && <Loading>Loading the record of processing…</Loading>}
      {record.isError && !problems && <SectionProblem error={record.error} what="The record of processing" />}
      {data && <Record orgId={orgId} record={data} manage={can(organisation.data, ASSET_PERMISSIONS.manageRopa)} />}
    </>
  );
}

function Record({ orgId, record, manage }: { orgId: string; record: RecordOfProcessing; manage: boolean }) {
  // The record says which day it is for: while another day loads, the last one stays on screen as what it is.
  const day = dayWords(ukDay(new Date(record.asOf)));
  return (
    <>
      <Announce>
        <Paragraph>
          {plural(record.activities.length, 'processing activity', 'processing activities')} as of {day}.
        </Paragraph>
      </Announce>
      <section aria-labelledby="ropa-controller">
        <Heading id="ropa-controller" spaceAbove>
          The controller
        </Heading>
        <SummaryList rows={ROPA_CONTROLLER_ORDER.map((field) => ({ key: ROPA_CONTROLLER_HEADINGS[field], value: record.controller[field] }))} />
        {manage && (
          <Paragraph>
            <Link to={changeRopaDetailsPage(orgId)}>Change the controller and DPO details</Link>
          </Paragraph>
        )}
      </section>
      <section aria-labelledby="ropa-activities">
        <Heading id="ropa-activities" spaceAbove>
          Processing activities ({record.activities.length.toLocaleString('en-GB')})
        </Heading>
        {record.activities.length === 0 ? (
          <Paragraph>No data flow carrying personal data was recorded on this day.</Paragraph>
        ) : (
          <RopaActivitiesTable orgId={orgId} activities={record.activities} />
        )}
      </section>
      <section aria-labelledby="ropa-unflowed">
        <Heading id="ropa-unflowed" spaceAbove>
          Information assets holding personal data that no data flow names ({record.unflowedAssets.length.toLocaleString('en-GB')})
        </Heading>
        {record.unflowedAssets.length === 0 ? (
          <Paragraph>Every information asset holding personal data is named by a data flow.</Paragraph>
        ) : (
          <>
            <Paragraph>Holding personal data is processing too: record the flows that put the data there and take it out, so each has a purpose.</Paragraph>
            <UnflowedAssetsTable orgId={orgId} assets={record.unflowedAssets} />
          </>
        )}
      </section>
    </>
  );
}
