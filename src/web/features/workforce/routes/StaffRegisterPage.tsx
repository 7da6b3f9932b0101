// The staff register on a UK day (today unless another is asked for): how many people are current,
// new starters, future starters and leavers; the register filtered by status, department, staff group
// and words, a page at a time, each person linking to their assignments. Everything is in the address.
import { Link, useSearchParams } from 'react-router';
import { AsOfForm } from '../../../components/AsOfForm';
import { CardGroup } from '../../../components/CardGroup';
import { Card, Figure } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { Pagination } from '../../../components/Pagination';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph, SmallPrint } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { type StaffList, type StaffSummary, useStaff } from '../api/get-staff';
import { personPage, staffPage } from '../components/links';
import { PeopleViews } from '../components/PeopleViews';
import { STAFF_REFUSED, WORKFORCE_PERMISSIONS } from '../components/permissions';
import { isStaffFiltered, paramsFromStaffFilter, staffFilterFromParams, type StaffFilter } from '../components/staff-filter';
import { StaffFilters } from '../components/StaffFilters';
import { dayWords, orNotRecorded, personName, plural, STAFF_FILTER_LABELS, STAFF_STATUS_WORDS, type StaffFilterStatus, ukToday } from '../components/words';

const AS_OF_ID = 'staff-as-of';
const COUNTED: StaffFilterStatus[] = ['current', 'new', 'future', 'leaver'];
const SHOW_WORDS: Record<StaffFilterStatus, string> = { current: 'Show current staff', new: 'Show the new starters', future: 'Show the future starters', leaver: 'Show the leavers' };

export function StaffRegisterPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [params, setParams] = useSearchParams();
  const filter = staffFilterFromParams(params);
  const readable = can(organisation.data, WORKFORCE_PERMISSIONS.readStaff);
  const list = useStaff(orgId, filter, { enabled: readable });
  const problems = isApiError(list.error) && list.error.status === 422 ? formProblems(list.error, { asOf: AS_OF_ID }) : null;
  usePageTitle(`${problems ? 'Error: ' : ''}Staff register`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={STAFF_REFUSED} />;

  const data = problems ? undefined : list.data;
  return (
    <>
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.data.name}>Staff register</PageHeading>
      <Paragraph>
        Everyone the latest ESR extract names and where each stands on a day: in post, newly started (still within their induction window), not yet started, or gone. Training
        compliance and the directory findings are worked out from this register.
      </Paragraph>
      <PeopleViews orgId={orgId} organisation={organisation.data} current="staff" />
      <AsOfForm
        key={filter.asOf ?? ''}
        id={AS_OF_ID}
        label="The register as of"
        hint="A date passed, to see who was in post then, or one to come."
        button="Show the register"
        asOf={filter.asOf ?? ukToday()}
        error={problems?.byField.asOf}
        onShow={(day) => setParams(paramsFromStaffFilter(onDay(filter, day)))}
      />
      {data && <StatusCounts orgId={orgId} list={data} filter={filter} />}
      <StaffFilters key={params.toString()} applied={filter} action={staffPage(orgId)} onApply={setParams} />
      {list.isPending && <Loading>Loading the register…</Loading>}
      {list.isError && !problems && <SectionProblem error={list.error} what="The staff register" />}
      {data && <Register orgId={orgId} list={data} filter={filter} organisationName={organisation.data.name} />}
    </>
  );
}

function StatusCounts({ orgId, list, filter }: { orgId: string; list: StaffList; filter: StaffFilter }) {
  return (
    <>
      <Heading spaceAbove>By status on {dayWords(list.day)}</Heading>
      <CardGroup
        width="one-half"
        label={`The register by status, as of ${dayWords(list.day)}`}
        items={COUNTED.map((status) => ({
          key: status,
          content: (
            <Card heading={STAFF_FILTER_LABELS[status]} headingLevel={3}>
              <Figure>{list.counts[status].toLocaleString('en-GB')}</Figure>
              {status === 'current' && <SmallPrint>New starters included</SmallPrint>}
              {status === 'new' && <SmallPrint>Current staff within their first {plural(list.inductionDays, 'day')}</SmallPrint>}
              <Paragraph noMargin>
                <Link to={staffPage(orgId, paramsFromStaffFilter({ ...(filter.asOf ? { asOf: filter.asOf } : {}), status }).toString())}>
                  {SHOW_WORDS[status]}
                </Link>
              </Paragraph>
            </Card>
          ),
        }))}
      />
    </>
  );
}

/** The same filters on another day, from its first page. */
function onDay(filter: StaffFilter, day: string): StaffFilter {
  const { asOf: _asOf, page: _page, ...rest } = filter;
  return day ? { ...rest, asOf: day } : rest;
}

function Register({ orgId, list, filter, organisationName }: { orgId: string; list: StaffList; filter: StaffFilter; organisationName: string }) {
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const pageLink = (page: number) => ({ to: staffPage(orgId, paramsFromStaffFilter({ ...filter, page }).toString()), text: `${page} of ${pages}` });
  const first = (list.page - 1) * list.pageSize + 1;
  return (
    <>
      <Announce>
        <Paragraph>
          {isStaffFiltered(filter) ? `${plural(list.total, 'person', 'people')} ${list.total === 1 ? 'matches' : 'match'} these filters` : `${plural(list.total, 'person', 'people')} in the register`} as of{' '}
          {dayWords(list.day)}
          {list.total > list.pageSize && list.items.length > 0 ? `; showing ${first.toLocaleString('en-GB')} to ${(first + list.items.length - 1).toLocaleString('en-GB')}` : ''}.
        </Paragraph>
      </Announce>
      {list.items.length > 0 && (
        <Table<StaffSummary>
          caption={`Staff of ${organisationName}`}
          captionHidden
          rows={list.items}
          rowKey={(person) => person.employeeNumber}
          columns={[
            { header: 'Name', rowHeader: true, cell: (person) => <Link to={personPage(orgId, person.employeeNumber)}>{personName(person)}</Link> },
            { header: 'Employee number', cell: (person) => person.employeeNumber },
            {
              header: 'Status',
              cell: (person) => (
                <>
                  <Tag colour={STAFF_STATUS_WORDS[person.status].colour}>{STAFF_STATUS_WORDS[person.status].text}</Tag>
                  {person.newStarter && (
                    <>
                      {' '}
                      <Tag colour="aqua-green">New starter</Tag>
                    </>
                  )}
                </>
              ),
            },
            { header: 'Department', cell: (person) => orNotRecorded(person.department) },
            { header: 'Position', cell: (person) => orNotRecorded(person.position) },
            { header: 'Staff group', cell: (person) => orNotRecorded(person.staffGroup) },
          ]}
        />
      )}
      <Pagination label="Pages of the register" previous={list.page > 1 ? pageLink(list.page - 1) : undefined} next={list.page < pages ? pageLink(list.page + 1) : undefined} />
    </>
  );
}
