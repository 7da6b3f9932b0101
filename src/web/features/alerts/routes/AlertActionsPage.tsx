// The actions made from triage findings: what, why, who, by when, and how far along. Those who may
// act start, finish or reopen one; a change made by someone else in between is refused and said so.
import { useState } from 'react';
import { Link } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Paragraph, SmallPrint, VisuallyHidden } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { useChangeAlertAction } from '../api/change-alert-action';
import { type AlertAction, useAlertActions } from '../api/get-alert-actions';
import { ALERT_PERMISSIONS } from '../components/permissions';
import { ACTION_STATUS_WORDS, type ActionStatus } from '../components/words';

/** The next steps from each status, as buttons: start it, finish it, or reopen a finished one. */
const NEXT_STEPS: Record<ActionStatus, Array<{ to: ActionStatus; text: string }>> = {
  open: [
    { to: 'in-progress', text: 'Start' },
    { to: 'done', text: 'Mark done' },
  ],
  'in-progress': [{ to: 'done', text: 'Mark done' }],
  done: [{ to: 'open', text: 'Reopen' }],
};

export function AlertActionsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const allowed = can(organisation.data, ALERT_PERMISSIONS.read);
  const actions = useAlertActions(orgId, { enabled: allowed });
  const change = useChangeAlertAction(orgId);
  const [done, setDone] = useState('');
  usePageTitle(change.isError ? 'Error: Alert actions' : 'Alert actions', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!allowed || (isApiError(actions.error) && actions.error.status === 403)) {
    return <NotAllowed reason="The organisation’s administrators, SIRO, head of cyber security, security analysts and auditors may see the actions made from alert triage." />;
  }
  const canAct = can(organisation.data, ALERT_PERMISSIONS.act);
  const base = `/orgs/${encodeURIComponent(orgId)}`;

  function move(action: AlertAction, to: ActionStatus) {
    setDone('');
    change.mutate({ id: action.id, body: { status: to, version: action.version } }, { onSuccess: () => setDone(`Now ${ACTION_STATUS_WORDS[to].text.toLowerCase()}: ${action.title}`) });
  }

  const stale = isApiError(change.error) && change.error.status === 409;
  return (
    <>
      <Breadcrumbs items={[{ text: organisation.data.name, to: base }, { text: 'Alert triage', to: `${base}/alerts` }]} />
      {change.isError && (
        <ErrorSummary
          title={stale ? 'Someone else changed this action' : 'The action could not be changed'}
          description={stale ? 'A colleague changed it since this list was loaded, so your change was not saved. The list now shows theirs: check it, then change it again if you still need to.' : isApiError(change.error) ? change.error.detail : 'Something went wrong. Try again.'}
        />
      )}
      <PageHeading caption={organisation.data.name}>Alert actions</PageHeading>
      <Paragraph>
        Actions made from the findings of the <Link to={`${base}/alerts`}>alert triage report</Link>: tuning a noisy rule, sharing out the load, catching up a backlog.
      </Paragraph>
      <Announce>{done && <Paragraph>{done}</Paragraph>}</Announce>
      {actions.isPending && <Loading>Loading the actions…</Loading>}
      {actions.isError && <PageProblem error={actions.error} />}
      {actions.data && actions.data.items.length === 0 && <Paragraph>No findings have been made into actions yet.</Paragraph>}
      {actions.data && actions.data.items.length > 0 && (
        <Table<AlertAction>
          caption="Actions from alert triage"
          captionHidden
          rows={actions.data.items}
          rowKey={(action) => action.id}
          columns={[
            {
              header: 'Action',
              rowHeader: true,
              width: 'one-third',
              cell: (action) => (
                <span id={`action-${action.id}`} tabIndex={-1}>
                  {action.title}
                  <SmallPrint>{action.recommendation}</SmallPrint>
                </span>
              ),
            },
            { header: 'Owner', cell: (action) => action.ownerName ?? 'No owner' },
            { header: 'Due', cell: (action) => formatDate(action.dueOn, 'No date') },
            {
              header: 'Status',
              cell: (action) => <Tag colour={ACTION_STATUS_WORDS[action.status].colour}>{ACTION_STATUS_WORDS[action.status].text}</Tag>,
            },
            ...(canAct
              ? [
                  {
                    header: <VisuallyHidden>Change the status</VisuallyHidden>,
                    cell: (action: AlertAction) => (
                      <ButtonGroup>
                        {NEXT_STEPS[action.status].map((step) => (
                        <Button
                          key={step.to}
                          type="button"
                          variant="secondary"
                          small
                          busy={change.isPending && change.variables?.id === action.id}
                          onClick={() => move(action, step.to)}
                        >
                          {step.text}
                          <VisuallyHidden>: {action.title}</VisuallyHidden>
                        </Button>
                        ))}
                      </ButtonGroup>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </>
  );
}
