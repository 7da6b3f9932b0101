// Error boundaries. A page that fails to render shows a plain explanation inside the shell; if the
// shell itself fails, a page with just the NHS header and footer is drawn instead.
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Footer } from '../../components/Footer';
import { Header } from '../../components/Header';
import { PageBody } from '../../components/Layout';
import { PageHeading } from '../../components/PageHeading';
import { SkipLink } from '../../components/SkipLink';
import { isApiError } from '../../lib/api-client';
import { SERVICE_NAME, usePageTitleWhile } from '../../lib/page-title';
import { NotFoundPage } from './NotFoundPage';
import { Paragraph } from '../../components/Typography';

function ErrorContent() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  usePageTitleWhile(!notFound, 'Sorry, there is a problem');
  if (notFound) return <NotFoundPage />;
  // Shown to the console for whoever investigates; the person sees words, not a stack trace.
  console.error(error);
  return (
    <>
      <PageHeading>Sorry, there is a problem with Bulwark</PageHeading>
      <Paragraph>{isApiError(error) ? error.detail : 'This page could not be shown.'}</Paragraph>
      <Paragraph>
        Try again later, or <Link to="/">go to the Bulwark home page</Link>.
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
      <Header serviceName={SERVICE_NAME} serviceHref="/" />
      <PageBody>
        <ErrorContent />
      </PageBody>
      <Footer links={[{ to: '/api-docs', text: 'API documentation' }]} copyright="Bulwark: open-source cyber resilience for health and care" />
    </>
  );
}
