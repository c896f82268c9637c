import { indicatorsModule } from '@jishi/shared/modules/indicators';
import { defineWebModule } from '../../app/web-module.ts';

/** The indicators module's pages (manifest: packages/shared/src/modules/indicators.ts). */
export const indicatorsWeb = defineWebModule(indicatorsModule, {
  console: [{ menu: 'indicators', page: () => import('./indicators-page.tsx').then((m) => m.IndicatorsPage) }],
  public: [
    // The lobby screen, without the console's chrome.
    {
      menu: 'big-screen',
      page: () => import('./big-screen-page.tsx').then((m) => m.BigScreenPage),
      staffSession: true,
    },
  ],
});
