// What a person sees when an invitation or reset link cannot be used: the API's reason (used,
// expired, withdrawn, not valid) and what to do about it.
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { usePageTitle } from '../../../lib/page-title';

export function LinkProblem({ error }: { error: unknown }) {
  usePageTitle('This link cannot be used');
  // A 404 or 409 says why in words (used, expired, withdrawn, not valid); anything else is a fault.
  const reason = error === 'missing'
    ? 'The link is not complete. Copy all of it, including the part after the # sign, into your browser’s address bar.'
    : isApiError(error)
      ? error.detail
      : 'Try again later.';
  return (
    <>
      <PageHeading>This link cannot be used</PageHeading>
      <Paragraph>{reason}</Paragraph>
      <Paragraph>
        If you already have an account, you can <Link to="/sign-in">sign in</Link>.
      </Paragraph>
    </>
  );
}
