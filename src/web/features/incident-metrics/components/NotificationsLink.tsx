// "Notifications" in the header's account area, with how many are unread: the count is asked for once
// a minute at most. Its accessible name says it in full ("Notifications, 2 unread") in one hidden
// span, as the word and the badge read apart would gain a stray space; on a phone the word gives way
// to a bell so the account row stays one line.
import { HeaderAccountLink } from '../../../components/Header';
import { VisuallyHidden } from '../../../components/Typography';
import { useNotifications } from '../api/get-notifications';

export function NotificationsLink() {
  const notifications = useNotifications({ poll: true });
  const unread = notifications.data?.unread ?? 0;
  return (
    <HeaderAccountLink to="/notifications">
      <BellIcon />
      <span className="app-notifications-link__word" aria-hidden="true">
        Notifications
      </span>
      {unread > 0 && (
        <span className="app-notification-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
      <VisuallyHidden>{unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}</VisuallyHidden>
    </HeaderAccountLink>
  );
}

function BellIcon() {
  return (
    <svg className="app-notifications-link__icon" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" focusable="false" aria-hidden="true">
      <path d="M12 2a1.5 1.5 0 0 0-1.5 1.5v.7A6 6 0 0 0 6 10v4.6L4 17v1.5h16V17l-2-2.4V10a6 6 0 0 0-4.5-5.8v-.7A1.5 1.5 0 0 0 12 2Zm-2.3 18a2.4 2.4 0 0 0 4.6 0H9.7Z" />
    </svg>
  );
}
