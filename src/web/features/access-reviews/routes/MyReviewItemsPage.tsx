// A reviewer's own page: the accounts they review in the open campaigns, outstanding first, each with
// what it was when the review started and its keep, revoke or change decision with a reason.
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Heading, Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { useMyItems } from '../api/reviews';
import { DecisionForm } from '../components/DecisionForm';
import { ItemSummary } from '../components/ItemSummary';
import { reviewPage, reviewsPage } from '../components/links';
import { REVIEW_PERMISSIONS, REVIEWS_REFUSED } from '../components/permissions';
import { dayWords, plural } from '../components/words';

export function MyReviewItemsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const allowed = can(organisation.data, REVIEW_PERMISSIONS.decide);
  const mine = useMyItems(orgId, { enabled: allowed });
  usePageTitle('Accounts for you to review', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!allowed) return <NotAllowed reason={REVIEWS_REFUSED} />;

  // A colleague's decision since: the item as it now stands, read again.
  const reload = async (itemId: string) => (await mine.refetch()).data?.items.find((item) => item.id === itemId);
  return (
    <>
      <PageHeading caption={organisation.data.name}>Accounts for you to review</PageHeading>
      <Paragraph>
        For each account, say whether it is still needed: keep it, revoke it, or change what it can reach. <Link to={reviewsPage(orgId)}>All access reviews</Link>
      </Paragraph>
      {mine.isPending && <Loading>Loading your accounts…</Loading>}
      {mine.isError && <SectionProblem error={mine.error} what="Your accounts to review" />}
      {mine.data && (
        <>
          <Announce>
            <Paragraph>
              {plural(mine.data.outstanding, 'account')} still to decide{mine.data.overdue > 0 ? `, ${plural(mine.data.overdue, 'account')} overdue` : ''}.
            </Paragraph>
          </Announce>
          {mine.data.items.length === 0 && <Paragraph>There is nothing for you to review in the open campaigns.</Paragraph>}
          {mine.data.items.map((item) => (
            // One account may be in two campaigns: its section is named by both.
            <section key={item.id} aria-labelledby={`item-${item.id} item-${item.id}-review`}>
              <Heading id={`item-${item.id}`} spaceAbove>
                {item.account.name}
              </Heading>
              <Paragraph>
                <span id={`item-${item.id}-review`}>
                  In <Link to={reviewPage(orgId, item.reviewId)}>{item.reviewName}</Link>, due {dayWords(item.dueOn)}.
                </span>
              </Paragraph>
              <ItemSummary item={item} />
              <DecisionForm orgId={orgId} item={item} onStale={() => reload(item.id)} />
            </section>
          ))}
        </>
      )}
    </>
  );
}
