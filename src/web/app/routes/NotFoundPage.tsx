// Any address Bulwark does not have.
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { deploymentIdentity } from '../../lib/identity';
import { usePageTitle } from '../../lib/page-title';
import { Paragraph } from '../../components/Typography';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <Paragraph>If you typed the web address, check it is correct.</Paragraph>
      <Paragraph>If you pasted the web address, check you copied the entire address.</Paragraph>
      <Paragraph>
        <Link to="/">Go to the {deploymentIdentity().serviceName} home page</Link>
      </Paragraph>
    </>
  );
}
