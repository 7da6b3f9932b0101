// Error boundaries. A page that fails to render shows a plain explanation inside the shell; if the
// shell itself fails, a page with just the header and footer is drawn instead.
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Footer } from '../../components/Footer';
import { Header } from '../../components/Header';
import { PageBody } from '../../components/Layout';
import { PageHeading } from '../../components/PageHeading';
import { SkipLink } from '../../components/SkipLink';
import { isApiError } from '../../lib/api-client';
import { PageCodeUnavailable } from '../lazy-page';
import { usePageTitleWhile } from '../../lib/page-title';
import { deploymentIdentity, footerLine } from '../../lib/identity';
import { NotFoundPage } from './NotFoundPage';
import { Paragraph } from '../../components/Typography';

function ErrorContent() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const codeMissing = error instanceof PageCodeUnavailable;
  const { serviceName } = deploymentIdentity();
  usePageTitleWhile(!notFound, codeMissing ? 'This page could not be loaded' : 'Sorry, there is a problem');
  if (notFound) return <NotFoundPage />;
  if (codeMissing) return <PageCodeProblem error={error} />;
  // Shown to the console for whoever investigates; the person sees words, not a stack trace.
  console.error(error);
  return (
    <>
      <PageHeading>Sorry, there is a problem with {serviceName}</PageHeading>
      <Paragraph>{isApiError(error) ? error.detail : 'This page could not be shown.'}</Paragraph>
      <Paragraph>
        Try again later, or <Link to="/">go to the {serviceName} home page</Link>.
      </Paragraph>
    </>
  );
}

/** The page's code did not arrive. Reloading is the fix whether the network dropped or Bulwark was updated. */
function PageCodeProblem({ error }: { error: PageCodeUnavailable }) {
  console.error(error.cause);
  const { serviceName } = deploymentIdentity();
  return (
    <>
      <PageHeading>This page could not be loaded</PageHeading>
      <Paragraph>Your connection may have dropped, or {serviceName} may have been updated since you opened it.</Paragraph>
      <Paragraph>
        {/* A full load, not a client-side navigation: it fetches the current version of every file. */}
        <a href={window.location.href}>Reload this page</a>, or <a href="/">go to the {serviceName} home page</a>.
      </Paragraph>
    </>
  );
}

export function PageError() {
  return <ErrorContent />;
}

export function StandaloneError() {
  return (
    <>
      <SkipLink />
      <Header identity={deploymentIdentity()} serviceHref="/" />
      <PageBody>
        <ErrorContent />
      </PageBody>
      <Footer links={[{ to: '/api-docs', text: 'API documentation' }]} copyright={footerLine(deploymentIdentity())} />
    </>
  );
}
