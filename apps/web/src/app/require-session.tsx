import { Suspense, useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { SessionContext, useSession } from '../features/auth/session.ts';
import { ApiError } from '../lib/api-client.ts';
import { PageLoading } from '../components/page-loading.tsx';
import { lazyNamed } from '../lib/lazy-named.ts';

/** Loaded only when needed (kept out of the login route's JS); the service worker precaches it for offline starts. */
export const OfflineShell = lazyNamed(() => import('./offline-shell.tsx'), 'OfflineShell');
/** A limited session (one-time password to change, second factor to enrol) sees only this screen. */
const CompleteSignIn = lazyNamed(() => import('../features/auth/complete-sign-in.tsx'), 'CompleteSignIn');

/**
 * Signed-out visitors go to /login; the path (never a query string) is kept to return to. Without a connection
 * the session cannot be checked: that is not a sign-out, so the offline state shows instead (with `offline`, the
 * pages that work without the server, e.g. the grid worker's drafts) until the check can run again.
 */
export function RequireSession({ children, offline }: { children: ReactNode; offline?: ReactNode }) {
  const { data, isPending, fetchStatus, error, refetch } = useSession();
  const location = useLocation();
  // The network is back: check again (an unanswered check is not retried by itself).
  useEffect(() => {
    if (data) return undefined;
    const again = () => void refetch();
    window.addEventListener('online', again);
    return () => window.removeEventListener('online', again);
  }, [data, refetch]);
  if (data)
    return (
      <SessionContext value={data}>
        {data.restriction ? (
          <Suspense fallback={<PageLoading />}>
            <CompleteSignIn />
          </Suspense>
        ) : (
          children
        )}
      </SessionContext>
    );
  if (fetchStatus === 'paused' || (error instanceof ApiError && error.code === 'NETWORK'))
    return <Suspense fallback={<PageLoading />}>{offline ?? <OfflineShell />}</Suspense>;
  if (isPending) return <PageLoading />;
  return <Navigate to="/login" replace state={{ from: location.pathname }} />;
}
