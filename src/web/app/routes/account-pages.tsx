// The account page, with the sections other features draw on it: your passkeys and your recent activity.
import { AccountPage as AccountPageOf } from '../../features/account';
import { MyActivity } from '../../features/audit';
import { PasskeysSection } from '../../features/passkeys';

export function AccountPage() {
  return <AccountPageOf passkeys={(email) => <PasskeysSection email={email} />} activity={<MyActivity />} />;
}
