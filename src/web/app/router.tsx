// Every page and where it lives. Features provide pages; the app decides the URLs and composes
// pages that draw on several features (the organisation home).
import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/account';
import { ApiDocsPage } from '../features/api-docs';
import { AuditPage } from '../features/audit';
import { SignInPage } from '../features/auth';
import { OrganisationsPage, SettingsPage } from '../features/organisations';
import { AddPersonPage, PeoplePage, PersonPage } from '../features/people';
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
            { path: 'api-docs', element: <ApiDocsPage /> },
            {
              element: <RequireSignIn />,
              children: [
                { index: true, element: <HomeRedirect /> },
                { path: 'account', element: <AccountPage /> },
                {
                  path: 'orgs/:orgId',
                  children: [
                    { index: true, element: <OrgHomePage /> },
                    { path: 'organisations', element: <OrganisationsPage /> },
                    { path: 'settings', element: <SettingsPage /> },
                    { path: 'people', element: <PeoplePage /> },
                    { path: 'people/new', element: <AddPersonPage /> },
                    { path: 'people/:userId', element: <PersonPage /> },
                    { path: 'audit', element: <AuditPage /> },
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
