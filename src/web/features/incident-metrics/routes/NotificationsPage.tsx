// The signed-in person's notifications, newest first: what happened, where to see it, when, and
// whether it has been read; "Mark as read" for one, "Mark all as read" for every one.
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, PageProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Paragraph, SmallPrint, VisuallyHidden } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime, isoInstant } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { useMe } from '../../../lib/session';
import { type InAppNotification, useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { plural } from '../components/words';

const titleId = (id: string) => `notification-${id}`;

/** After a row's button goes, focus stays in the list: on the notification it was about. */
function focusNotification(id: string | undefined) {
  if (id) document.getElementById(titleId(id))?.focus();
}

export function NotificationsPage() {
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const organisations = useMe().data?.organisations ?? [];
  const [done, setDone] = useState<string | undefined>();
  usePageTitle(notifications.isError ? undefined : 'Notifications');

  if (notifications.isError) return <PageProblem error={notifications.error} />;
  if (notifications.isPending) return <Loading>Loading your notifications…</Loading>;
  const { items, unread } = notifications.data;
  const failed = markRead.error ?? markAll.error;
  const orgName = (orgId: string | null) => (orgId ? organisations.find((organisation) => organisation.id === orgId)?.name : undefined);

  function readOne(notification: InAppNotification) {
    setDone(undefined);
    markAll.reset();
    markRead.mutate(notification.id, {
      onSuccess: () => {
        setDone(`“${notification.title}” is marked as read.`);
        focusNotification(notification.id);
      },
    });
  }

  function readAll() {
    setDone(undefined);
    markRead.reset();
    markAll.mutate(undefined, {
      onSuccess: () => {
        setDone('All your notifications are marked as read.');
        focusNotification(items[0]?.id);
      },
    });
  }

  return (
    <>
      {failed && <ErrorSummary description={isApiError(failed) ? failed.detail : 'Something went wrong. Try again.'} />}
      <PageHeading>Notifications</PageHeading>
      <Announce>
        <Paragraph>{done ?? (items.length === 0 ? 'You have no notifications.' : unread === 0 ? 'You have read them all.' : `${plural(unread, 'notification')} unread.`)}</Paragraph>
      </Announce>
      {unread > 0 && (
        <Button variant="secondary" type="button" busy={markAll.isPending} onClick={readAll}>
          Mark all as read
        </Button>
      )}
      {items.length > 0 && (
        <Table<InAppNotification>
          caption="Your notifications, newest first"
          captionHidden
          rows={items}
          rowKey={(n) => n.id}
          columns={[
            {
              header: 'Notification',
              rowHeader: true,
              width: 'one-half',
              cell: (n) => (
                <>
                  <NotificationTitle notification={n} onOpen={() => !n.readAt && markRead.mutate(n.id)} />
                  <SmallPrint>{n.body}</SmallPrint>
                  {orgName(n.orgId) && <SmallPrint>{orgName(n.orgId)}</SmallPrint>}
                </>
              ),
            },
            { header: 'When', cell: (n) => <time dateTime={isoInstant(n.createdAt)}>{formatDateTime(n.createdAt)}</time> },
            { header: 'State', cell: (n) => (n.readAt ? <Tag colour="grey">Read</Tag> : <Tag colour="blue">Unread</Tag>) },
            {
              header: <VisuallyHidden>Action</VisuallyHidden>,
              cell: (n) =>
                n.readAt ? null : (
                  <Button variant="secondary" small type="button" busy={markRead.isPending && markRead.variables === n.id} onClick={() => readOne(n)}>
                    Mark as read <VisuallyHidden>({n.title})</VisuallyHidden>
                  </Button>
                ),
            },
          ]}
        />
      )}
    </>
  );
}

/** The title, linked to what it is about when it names a page of Bulwark; opening it marks it read. */
function NotificationTitle({ notification, onOpen }: { notification: InAppNotification; onOpen: () => void }) {
  const { id, title, link } = notification;
  // Only addresses inside Bulwark are followed: a notification never sends anyone elsewhere.
  if (link && link.startsWith('/') && !link.startsWith('//')) {
    return (
      <Link to={link} id={titleId(id)} onClick={onOpen}>
        {title}
      </Link>
    );
  }
  return (
    <span id={titleId(id)} tabIndex={-1}>
      {title}
    </span>
  );
}
