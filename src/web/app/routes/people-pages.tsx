// One person's page in an organisation, with the audit feature's list of what they have done there.
import { PersonActivity } from '../../features/audit';
import { PersonPage as PersonPageOf } from '../../features/people';

export function PersonPage() {
  return <PersonPageOf activity={({ orgId, userId, name }) => <PersonActivity orgId={orgId} userId={userId} name={name} />} />;
}
