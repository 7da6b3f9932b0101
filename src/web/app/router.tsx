// Every page and where it lives. Features provide pages; the app decides the URLs and composes
// pages that draw on several features (the organisation home).
import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/account';
import { ApiDocsPage } from '../features/api-docs';
import { AuditPage } from '../features/audit';
import { AcceptInvitationPage, ForgottenPasswordPage, ResetPasswordPage, SecondFactorPage, SignInPage } from '../features/auth';
import { CataloguePage, CataloguesPage, CrosswalkPage, ExpectedLevelsPage } from '../features/catalogues';
import { SetUpMfaPage } from '../features/mfa';
import { ApiTokensPage, OrganisationsPage, SettingsPage } from '../features/organisations';
import { AddPersonPage, InvitePersonPage, PeoplePage, PersonPage } from '../features/people';
import { SingleSignOnPage } from '../features/sso';
import { NotFoundPage } from './routes/NotFoundPage';
import { OrgHomePage } from './routes/OrgHomePage';
import { PageError, StandaloneError } from './routes/RouteError';
import { HomeRedirect } from './routes/HomeRedirect';
import { RequireSignIn } from './RequireSignIn';
import { Shell } from './Shell';

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <Shell />,
      // Only if the shell itself fails; page failures are shown inside the shell (below).
      errorElement: <StandaloneError />,
      children: [
        {
          errorElement: <PageError />,
          children: [
            { path: 'sign-in', element: <SignInPage /> },
            { path: 'forgotten-password', element: <ForgottenPasswordPage /> },
            { path: 'api-docs', element: <ApiDocsPage /> },
            // Reached from a link an administrator sent: the token is in the fragment.
            { path: 'accept-invitation', element: <AcceptInvitationPage /> },
            { path: 'reset-password', element: <ResetPasswordPage /> },
            // The steps of signing in after the password, each open only to a session at that step.
            {
              element: <RequireSignIn stages={['second-factor']} />,
              children: [{ path: 'sign-in/second-factor', element: <SecondFactorPage /> }],
            },
            {
              element: <RequireSignIn stages={['enrolment', 'complete']} />,
              children: [{ path: 'set-up-mfa', element: <SetUpMfaPage /> }],
            },
            {
              element: <RequireSignIn />,
              children: [
                { index: true, element: <HomeRedirect /> },
                { path: 'account', element: <AccountPage /> },
                { path: 'catalogues', element: <CataloguesPage /> },
                { path: 'catalogues/:key/:version', element: <CataloguePage /> },
                { path: 'crosswalks', element: <CrosswalkPage /> },
                {
                  path: 'orgs/:orgId',
                  children: [
                    { index: true, element: <OrgHomePage /> },
                    { path: 'organisations', element: <OrganisationsPage /> },
                    { path: 'settings', element: <SettingsPage /> },
                    { path: 'single-sign-on', element: <SingleSignOnPage /> },
                    { path: 'tokens', element: <ApiTokensPage /> },
                    { path: 'people', element: <PeoplePage /> },
                    { path: 'people/new', element: <AddPersonPage /> },
                    { path: 'people/invite', element: <InvitePersonPage /> },
                    { path: 'people/:userId', element: <PersonPage /> },
                    { path: 'audit', element: <AuditPage /> },
                    { path: 'frameworks/:catalogue/expected-levels', element: <ExpectedLevelsPage /> },
                  ],
                },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
