// Pages below this need a signed-in person; anyone else is sent to sign in and brought back after.
// A session that has not finished signing in (it owes a second factor, or must enrol one) is sent to
// that step first, whatever page it asked for.
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { Loading, PageProblem } from '../components/Status';
import { returnToSearch, safeReturnTo } from '../lib/return-to';
import { useMe } from '../lib/session';
import { pathForStage, type SessionStageName } from '../lib/sign-in-stage';

export function RequireSignIn({ stages = ['complete'] }: { stages?: SessionStageName[] }) {
  const me = useMe();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  if (me.isPending) return <Loading />;
  if (me.isError) return <PageProblem error={me.error} />;
  // The page asked for: this one, or, on a step of signing in, the one it carries in ?returnTo.
  const here = safeReturnTo(`${location.pathname}${location.search}`);
  const returnTo = here === '/' ? safeReturnTo(searchParams.get('returnTo')) : here;
  if (!me.data) return <Navigate to={`/sign-in${returnToSearch(returnTo)}`} replace />;
  if (!stages.includes(me.data.stage)) return <Navigate to={pathForStage(me.data.stage, returnTo)} replace />;
  return <Outlet />;
}
