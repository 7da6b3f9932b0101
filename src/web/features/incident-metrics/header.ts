// What the app's header takes from this feature: the notifications link with its unread count. Kept
// apart from index.ts so the header loads only this, not the metrics pages.
export { NotificationsLink } from './components/NotificationsLink';
