import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import './lib/i18n/index.ts';
import { AppProviders } from './app/providers.tsx';
import { router } from './app/router.tsx';
import { queryClient } from './lib/query-client.ts';
import { setUnauthenticatedHandler } from './lib/api-client.ts';
import { SESSION_KEY } from './features/auth/session.ts';

/** An expired session anywhere sends the user back to the login page. */
setUnauthenticatedHandler(() => {
  queryClient.setQueryData(SESSION_KEY, null);
  const from = router.state.location.pathname;
  if (from !== '/login') void router.navigate('/login', { replace: true, state: { from } });
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);

// grid governance: the service worker keeps the app shell for the grid worker's offline pages (PWA).
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}
