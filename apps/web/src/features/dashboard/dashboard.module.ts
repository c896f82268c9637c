import { dashboardModule } from '@jishi/shared/modules/dashboard';
import { defineWebModule } from '../../app/web-module.ts';

/** The dashboard module's pages (manifest: packages/shared/src/modules/dashboard.ts). */
export const dashboardWeb = defineWebModule(dashboardModule, {
  console: [{ menu: 'dashboard', page: () => import('./dashboard-page.tsx').then((m) => m.DashboardPage) }],
});
