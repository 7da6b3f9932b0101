// Every page and where it lives. Features provide pages; the app decides the URLs and composes
// pages that draw on several features (the organisation home, and the pages in routes/*-pages.tsx,
// which pass one feature's sections into another's page: features never import each other).
import { createBrowserRouter, Navigate } from 'react-router';
import { lazyPage } from './lazy-page';
import { NotFoundPage } from './routes/NotFoundPage';
import { PageError, StandaloneError } from './routes/RouteError';
import { HomeRedirect } from './routes/HomeRedirect';
import { RequireSignIn } from './RequireSignIn';
import { Shell } from './Shell';

// Each feature is its own chunk, fetched the first time one of its pages is shown (the shell shows
// a loading message meanwhile). Code shared by several features lands in shared chunks.
const alerts = () => import('../features/alerts');
const apiDocs = () => import('../features/api-docs');
const assessments = () => import('../features/assessments');
const assessmentMaturity = () => import('../features/assessments/maturity');
const audit = () => import('../features/audit');
const auth = () => import('../features/auth');
const catalogues = () => import('../features/catalogues');
const vulnerabilities = () => import('../features/vulnerabilities');
const cyberAlerts = () => import('../features/cyber-alerts');
const evidence = () => import('../features/evidence');
const exercises = () => import('../features/exercises');
const incidents = () => import('../features/incidents');
const incidentMetrics = () => import('../features/incident-metrics');
const informationAssets = () => import('../features/information-assets');
const organisations = () => import('../features/organisations');
const people = () => import('../features/people');
const sso = () => import('../features/sso');
const workforce = () => import('../features/workforce');
const accessReviews = () => import('../features/access-reviews');

const AccountPage = lazyPage(() => import('./routes/account-pages'), (page) => page.AccountPage);
const ReviewsPage = lazyPage(accessReviews, (feature) => feature.ReviewsPage);
const NewReviewPage = lazyPage(accessReviews, (feature) => feature.NewReviewPage);
const MyReviewItemsPage = lazyPage(accessReviews, (feature) => feature.MyReviewItemsPage);
const AccessReviewPage = lazyPage(accessReviews, (feature) => feature.ReviewPage);
const StaffRegisterPage = lazyPage(workforce, (feature) => feature.StaffRegisterPage);
const StaffChangesPage = lazyPage(workforce, (feature) => feature.StaffChangesPage);
const StaffPersonPage = lazyPage(workforce, (feature) => feature.PersonPage);
const TrainingCompliancePage = lazyPage(workforce, (feature) => feature.TrainingCompliancePage);
const UnmatchedCompletionsPage = lazyPage(workforce, (feature) => feature.UnmatchedCompletionsPage);
const DirectoryFindingsPage = lazyPage(workforce, (feature) => feature.DirectoryFindingsPage);
const DirectoryAccountsPage = lazyPage(workforce, (feature) => feature.DirectoryAccountsPage);
const AlertReportPage = lazyPage(alerts, (feature) => feature.AlertReportPage);
const ImportAlertsPage = lazyPage(alerts, (feature) => feature.ImportAlertsPage);
const AlertSettingsPage = lazyPage(alerts, (feature) => feature.AlertSettingsPage);
const AlertActionsPage = lazyPage(alerts, (feature) => feature.AlertActionsPage);
const ApiDocsPage = lazyPage(apiDocs, (feature) => feature.ApiDocsPage);
const AssessmentsPage = lazyPage(assessments, (feature) => feature.AssessmentsPage);
const NewAssessmentPage = lazyPage(assessments, (feature) => feature.NewAssessmentPage);
const WorkspacePage = lazyPage(assessments, (feature) => feature.WorkspacePage);
const OutcomePage = lazyPage(assessments, (feature) => feature.OutcomePage);
const AuditPage = lazyPage(audit, (feature) => feature.AuditPage);
const HeatmapPage = lazyPage(assessmentMaturity, (feature) => feature.HeatmapPage);
const ComparisonPage = lazyPage(assessmentMaturity, (feature) => feature.ComparisonPage);
const ReviewPage = lazyPage(assessmentMaturity, (feature) => feature.ReviewPage);
const TrendPage = lazyPage(assessmentMaturity, (feature) => feature.TrendPage);
const SignInPage = lazyPage(() => import('./routes/auth-pages'), (page) => page.SignInPage);
const SecondFactorPage = lazyPage(() => import('./routes/auth-pages'), (page) => page.SecondFactorPage);
const AcceptInvitationPage = lazyPage(auth, (feature) => feature.AcceptInvitationPage);
const ResetPasswordPage = lazyPage(auth, (feature) => feature.ResetPasswordPage);
const ForgottenPasswordPage = lazyPage(auth, (feature) => feature.ForgottenPasswordPage);
const CataloguesPage = lazyPage(catalogues, (feature) => feature.CataloguesPage);
const CataloguePage = lazyPage(catalogues, (feature) => feature.CataloguePage);
const CrosswalkPage = lazyPage(catalogues, (feature) => feature.CrosswalkPage);
const ExpectedLevelsPage = lazyPage(catalogues, (feature) => feature.ExpectedLevelsPage);
const ImportCataloguePage = lazyPage(catalogues, (feature) => feature.ImportCataloguePage);
const NodePage = lazyPage(catalogues, (feature) => feature.NodePage);
const KevPage = lazyPage(vulnerabilities, (feature) => feature.KevPage);
const ExposurePage = lazyPage(vulnerabilities, (feature) => feature.ExposurePage);
const FindingsPage = lazyPage(vulnerabilities, (feature) => feature.FindingsPage);
const FindingPage = lazyPage(vulnerabilities, (feature) => feature.FindingPage);
const DeadlinesPage = lazyPage(vulnerabilities, (feature) => feature.DeadlinesPage);
const EndOfSupportPage = lazyPage(vulnerabilities, (feature) => feature.EndOfSupportPage);
const CyberAlertsPage = lazyPage(cyberAlerts, (feature) => feature.CyberAlertsPage);
const RecordCyberAlertPage = lazyPage(cyberAlerts, (feature) => feature.RecordCyberAlertPage);
const CyberAlertPage = lazyPage(cyberAlerts, (feature) => feature.CyberAlertPage);
const EvidenceLibraryPage = lazyPage(evidence, (feature) => feature.EvidenceLibraryPage);
const AddEvidencePage = lazyPage(evidence, (feature) => feature.AddEvidencePage);
const EvidenceItemPage = lazyPage(evidence, (feature) => feature.EvidenceItemPage);
const ExercisesPage = lazyPage(exercises, (feature) => feature.ExercisesPage);
const PlanExercisePage = lazyPage(exercises, (feature) => feature.PlanExercisePage);
const ExercisePage = lazyPage(exercises, (feature) => feature.ExercisePage);
const ExerciseActionsPage = lazyPage(exercises, (feature) => feature.ExerciseActionsPage);
const ExerciseComparisonPage = lazyPage(exercises, (feature) => feature.ExerciseComparisonPage);
const IncidentRegisterPage = lazyPage(incidents, (feature) => feature.IncidentRegisterPage);
const IncidentBoardPage = lazyPage(incidents, (feature) => feature.IncidentBoardPage);
const NewIncidentPage = lazyPage(incidents, (feature) => feature.NewIncidentPage);
const IncidentPage = lazyPage(incidents, (feature) => feature.IncidentPage);
const IncidentMetricsPage = lazyPage(incidentMetrics, (feature) => feature.IncidentMetricsPage);
const IncidentSettingsPage = lazyPage(incidentMetrics, (feature) => feature.IncidentSettingsPage);
const NotificationsPage = lazyPage(incidentMetrics, (feature) => feature.NotificationsPage);
const AssetRegisterPage = lazyPage(informationAssets, (feature) => feature.AssetRegisterPage);
const RiskFlagsPage = lazyPage(informationAssets, (feature) => feature.RiskFlagsPage);
const NewAssetPage = lazyPage(informationAssets, (feature) => feature.NewAssetPage);
const AssetPage = lazyPage(() => import('./routes/asset-pages'), (page) => page.AssetPage);
const ChangeAssetPage = lazyPage(informationAssets, (feature) => feature.ChangeAssetPage);
const SuppliersPage = lazyPage(informationAssets, (feature) => feature.SuppliersPage);
const NewSupplierPage = lazyPage(informationAssets, (feature) => feature.NewSupplierPage);
const SupplierPage = lazyPage(informationAssets, (feature) => feature.SupplierPage);
const ChangeSupplierPage = lazyPage(informationAssets, (feature) => feature.ChangeSupplierPage);
const RegisterActionsPage = lazyPage(informationAssets, (feature) => feature.RegisterActionsPage);
const DataFlowsPage = lazyPage(informationAssets, (feature) => feature.DataFlowsPage);
const DataFlowMapPage = lazyPage(informationAssets, (feature) => feature.DataFlowMapPage);
const NewDataFlowPage = lazyPage(informationAssets, (feature) => feature.NewDataFlowPage);
const DataFlowPage = lazyPage(informationAssets, (feature) => feature.DataFlowPage);
const ChangeDataFlowPage = lazyPage(informationAssets, (feature) => feature.ChangeDataFlowPage);
const RecordsOfProcessingPage = lazyPage(informationAssets, (feature) => feature.RecordsOfProcessingPage);
const ChangeRopaDetailsPage = lazyPage(informationAssets, (feature) => feature.ChangeRopaDetailsPage);
const DpiasPage = lazyPage(informationAssets, (feature) => feature.DpiasPage);
const NewDpiaPage = lazyPage(informationAssets, (feature) => feature.NewDpiaPage);
const DpiaPage = lazyPage(informationAssets, (feature) => feature.DpiaPage);
const ChangeDpiaPage = lazyPage(informationAssets, (feature) => feature.ChangeDpiaPage);
const DpiaScreeningPage = lazyPage(informationAssets, (feature) => feature.DpiaScreeningPage);
const DpiaRisksPage = lazyPage(informationAssets, (feature) => feature.DpiaRisksPage);
const DpiaLinksPage = lazyPage(informationAssets, (feature) => feature.DpiaLinksPage);
const DpiaAdvicePage = lazyPage(informationAssets, (feature) => feature.DpiaAdvicePage);
const DpiaSignOffPage = lazyPage(informationAssets, (feature) => feature.DpiaSignOffPage);
const SetUpMfaPage = lazyPage(() => import('./routes/mfa-pages'), (page) => page.SetUpMfaPage);
const OrganisationsPage = lazyPage(organisations, (feature) => feature.OrganisationsPage);
const SettingsPage = lazyPage(organisations, (feature) => feature.SettingsPage);
const ApiTokensPage = lazyPage(organisations, (feature) => feature.ApiTokensPage);
const ImportOrganisationsPage = lazyPage(organisations, (feature) => feature.ImportOrganisationsPage);
const PeoplePage = lazyPage(people, (feature) => feature.PeoplePage);
const AddPersonPage = lazyPage(people, (feature) => feature.AddPersonPage);
const InvitePersonPage = lazyPage(people, (feature) => feature.InvitePersonPage);
const PersonPage = lazyPage(() => import('./routes/people-pages'), (page) => page.PersonPage);
const SingleSignOnPage = lazyPage(sso, (feature) => feature.SingleSignOnPage);
// The organisation home composes several features, so it is a page of the app's own.
const OrgHomePage = lazyPage(() => import('./routes/OrgHomePage'), (page) => page.OrgHomePage);

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
                { path: 'notifications', element: <NotificationsPage /> },
                { path: 'catalogues', element: <CataloguesPage /> },
                { path: 'catalogues/import', element: <ImportCataloguePage /> },
                { path: 'catalogues/:key/:version', element: <CataloguePage /> },
                { path: 'catalogues/:key/:version/nodes/:ref', element: <NodePage /> },
                { path: 'crosswalks', element: <CrosswalkPage /> },
                { path: 'known-exploited-vulnerabilities', element: <KevPage /> },
                {
                  path: 'orgs/:orgId',
                  children: [
                    { index: true, element: <OrgHomePage /> },
                    { path: 'organisations', element: <OrganisationsPage /> },
                    { path: 'organisations/import', element: <ImportOrganisationsPage /> },
                    { path: 'settings', element: <SettingsPage /> },
                    { path: 'single-sign-on', element: <SingleSignOnPage /> },
                    { path: 'tokens', element: <ApiTokensPage /> },
                    { path: 'people', element: <PeoplePage /> },
                    { path: 'people/new', element: <AddPersonPage /> },
                    { path: 'people/invite', element: <InvitePersonPage /> },
                    { path: 'people/:userId', element: <PersonPage /> },
                    { path: 'audit', element: <AuditPage /> },
                    { path: 'assessments', element: <AssessmentsPage /> },
                    { path: 'assessments/new', element: <NewAssessmentPage /> },
                    { path: 'assessments/:assessmentId', element: <WorkspacePage /> },
                    { path: 'assessments/:assessmentId/outcomes/:ref', element: <OutcomePage /> },
                    { path: 'evidence', element: <EvidenceLibraryPage /> },
                    { path: 'evidence/new', element: <AddEvidencePage /> },
                    { path: 'evidence/:id', element: <EvidenceItemPage /> },
                    { path: 'incidents', element: <IncidentRegisterPage /> },
                    { path: 'incidents/board', element: <IncidentBoardPage /> },
                    { path: 'incidents/new', element: <NewIncidentPage /> },
                    { path: 'incidents/:id', element: <IncidentPage /> },
                    { path: 'exercises', element: <ExercisesPage /> },
                    { path: 'exercises/new', element: <PlanExercisePage /> },
                    { path: 'exercises/actions', element: <ExerciseActionsPage /> },
                    { path: 'exercises/compared', element: <ExerciseComparisonPage /> },
                    { path: 'exercises/:id', element: <ExercisePage /> },
                    { path: 'frameworks/:catalogue/expected-levels', element: <ExpectedLevelsPage /> },
                    { path: 'assessments/:assessmentId/heatmap', element: <HeatmapPage /> },
                    { path: 'assessments/:assessmentId/compare', element: <ComparisonPage /> },
                    { path: 'assessments/:assessmentId/review', element: <ReviewPage /> },
                    { path: 'assessment-trend/:catalogueKey', element: <TrendPage /> },
                    // Static segments, so they win over an incident's own page (incidents/:id).
                    { path: 'incidents/metrics', element: <IncidentMetricsPage /> },
                    { path: 'incidents/settings', element: <IncidentSettingsPage /> },
                    { path: 'alerts', element: <AlertReportPage /> },
                    { path: 'cyber-alerts', element: <CyberAlertsPage /> },
                    { path: 'cyber-alerts/new', element: <RecordCyberAlertPage /> },
                    { path: 'cyber-alerts/:alertId', element: <CyberAlertPage /> },
                    { path: 'alerts/import', element: <ImportAlertsPage /> },
                    { path: 'alerts/settings', element: <AlertSettingsPage /> },
                    { path: 'alerts/actions', element: <AlertActionsPage /> },
                    { path: 'vulnerability-exposure', element: <ExposurePage /> },
                    { path: 'vulnerability-findings', element: <FindingsPage /> },
                    { path: 'vulnerability-findings/:findingId', element: <FindingPage /> },
                    { path: 'remediation-deadlines', element: <DeadlinesPage /> },
                    { path: 'end-of-support', element: <EndOfSupportPage /> },
                    // Static segments (new, flags, actions, map) win over a record's own page (assets/:id).
                    { path: 'assets', element: <AssetRegisterPage /> },
                    { path: 'assets/flags', element: <RiskFlagsPage /> },
                    { path: 'assets/actions', element: <RegisterActionsPage /> },
                    { path: 'assets/new', element: <NewAssetPage /> },
                    { path: 'assets/:id', element: <AssetPage /> },
                    { path: 'assets/:id/change', element: <ChangeAssetPage /> },
                    { path: 'suppliers', element: <SuppliersPage /> },
                    { path: 'suppliers/new', element: <NewSupplierPage /> },
                    { path: 'suppliers/:id', element: <SupplierPage /> },
                    { path: 'suppliers/:id/change', element: <ChangeSupplierPage /> },
                    { path: 'data-flows', element: <DataFlowsPage /> },
                    { path: 'data-flows/map', element: <DataFlowMapPage /> },
                    { path: 'data-flows/new', element: <NewDataFlowPage /> },
                    { path: 'data-flows/:id', element: <DataFlowPage /> },
                    { path: 'data-flows/:id/change', element: <ChangeDataFlowPage /> },
                    { path: 'ropa', element: <RecordsOfProcessingPage /> },
                    { path: 'ropa/details/change', element: <ChangeRopaDetailsPage /> },
                    { path: 'dpias', element: <DpiasPage /> },
                    { path: 'dpias/new', element: <NewDpiaPage /> },
                    { path: 'dpias/:id', element: <DpiaPage /> },
                    { path: 'dpias/:id/change', element: <ChangeDpiaPage /> },
                    { path: 'dpias/:id/screening', element: <DpiaScreeningPage /> },
                    { path: 'dpias/:id/risks', element: <DpiaRisksPage /> },
                    { path: 'dpias/:id/links', element: <DpiaLinksPage /> },
                    { path: 'dpias/:id/advice', element: <DpiaAdvicePage /> },
                    { path: 'dpias/:id/sign-off', element: <DpiaSignOffPage /> },
                    // Static segments (changes) win over a person's own page (staff/:employeeNumber).
                    { path: 'staff', element: <StaffRegisterPage /> },
                    { path: 'staff/changes', element: <StaffChangesPage /> },
                    { path: 'staff/:employeeNumber', element: <StaffPersonPage /> },
                    { path: 'training', element: <TrainingCompliancePage /> },
                    { path: 'training/unmatched', element: <UnmatchedCompletionsPage /> },
                    // The organisation switcher keeps the first segment of the path: the directory opens on its findings.
                    { path: 'directory', element: <Navigate to="findings" replace /> },
                    { path: 'directory/findings', element: <DirectoryFindingsPage /> },
                    { path: 'directory/accounts', element: <DirectoryAccountsPage /> },
                    // Static segments (new, mine) win over a campaign's own page (reviews/:reviewId).
                    { path: 'reviews', element: <ReviewsPage /> },
                    { path: 'reviews/new', element: <NewReviewPage /> },
                    { path: 'reviews/mine', element: <MyReviewItemsPage /> },
                    { path: 'reviews/:reviewId', element: <AccessReviewPage /> },
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
