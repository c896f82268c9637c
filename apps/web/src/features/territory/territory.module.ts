import { territoryModule } from '@jishi/shared/modules/territory';
import { defineWebModule } from '../../app/web-module.ts';

/** The territory module's pages (manifest: packages/shared/src/modules/territory.ts). */
export const territoryWeb = defineWebModule(territoryModule, {
  console: [{ menu: 'territory', page: () => import('./territory-page.tsx').then((m) => m.TerritoryPage) }],
});
