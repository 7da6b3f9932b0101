// The frame around every page: skip link, header (the deployment's mark, account links, primary navigation for the
// organisation being worked in), the organisation switcher, and the footer. It also moves focus to
// the new page's heading after each client-side navigation.
import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef } from 'react';
import { useLocation, useMatch, useOutlet } from 'react-router';
import { Footer } from '../components/Footer';
import { Header, HeaderAccountButton, HeaderAccountLink, type HeaderNavigationItem } from '../components/Header';
import { PageBody } from '../components/Layout';
import { SkipLink } from '../components/SkipLink';
import { Loading } from '../components/Status';
import { useSignOut } from '../lib/sign-out';
import { can, type Organisation, organisationQueryOptions } from '../lib/current-org';
import { requestHeadingFocus } from '../lib/heading-focus';
import { deploymentIdentity, footerLine } from '../lib/identity';
import { type Me, type MyOrganisation, useMe } from '../lib/session';
import { lastOrg, rememberOrg } from './last-org';
import { OrgSwitcher } from './OrgSwitcher';
import { VisuallyHidden } from '../components/Typography';
import { NotificationsLink } from '../features/incident-metrics/header';

export function Shell() {
  const location = useLocation();
  const outlet = useOutlet();
  const meQuery = useMe();
  const me = meQuery.data ?? null;
  const orgMatch = useMatch('/orgs/:orgId/*');
  const orgIdInUrl = orgMatch?.params.orgId;
  if (orgIdInUrl) rememberOrg(orgIdInUrl);
  const remembered = lastOrg();
  // The remembered organisation may belong to whoever used this tab before: only use it if it is yours.
  const navOrgId = me?.stage === 'complete'
    ? (orgIdInUrl ?? (remembered && me.organisations.some((organisation) => organisation.id === remembered) ? remembered : me.organisations[0]?.id))
    : undefined;
  const navOrg = useQuery({ ...organisationQueryOptions(navOrgId ?? ''), enabled: Boolean(navOrgId) });
  const signOut = useSignOut();
  const identity = deploymentIdentity();

  useHeadingFocusOnNavigation(location.pathname);

  const account = me
    ? [
        // Until signing in is finished (second factor, or setting one up) only signing out is open.
        ...(me.stage === 'complete'
          ? [
              <HeaderAccountLink to="/account" icon key="me">
                <VisuallyHidden>Signed in as </VisuallyHidden>
                {me.user.name}
              </HeaderAccountLink>,
              <NotificationsLink key="notifications" />,
            ]
          : []),
        <HeaderAccountButton onClick={() => signOut.mutate()} key="sign-out">
          Sign out
        </HeaderAccountButton>,
      ]
    : meQuery.isPending || location.pathname === '/sign-in'
      ? []
      : [
          <HeaderAccountLink to="/sign-in" key="sign-in">
            Sign in
          </HeaderAccountLink>,
        ];

  const section = orgMatch?.params['*']?.split('/')[0] || undefined;

  return (
    <>
      <SkipLink />
      <Header
        identity={identity}
        serviceHref="/"
        account={account}
        navigation={navOrgId ? navigationFor(navOrgId, navOrg.data, location.pathname) : []}
      />
      <PageBody before={me && orgIdInUrl && <Switcher me={me} orgId={orgIdInUrl} organisation={navOrg.data} section={section} />}>
        {/* A new path is a new page: its state (a half-filled form for another organisation) starts
            afresh. Its code may still be on its way the first time it is shown (see lazy-page.ts):
            being new, the boundary shows its loading message at once rather than leaving the last
            page on screen under the new address. */}
        <Suspense key={location.pathname} fallback={<Loading>Loading the page…</Loading>}>
          {outlet}
        </Suspense>
      </PageBody>
      <Footer
        links={[{ to: '/api-docs', text: 'API documentation' }, ...(me?.stage === 'complete' ? [{ to: '/account', text: 'Your account' }] : [])]}
        copyright={footerLine(identity)}
      />
    </>
  );
}

function Switcher({
  me,
  orgId,
  organisation,
  section,
}: {
  me: Me;
  orgId: string;
  organisation: Organisation | undefined;
  section: string | undefined;
}) {
  let organisations: MyOrganisation[] = me.organisations;
  // A system administrator may open an organisation that is not in their own list.
  if (organisation && !organisations.some((candidate) => candidate.id === orgId)) {
    organisations = [
      {
        id: organisation.id,
        name: organisation.name,
        type: organisation.type,
        typeLabel: organisation.typeLabel,
        odsCode: organisation.odsCode,
        parentId: organisation.parentId,
        depth: 0,
        roles: organisation.roles,
        access: 'system',
      },
      ...organisations,
    ];
  }
  if (organisations.length < 2) return null;
  return (
    <div className="app-context-bar">
      <OrgSwitcher key={orgId} organisations={organisations} currentOrgId={orgId} section={section} />
    </div>
  );
}

function navigationFor(orgId: string, organisation: Organisation | undefined, pathname: string): HeaderNavigationItem[] {
  const base = `/orgs/${encodeURIComponent(orgId)}`;
  const item = (to: string, text: string, sections: string[] = [to]): HeaderNavigationItem => ({
    to,
    text,
    current: pathname === to ? 'page' : sections.some((prefix) => pathname.startsWith(`${prefix}/`) || pathname === prefix) ? 'section' : false,
  });
  const items = [item(base, 'Home', [])];
  if (can(organisation, 'assessment.read')) items.push(item(`${base}/assessments`, 'Assessments'));
  // Hide what the person may not open; the API refuses it anyway.
  if (can(organisation, 'organisation.read')) items.push(item(`${base}/organisations`, 'Organisations', [`${base}/organisations`, `${base}/settings`]));
  if (can(organisation, 'member.read')) items.push(item(`${base}/people`, 'People'));
  // The staff register, training and directory findings: one entry, opening on the first the person may read.
  const staffHome = can(organisation, 'staff.read') ? `${base}/staff` : can(organisation, 'training.read') ? `${base}/training` : can(organisation, 'directory.read') ? `${base}/directory/findings` : null;
  if (staffHome) items.push(item(staffHome, 'Staff', [`${base}/staff`, `${base}/training`, `${base}/directory`, `${base}/reviews`]));
  // Reviewers who do not read the staff register still reach the accounts they review.
  else if (can(organisation, 'review.read')) items.push(item(`${base}/reviews`, 'Access reviews'));
  if (can(organisation, 'evidence.read')) items.push(item(`${base}/evidence`, 'Evidence'));
  if (can(organisation, 'asset.read')) items.push(item(`${base}/assets`, 'Information assets', [`${base}/assets`, `${base}/suppliers`, `${base}/data-flows`]));
  if (can(organisation, 'incident.read')) items.push(item(`${base}/incidents`, 'Incidents'));
  if (can(organisation, 'exercise.read')) items.push(item(`${base}/exercises`, 'Exercises'));
  if (can(organisation, 'alert.read')) items.push(item(`${base}/alerts`, 'Alert triage'));
  if (can(organisation, 'cyber-alert.read')) items.push(item(`${base}/cyber-alerts`, 'Cyber alerts'));
  if (can(organisation, 'audit.read')) items.push(item(`${base}/audit`, 'Audit trail'));
  if (can(organisation, 'token.manage')) items.push(item(`${base}/tokens`, 'API tokens'));
  if (can(organisation, 'finding.read')) {
    items.push(item(`${base}/vulnerability-exposure`, 'Vulnerabilities', [`${base}/vulnerability-exposure`, `${base}/vulnerability-findings`, `${base}/remediation-deadlines`, `${base}/end-of-support`]));
  }
  // Reference data for everyone signed in, not tied to the organisation.
  items.push(item('/catalogues', 'Frameworks', ['/catalogues', '/crosswalks']));
  items.push(item('/known-exploited-vulnerabilities', 'Exploited vulnerabilities'));
  return items;
}

function useHeadingFocusOnNavigation(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    // A full page load starts at the top already; only client-side navigations need help.
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) heading.focus();
    else requestHeadingFocus(); // still loading: the heading takes focus when it appears
  }, [pathname]);
}
