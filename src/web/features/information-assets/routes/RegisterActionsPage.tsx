// The actions made from the register's risk flags, newest first: what each flag said, about which
// asset, supplier or data flow, its severity, where the action stands, its owner and due date, and
// whether the flag has cleared since; those who keep the register change an action's status here.
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Table, type TableColumn } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { type RegisterAction, useRegisterActions } from '../api/get-register-actions';
import { ActionStatusForm } from '../components/ActionStatusForm';
import { SeverityTag } from '../components/FlagTags';
import { ACTION_STATUS_TAGS } from '../components/flow-words';
import { flagsPage } from '../components/links';
import { SubjectLink } from '../components/SubjectLink';
import { ASSET_PERMISSIONS, READ_REFUSED } from '../components/permissions';
import { dayWords, FLAG_RULE_LABELS, plural } from '../components/words';


export function RegisterActionsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, ASSET_PERMISSIONS.readAssets);
  const actions = useRegisterActions(orgId, { enabled: readable });
  usePageTitle('Actions from risk flags', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={READ_REFUSED} />;

  const manage = can(organisation.data, ASSET_PERMISSIONS.manageAssets);
  const items = actions.data?.items;
  const columns: Array<TableColumn<RegisterAction> | false> = [
    {
      header: 'Flag',
      rowHeader: true,
      width: 'one-quarter',
      cell: (action) => (
        <>
          {FLAG_RULE_LABELS[action.rule]}: {action.title}
        </>
      ),
    },
    {
      header: 'About',
      cell: (action) => <SubjectLink orgId={orgId} subject={action.subject} />,
    },
    { header: 'Severity', cell: (action) => <SeverityTag severity={action.severity} /> },
    {
      header: 'Status',
      cell: (action) => (
        <>
          <Tag colour={ACTION_STATUS_TAGS[action.status].colour}>{ACTION_STATUS_TAGS[action.status].text}</Tag>
          {action.flagCleared && (
            <>
              {' '}
              <Tag colour="green">Flag cleared</Tag>
            </>
          )}
        </>
      ),
    },
    { header: 'Owner', cell: (action) => action.ownerName ?? 'Nobody yet' },
    { header: 'Due', cell: (action) => dayWords(action.dueOn, 'No date') },
    manage && { header: 'Change the status', cell: (action) => <ActionStatusForm key={`${action.id}:${action.version}`} orgId={orgId} action={action} /> },
  ];
  return (
    <>
      <BackLink to={flagsPage(orgId)}>Back to the risk flags</BackLink>
      <PageHeading caption={organisation.data.name}>Actions from risk flags</PageHeading>
      <Paragraph>
        Each action says who will put a flag right, by when, and where that stands. A flag that clears does not close its action: “Flag cleared” asks someone to check that the
        risk itself has gone, then mark the action done.
      </Paragraph>
      {actions.isPending && <Loading>Loading the actions…</Loading>}
      {actions.isError && <SectionProblem error={actions.error} what="The actions" />}
      {items && (
        <>
          <Announce>
            <Paragraph>{plural(items.length, 'action')} made from risk flags.</Paragraph>
          </Announce>
          {items.length > 0 && (
            <Table<RegisterAction>
              caption="Actions from risk flags"
              captionHidden
              rows={items}
              rowKey={(action) => action.id}
              columns={columns.filter((column): column is TableColumn<RegisterAction> => column !== false)}
            />
          )}
        </>
      )}
    </>
  );
}
