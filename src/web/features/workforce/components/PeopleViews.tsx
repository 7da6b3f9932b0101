// The links between the people pages (the staff register, its changes, training compliance, the
// directory findings and accounts), each shown only to those who may open it; the page shown is left out.
import { Link } from 'react-router';
import { BulletList } from '../../../components/Typography';
import { can, type Organisation } from '../../../lib/current-org';
import { accountsPage, findingsPage, reviewsPage, staffChangesPage, staffPage, trainingPage } from './links';
import { WORKFORCE_PERMISSIONS } from './permissions';

export type PeopleView = 'staff' | 'changes' | 'training' | 'findings' | 'accounts' | 'reviews';

export function PeopleViews({ orgId, organisation, current }: { orgId: string; organisation: Organisation; current: PeopleView }) {
  const views: Array<{ view: PeopleView; to: string; text: string; permission: string }> = [
    { view: 'staff', to: staffPage(orgId), text: 'Staff register', permission: WORKFORCE_PERMISSIONS.readStaff },
    { view: 'changes', to: staffChangesPage(orgId), text: 'Joiners, movers and leavers', permission: WORKFORCE_PERMISSIONS.readStaff },
    { view: 'training', to: trainingPage(orgId), text: 'Training compliance', permission: WORKFORCE_PERMISSIONS.readTraining },
    { view: 'findings', to: findingsPage(orgId), text: 'Directory findings', permission: WORKFORCE_PERMISSIONS.readDirectory },
    { view: 'accounts', to: accountsPage(orgId), text: 'Directory accounts', permission: WORKFORCE_PERMISSIONS.readDirectory },
    { view: 'reviews', to: reviewsPage(orgId), text: 'Access reviews', permission: WORKFORCE_PERMISSIONS.readReviews },
  ];
  const shown = views.filter((entry) => entry.view !== current && can(organisation, entry.permission));
  if (shown.length === 0) return null;
  return (
    <BulletList label="Other views of the organisation’s people">
      {shown.map((entry) => (
        <li key={entry.view}>
          <Link to={entry.to}>{entry.text}</Link>
        </li>
      ))}
    </BulletList>
  );
}
