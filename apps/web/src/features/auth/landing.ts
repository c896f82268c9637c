/** Narrower than this (CSS px) counts as a phone: the console's `md` breakpoint. */
export const PHONE_WIDTH = 768;

/** The page a sign-in asked to return to (`state.from` of the redirect to /login), if any besides home. */
export function returnPath(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('from' in state) || typeof state.from !== 'string') return null;
  const from = state.from;
  return from.startsWith('/') && !from.startsWith('//') && from !== '/login' && from !== '/' ? from : null;
}

/**
 * Where a staff user lands after signing in: the page they were sent away from, else the home page (their to-do) —
 * except a grid worker on a phone (someone who files daily reports, on a screen narrower than PHONE_WIDTH), who
 * starts on today's page (`/grid/today`, the phone page with the report, the cases and their to-do).
 */
export function landingPath(from: string | null, permissions: readonly string[], viewportWidth: number): string {
  if (from !== null) return from;
  if (viewportWidth < PHONE_WIDTH && permissions.includes('grid:report')) return '/grid/today';
  return '/';
}
