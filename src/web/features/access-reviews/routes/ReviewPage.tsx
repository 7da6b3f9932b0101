// One access review: its scope and state, how far decided (by decision, by reviewer, unassigned,
// overdue), the items the reader may see, and for those who run it the buttons to start, remind and
// close it, the evidence pack, and the actions its revocations and changes became after closing.
import { Link, useParams } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { ProgressBar } from '../../../components/Meter';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { BulletList, Heading, Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { evidencePath, type Review, type ReviewAction, type ReviewItem, useCloseReview, useReview, useReviewActions, useReviewItems, useSendReminders, useStartReview } from '../api/reviews';
import { myItemsPage, reviewsPage } from '../components/links';
import { REVIEW_PERMISSIONS, REVIEWS_REFUSED } from '../components/permissions';
import { dayWords, DECISION_WORDS, plural, reviewerWords, scopeWords, STATE_WORDS, VIA_WORDS } from '../components/words';

export function ReviewPage() {
  const orgId = useOrgId();
  const reviewId = useParams().reviewId ?? '';
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, REVIEW_PERMISSIONS.read);
  const review = useReview(orgId, reviewId, { enabled: readable });
  usePageTitle(review.data?.name ?? 'Access review', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={REVIEWS_REFUSED} />;
  if (review.isPending) return <Loading>Loading the review…</Loading>;
  if (review.isError) return <PageProblem error={review.error} />;
  const manages = can(organisation.data, REVIEW_PERMISSIONS.manage);
  return <Campaign orgId={orgId} review={review.data} caption={organisation.data.name} manages={manages} />;
}

function Campaign({ orgId, review, caption, manages }: { orgId: string; review: Review; caption: string; manages: boolean }) {
  const state = STATE_WORDS[review.state];
  return (
    <>
      <PageHeading caption={caption}>{review.name}</PageHeading>
      <Paragraph>
        <Tag colour={state.colour}>{state.text}</Tag> <Link to={reviewsPage(orgId)}>All access reviews</Link>
      </Paragraph>
      <SummaryList
        rows={[
          { key: 'Scope', value: scopeWords(review.scope) },
          { key: 'Who reviews', value: reviewerWords(review) },
          { key: 'Due', value: dayWords(review.dueOn) },
          { key: 'Started', value: review.startedAt ? `${formatDateTime(review.startedAt)} by ${review.startedBy?.name ?? 'someone no longer here'}` : 'Not yet' },
          ...(review.closedAt ? [{ key: 'Closed', value: formatDateTime(review.closedAt) }] : []),
        ]}
      />
      {manages && <Controls orgId={orgId} review={review} />}
      {review.state !== 'draft' && <Figures review={review} />}
      {review.state === 'open' && (
        <Paragraph>
          <Link to={myItemsPage(orgId)}>Decide the accounts you review</Link>
        </Paragraph>
      )}
      {review.state !== 'draft' && review.seesAll && <Evidence orgId={orgId} review={review} />}
      {review.state === 'closed' && <Actions orgId={orgId} reviewId={review.id} />}
      {review.state !== 'draft' && <Items orgId={orgId} review={review} />}
    </>
  );
}

function Controls({ orgId, review }: { orgId: string; review: Review }) {
  const start = useStartReview(orgId, review.id);
  const close = useCloseReview(orgId, review.id);
  const remind = useSendReminders(orgId, review.id);
  const problems = formProblems(start.error ?? close.error ?? remind.error, {});
  const reminded = remind.data;
  if (review.state === 'closed') return null;
  return (
    <section aria-labelledby="review-controls">
      <Heading id="review-controls" spaceAbove>
        Run the review
      </Heading>
      <ProblemSummary problems={problems} />
      {review.state === 'draft' ? (
        <>
          <Paragraph>Starting it copies the accounts in scope today into the review, each with its reviewer.</Paragraph>
          <Button type="button" busy={start.isPending} onClick={() => start.mutate(review.version)}>
            Start the review
          </Button>
        </>
      ) : (
        <>
          <ButtonGroup>
            <Button type="button" variant="secondary" busy={remind.isPending} onClick={() => remind.mutate(undefined)}>
              Send reminders
            </Button>
            <ConfirmStep
              ask="Close the review"
              confirm="Close it now"
              keep="Keep it open"
              busy={close.isPending}
              onConfirm={() => close.mutate(review.version)}
            />
          </ButtonGroup>
          <Paragraph>
            Closing it keeps every decision as made; undecided accounts stay undecided and the evidence says so. Each revoke and change becomes an action.
          </Paragraph>
          {reminded && (
            <Announce>
              <Paragraph>
                {reminded.skipped === 'not-configured'
                  ? 'No reminders were sent: email is not set up for this installation.'
                  : `${plural(reminded.emailed, 'reviewer')} emailed about ${plural(reminded.items, 'outstanding account')}${reminded.alreadyToday > 0 ? `; ${plural(reminded.alreadyToday, 'reviewer')} already reminded today` : ''}.`}
              </Paragraph>
            </Announce>
          )}
        </>
      )}
    </section>
  );
}

function Figures({ review }: { review: Review }) {
  const figures = review.figures;
  return (
    <section aria-labelledby="review-figures">
      <Heading id="review-figures" spaceAbove>
        {review.seesAll ? 'How far it has got' : 'Your accounts in it'}
      </Heading>
      <ProgressBar value={figures.decided} max={figures.items}>
        {figures.percentDecided}% decided ({figures.decided} of {figures.items})
      </ProgressBar>
      <SummaryList
        rows={[
          { key: 'Decided', value: String(figures.decided) },
          { key: 'Outstanding', value: String(figures.outstanding) },
          { key: 'Kept', value: String(figures.byDecision.keep) },
          { key: 'Revoked', value: String(figures.byDecision.revoke) },
          { key: 'Changed', value: String(figures.byDecision.change) },
          { key: 'Unassigned', value: `${figures.unassigned} (the rule found no reviewer; they came to the person who started it)` },
          { key: 'Overdue', value: String(figures.overdue) },
        ]}
      />
      {figures.byReviewer.length > 0 && (
        <Table<Review['figures']['byReviewer'][number]>
          caption="By reviewer"
          captionSize="s"
          rows={figures.byReviewer}
          rowKey={(line) => line.reviewer.id}
          columns={[
            { header: 'Reviewer', rowHeader: true, cell: (line) => line.reviewer.name },
            { header: 'Accounts', cell: (line) => line.items },
            { header: 'Outstanding', cell: (line) => line.outstanding },
            { header: 'Unassigned', cell: (line) => line.unassigned },
          ]}
        />
      )}
    </section>
  );
}

function Evidence({ orgId, review }: { orgId: string; review: Review }) {
  return (
    <section aria-labelledby="review-evidence">
      <Heading id="review-evidence" spaceAbove>
        Evidence pack
      </Heading>
      <Paragraph>Each account as it stood, its reviewer, the decision and reason, the figures and the actions, in either format.</Paragraph>
      <BulletList>
        <li>
          <a href={evidencePath(orgId, review.id, 'xlsx')} download>
            Download the evidence pack (XLSX)
          </a>
        </li>
        <li>
          <a href={evidencePath(orgId, review.id, 'pdf')} download>
            Download the evidence pack (PDF)
          </a>
        </li>
      </BulletList>
    </section>
  );
}

function Actions({ orgId, reviewId }: { orgId: string; reviewId: string }) {
  const actions = useReviewActions(orgId, reviewId);
  return (
    <section aria-labelledby="review-actions">
      <Heading id="review-actions" spaceAbove>
        Actions
      </Heading>
      {actions.isPending && <Loading>Loading the actions…</Loading>}
      {actions.isError && <SectionProblem error={actions.error} what="The actions" />}
      {actions.data &&
        (actions.data.items.length === 0 ? (
          <Paragraph>No account was revoked or changed, so there is nothing to follow up.</Paragraph>
        ) : (
          <Table<ReviewAction>
            caption="Revocations and changes to follow up"
            captionHidden
            rows={actions.data.items}
            rowKey={(action) => action.id}
            columns={[
              { header: 'Account', rowHeader: true, cell: (action) => `${action.account.name} (${action.account.directoryName})` },
              { header: 'Action', cell: (action) => DECISION_WORDS[action.decision].text },
              { header: 'Reason', width: 'one-quarter', cell: (action) => action.reason },
              { header: 'Owner', cell: (action) => action.owner?.name ?? 'Nobody' },
              { header: 'Due', cell: (action) => dayWords(action.dueOn) },
              {
                header: 'State',
                cell: (action) => (action.state === 'open' ? <Tag colour="blue">Open</Tag> : <Tag colour="green">Closed</Tag>),
              },
            ]}
          />
        ))}
    </section>
  );
}

function Items({ orgId, review }: { orgId: string; review: Review }) {
  const items = useReviewItems(orgId, review.id, 'all');
  return (
    <section aria-labelledby="review-items">
      <Heading id="review-items" spaceAbove>
        {review.seesAll ? 'Accounts' : 'Your accounts'}
      </Heading>
      {items.isPending && <Loading>Loading the accounts…</Loading>}
      {items.isError && <SectionProblem error={items.error} what="The accounts" />}
      {items.data && (
        <Table<ReviewItem>
          caption={`Accounts in “${review.name}”`}
          captionHidden
          rows={items.data.items}
          rowKey={(item) => item.id}
          columns={[
            { header: 'Account', rowHeader: true, cell: (item) => item.account.name },
            { header: 'Owner', cell: (item) => item.owner?.name ?? item.owner?.employeeNumber ?? 'Nobody in the staff register' },
            { header: 'Reviewer', cell: (item) => `${item.reviewer.name} (${VIA_WORDS[item.reviewerVia]})` },
            { header: 'Decision', cell: (item) => (item.decision ? DECISION_WORDS[item.decision].text : 'Outstanding') },
            { header: 'Reason', width: 'one-quarter', cell: (item) => item.reason ?? '' },
            { header: 'Decided', cell: (item) => (item.decidedAt ? `${formatDateTime(item.decidedAt)} by ${item.decidedBy?.name ?? 'someone'}` : 'Not yet') },
          ]}
        />
      )}
    </section>
  );
}
