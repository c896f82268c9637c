import { providersModule } from '@jishi/shared/modules/providers';
import { defineWebModule } from '../../app/web-module.ts';

/** The providers module's pages (manifest: packages/shared/src/modules/providers.ts). */
export const providersWeb = defineWebModule(providersModule, {
  console: [{ menu: 'orders', page: () => import('./provider-orders-page.tsx').then((m) => m.ProviderOrdersPage) }],
});
