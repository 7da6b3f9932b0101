// The access-review campaigns the reader may see, newest first: name, scope, state, due date and how
// far decided; "Start a review" for those who run campaigns, and the reader's own items to decide.
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/Button';
import { ProgressBar } from '../../../components/Meter';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { BulletList, Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { type Review, useReviews } from '../api/reviews';
import { findingsPage, myItemsPage, newReviewPage, reviewPage, staffPage } from '../components/links';
import { REVIEW_PERMISSIONS, REVIEWS_REFUSED } from '../components/permissions';
import { dayWords, scopeWords, STATE_WORDS } from '../components/words';

export function ReviewsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, REVIEW_PERMISSIONS.read);
  const reviews = useReviews(orgId, { enabled: readable });
  usePageTitle('Access reviews', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={REVIEWS_REFUSED} />;

  return (
    <>
      <PageHeading caption={organisation.data.name}>Access reviews</PageHeading>
      <Paragraph>
        Campaigns in which the people who know whether an account is still needed say so, account by account, with a reason. Revocations become actions, closed when the directory shows
        them done.
      </Paragraph>
      <BulletList label="Related pages">
        <li>
          <Link to={myItemsPage(orgId)}>Accounts for you to review</Link>
        </li>
        {can(organisation.data, 'directory.read') && (
          <li>
            <Link to={findingsPage(orgId)}>Directory findings</Link>
          </li>
        )}
        {can(organisation.data, 'staff.read') && (
          <li>
            <Link to={staffPage(orgId)}>Staff register</Link>
          </li>
        )}
      </BulletList>
      {can(organisation.data, REVIEW_PERMISSIONS.manage) && <ButtonLink to={newReviewPage(orgId)}>Start a review</ButtonLink>}
      {reviews.isPending && <Loading>Loading the campaigns…</Loading>}
      {reviews.isError && <SectionProblem error={reviews.error} what="The campaigns" />}
      {reviews.data &&
        (reviews.data.items.length === 0 ? (
          <Paragraph>There are no access reviews you can see yet.</Paragraph>
        ) : (
          <Table<Review>
            caption="Campaigns"
            rows={reviews.data.items}
            rowKey={(review) => review.id}
            columns={[
              { header: 'Name', rowHeader: true, cell: (review) => <Link to={reviewPage(orgId, review.id)}>{review.name}</Link> },
              { header: 'Scope', width: 'one-quarter', cell: (review) => scopeWords(review.scope) },
              { header: 'State', cell: (review) => <Tag colour={STATE_WORDS[review.state].colour}>{STATE_WORDS[review.state].text}</Tag> },
              { header: 'Due', cell: (review) => dayWords(review.dueOn) },
              {
                header: 'Decided',
                width: 'one-quarter',
                cell: (review) =>
                  review.state === 'draft' ? (
                    'Not started'
                  ) : (
                    <ProgressBar value={review.figures.decided} max={review.figures.items}>
                      {review.figures.percentDecided}% ({review.figures.decided} of {review.figures.items})
                    </ProgressBar>
                  ),
              },
            ]}
          />
        ))}
    </>
  );
}
