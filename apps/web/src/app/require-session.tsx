import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { SessionContext, useSession } from '../features/auth/session.ts';
import { PageLoading } from '../components/page-loading.tsx';

/** Signed-out visitors go to /login; the path (never a query string) is kept to return to. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { data, isPending } = useSession();
  const location = useLocation();
  if (isPending) return <PageLoading />;
  if (!data) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <SessionContext value={data}>{children}</SessionContext>;
}
