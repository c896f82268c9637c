import { createContext, useContext } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Permission, SessionView } from '@jishi/shared';
import { api, ApiError, setCsrfToken } from '../../lib/api-client.ts';
// grid governance: offline data kept on a shared phone belongs to the user whose session stored it
import { claimDevice } from '../grid/outbox-store.ts';

export const SESSION_KEY = ['session'] as const;

/**
 * A session confirmed or just begun (session check, staff or portal sign-in): its CSRF token is kept, and the
 * device's offline data is handed to its user (another user's is deleted first) before any page uses it.
 */
export async function adoptSession(session: SessionView): Promise<SessionView> {
  setCsrfToken(session.csrfToken);
  await claimDevice(session.user.id);
  return session;
}

/** GET /api/auth/session → the session, or null when signed out (401). */
export async function fetchSession(): Promise<SessionView | null> {
  try {
    return await adoptSession(await api<SessionView>('/api/auth/session', { allowUnauthenticated: true }));
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/**
 * The signed-in session, provided by RequireSession. Children read it from context (not the
 * query) so a sign-out never renders them with a null session before they unmount.
 */
export const SessionContext = createContext<SessionView | null>(null);

export function useRequiredSession(): SessionView {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useRequiredSession outside <RequireSession>');
  return session;
}

export function useCan(): (permission: Permission) => boolean {
  const { data } = useSession();
  return (permission) => data?.permissions.includes(permission) ?? false;
}
