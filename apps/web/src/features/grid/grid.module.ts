import { gridModule } from '@jishi/shared/modules/grid';
import { defineWebModule } from '../../app/web-module.ts';

/** The grid module's pages (manifest: packages/shared/src/modules/grid.ts). */
export const gridWeb = defineWebModule(gridModule, {
  console: [
    // A phone starting offline still opens the drafts page (PWA start_url).
    { menu: 'grid-today', page: () => import('./today-page.tsx').then((m) => m.GridTodayPage), offline: true },
    { menu: 'grid-cases', page: () => import('./cases-page.tsx').then((m) => m.GridCasesPage) },
    { menu: 'grid-cases', path: '/grid/cases/:id', page: () => import('./case-page.tsx').then((m) => m.GridCasePage) },
    { menu: 'grid-compliance', page: () => import('./compliance-page.tsx').then((m) => m.GridCompliancePage) },
    { menu: 'grid-dashboard', page: () => import('./figures-page.tsx').then((m) => m.GridFiguresPage) },
    { menu: 'grid-posts', page: () => import('./posts-page.tsx').then((m) => m.GridPostsPage) },
  ],
});
