import { partyOrgsModule } from '@jishi/shared/modules/party-orgs';
import { defineWebModule } from '../../app/web-module.ts';

/** The party-orgs module's pages (manifest: packages/shared/src/modules/party-orgs.ts). */
export const partyOrgsWeb = defineWebModule(partyOrgsModule, {
  console: [{ menu: 'party-orgs', page: () => import('./party-orgs-page.tsx').then((m) => m.PartyOrgsPage) }],
});
