import { partyMembersModule } from '@jishi/shared/modules/party-members';
import { defineWebModule } from '../../app/web-module.ts';

/** The party-members module's pages (manifest: packages/shared/src/modules/party-members.ts). */
export const partyMembersWeb = defineWebModule(partyMembersModule, {
  console: [{ menu: 'party-members', page: () => import('./party-members-page.tsx').then((m) => m.PartyMembersPage) }],
});
