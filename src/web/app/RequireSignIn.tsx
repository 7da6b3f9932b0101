// Pages below this need a signed-in person; anyone else is sent to sign in and brought back after.
import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading, PageProblem } from '../components/Status';
import { useMe } from '../lib/session';

export function RequireSignIn() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <PageProblem error={me.error} />;
  if (!me.data) {
    const returnTo = `${location.pathname}${location.search}`;
    const search = returnTo === '/' ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
    return <Navigate to={`/sign-in${search}`} replace />;
  }
  return <Outlet />;
}
