import { residentsModule } from '@jishi/shared/modules/residents';
import { defineWebModule } from '../../app/web-module.ts';

/** The residents module's pages (manifest: packages/shared/src/modules/residents.ts). */
export const residentsWeb = defineWebModule(residentsModule, {
  console: [{ menu: 'residents', page: () => import('./residents-page.tsx').then((m) => m.ResidentsPage) }],
});
