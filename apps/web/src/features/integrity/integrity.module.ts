import { integrityModule } from '@jishi/shared/modules/integrity';
import { defineWebModule } from '../../app/web-module.ts';

/** The integrity module's pages (manifest: packages/shared/src/modules/integrity.ts). */
export const integrityWeb = defineWebModule(integrityModule, {
  console: [
    { menu: 'power-list', page: () => import('./power-list-page.tsx').then((m) => m.PowerListPage) },
    { menu: 'exercises', page: () => import('./exercises-page.tsx').then((m) => m.ExercisesPage) },
    {
      menu: 'exercises',
      path: '/integrity/exercises/:id',
      page: () => import('./exercise-page.tsx').then((m) => m.ExercisePage),
    },
    { menu: 'alerts', page: () => import('./alerts-page.tsx').then((m) => m.AlertsPage) },
    { menu: 'oversight', page: () => import('./oversight-page.tsx').then((m) => m.OversightPage) },
    // Complaints: inspectors only (complaint:read), never community staff or administrators.
    { menu: 'complaints', page: () => import('./complaints-page.tsx').then((m) => m.ComplaintsPage) },
  ],
  portal: [
    // 信访举报 without sign-in (the tracking code never appears in a URL)
    { path: '/portal/report', page: () => import('./report-page.tsx').then((m) => m.ReportPage) },
    { path: '/portal/report/track', page: () => import('./track-page.tsx').then((m) => m.TrackPage) },
    // a community's power list (权力清单) in the portal's frame
    { path: '/portal/power-list/:unitId', page: () => import('./power-board-page.tsx').then((m) => m.PowerBoardPage) },
  ],
  public: [
    {
      path: '/board/:unitId/power-list',
      page: () => import('./power-board-page.tsx').then((m) => m.PowerBoardPage),
      strings: ['decisions', 'integrity'],
    },
    {
      path: '/print/power-items/:id',
      page: () => import('./item-print-page.tsx').then((m) => m.ItemPrintPage),
      staffSession: true,
    },
    // The old addresses of 信访举报 lead into the portal.
    { path: '/report', redirect: '/portal/report' },
    { path: '/report/track', redirect: '/portal/report/track' },
  ],
});
