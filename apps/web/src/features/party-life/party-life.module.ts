import { partyLifeModule } from '@jishi/shared/modules/party-life';
import { defineWebModule } from '../../app/web-module.ts';

/** The party-life module's pages (manifest: packages/shared/src/modules/party-life.ts). */
export const partyLifeWeb = defineWebModule(partyLifeModule, {
  console: [{ menu: 'party-life', page: () => import('./party-life-page.tsx').then((m) => m.PartyLifePage) }],
});
