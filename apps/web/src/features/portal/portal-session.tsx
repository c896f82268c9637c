import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { SessionContext, useSession } from '../auth/session.ts';
import { PageLoading } from '../../components/page-loading.tsx';

/** Portal pages that need a resident's session send signed-out visitors to the portal's own sign-in. */
export function PortalRequireSession({ children }: { children: ReactNode }) {
  const { data, isPending } = useSession();
  const location = useLocation();
  if (isPending) return <PageLoading />;
  if (!data) return <Navigate to="/portal/login" replace state={{ from: location.pathname }} />;
  return <SessionContext value={data}>{children}</SessionContext>;
}
