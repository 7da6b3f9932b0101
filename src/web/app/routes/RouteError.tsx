// Error boundaries. A page that fails to render shows a plain explanation inside the shell; if the
// shell itself fails, a page with just the NHS header and footer is drawn instead.
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Footer } from '../../components/Footer';
import { Header } from '../../components/Header';
import { PageHeading } from '../../components/PageHeading';
import { SkipLink } from '../../components/SkipLink';
import { isApiError } from '../../lib/api-client';
import { SERVICE_NAME, usePageTitle } from '../../lib/page-title';
import { NotFoundPage } from './NotFoundPage';

function ErrorContent() {
  const error = useRouteError();
  usePageTitle('Sorry, there is a problem');
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  // Shown to the console for whoever investigates; the person sees words, not a stack trace.
  console.error(error);
  return (
    <>
      <PageHeading>Sorry, there is a problem with Bulwark</PageHeading>
      <p className="nhsuk-body">{isApiError(error) ? error.detail : 'This page could not be shown.'}</p>
      <p className="nhsuk-body">
        Try again later, or <Link to="/">go to the Bulwark home page</Link>.
      </p>
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
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent">
          <ErrorContent />
        </main>
      </div>
      <Footer links={[{ to: '/api-docs', text: 'API documentation' }]} copyright="Bulwark: open-source cyber resilience for health and care" />
    </>
  );
}
