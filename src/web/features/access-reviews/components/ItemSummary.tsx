// What a reviewer needs to know about an account as it stood when the review started.
import { SummaryList } from '../../../components/SummaryList';
import { formatDateTime } from '../../../lib/format';
import type { ReviewItem } from '../api/reviews';

export function ItemSummary({ item }: { item: ReviewItem }) {
  const account = item.account;
  return (
    <SummaryList
      rows={[
        { key: 'Account', value: account.displayName ? `${account.name} (${account.displayName})` : account.name },
        { key: 'Directory', value: account.directory.name },
        { key: 'Owner', value: item.owner ? (item.owner.name ?? item.owner.employeeNumber) : 'Nobody in the staff register' },
        { key: 'Privileged', value: account.privileged ? 'Yes' : 'No' },
        { key: 'Enabled', value: account.enabled ? 'Yes' : 'No' },
        { key: 'Groups', value: account.groups.length > 0 ? account.groups.join(', ') : 'None' },
        { key: 'Last logon', value: formatDateTime(account.lastLogonAt) },
      ]}
    />
  );
}
