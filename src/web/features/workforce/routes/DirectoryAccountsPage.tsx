// The directory accounts on a UK day, filtered by directory, kind, finding, whether still in the
// directory and words, a page at a time; each with its owner and the findings it is in. Everything is
// in the address, so a finding's "these accounts" link lands on them.
import { Link, useSearchParams } from 'react-router';
import { AsOfForm } from '../../../components/AsOfForm';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { Pagination } from '../../../components/Pagination';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { TagList } from '../../../components/Tag';
import { Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { type AccountList, type AccountSummary, useAccounts } from '../api/get-accounts';
import { useDirectories } from '../api/get-directories';
import { accountFilterFromParams, isAccountFiltered, paramsFromAccountFilter, type AccountFilter } from '../components/account-filter';
import { AccountFilters } from '../components/AccountFilters';
import { accountsPage, personPage } from '../components/links';
import { PeopleViews } from '../components/PeopleViews';
import { DIRECTORY_REFUSED, WORKFORCE_PERMISSIONS } from '../components/permissions';
import { ACCOUNT_KIND_LABELS, dayWords, FINDING_LABELS, plural, ukToday } from '../components/words';

const AS_OF_ID = 'accounts-as-of';

export function DirectoryAccountsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [params, setParams] = useSearchParams();
  const filter = accountFilterFromParams(params);
  const readable = can(organisation.data, WORKFORCE_PERMISSIONS.readDirectory);
  const list = useAccounts(orgId, filter, { enabled: readable });
  const directories = useDirectories(orgId, { enabled: readable });
  const problems = isApiError(list.error) && list.error.status === 422 ? formProblems(list.error, { asOf: AS_OF_ID }) : null;
  usePageTitle(`${problems ? 'Error: ' : ''}Directory accounts`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={DIRECTORY_REFUSED} />;

  const data = problems ? undefined : list.data;
  return (
    <>
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.data.name}>Directory accounts</PageHeading>
      <Paragraph>Every account the organisation’s directory exports hold, with the member of staff it belongs to and the findings it is in on a day.</Paragraph>
      <PeopleViews orgId={orgId} organisation={organisation.data} current="accounts" />
      <AsOfForm
        key={filter.asOf ?? ''}
        id={AS_OF_ID}
        label="Accounts as of"
        hint="The day owners’ standing and dormancy are judged on."
        button="Show the accounts"
        asOf={filter.asOf ?? ukToday()}
        error={problems?.byField.asOf}
        onShow={(day) => setParams(paramsFromAccountFilter(onDay(filter, day)))}
      />
      <AccountFilters
        key={params.toString()}
        applied={filter}
        action={accountsPage(orgId)}
        directories={directories.data?.items.map((directory) => ({ value: directory.id, text: directory.name })) ?? []}
        onApply={setParams}
      />
      {list.isPending && <Loading>Loading the accounts…</Loading>}
      {list.isError && !problems && <SectionProblem error={list.error} what="The accounts" />}
      {data && <Accounts orgId={orgId} list={data} filter={filter} />}
    </>
  );
}

/** The same filters on another day, from its first page. */
function onDay(filter: AccountFilter, day: string): AccountFilter {
  const { asOf: _asOf, page: _page, ...rest } = filter;
  return day ? { ...rest, asOf: day } : rest;
}

function Accounts({ orgId, list, filter }: { orgId: string; list: AccountList; filter: AccountFilter }) {
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const pageLink = (page: number) => ({ to: accountsPage(orgId, paramsFromAccountFilter({ ...filter, page }).toString()), text: `${page} of ${pages}` });
  return (
    <>
      <Announce>
        <Paragraph>
          {plural(list.total, 'account')} {isAccountFiltered(filter) ? (list.total === 1 ? 'matches these filters' : 'match these filters') : 'in the directories'} as of {dayWords(list.day)}.
        </Paragraph>
      </Announce>
      {list.items.length > 0 && (
        <Table<AccountSummary>
          caption="Directory accounts"
          captionHidden
          rows={list.items}
          rowKey={(account) => account.id}
          columns={[
            { header: 'Account', rowHeader: true, cell: (account) => account.name },
            { header: 'Directory', cell: (account) => account.directory.name },
            { header: 'Owner', cell: (account) => (account.owner ? <Link to={personPage(orgId, account.owner.employeeNumber)}>{account.owner.name}</Link> : 'Nobody in the staff register') },
            { header: 'Kind', cell: (account) => `${ACCOUNT_KIND_LABELS[account.kind]}${account.privileged ? ', privileged' : ''}${account.enabled ? '' : ', disabled'}` },
            { header: 'Last logon', cell: (account) => formatDateTime(account.lastLogonAt) },
            {
              header: 'Findings',
              cell: (account) =>
                account.findings.length === 0 ? 'None' : <TagList label={`Findings for ${account.name}`} tags={account.findings.map((finding) => ({ key: finding, text: FINDING_LABELS[finding], colour: 'grey' as const }))} />,
            },
          ]}
        />
      )}
      <Pagination label="Pages of the accounts" previous={list.page > 1 ? pageLink(list.page - 1) : undefined} next={list.page < pages ? pageLink(list.page + 1) : undefined} />
    </>
  );
}
