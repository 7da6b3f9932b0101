// Any address Bulwark does not have.
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../lib/page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p className="nhsuk-body">If you typed the web address, check it is correct.</p>
      <p className="nhsuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="nhsuk-body">
        <Link to="/">Go to the Bulwark home page</Link>
      </p>
    </>
  );
}
