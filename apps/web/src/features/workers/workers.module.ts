import { workersModule } from '@jishi/shared/modules/workers';
import { defineWebModule } from '../../app/web-module.ts';

/** The workers module's pages (manifest: packages/shared/src/modules/workers.ts). */
export const workersWeb = defineWebModule(workersModule, {
  console: [{ menu: 'workers', page: () => import('./workers-page.tsx').then((m) => m.WorkersPage) }],
});
