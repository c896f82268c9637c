import { partyMembersModule } from '@jishi/shared/modules/party-members';
import type { ServerModule } from '../../server-module.ts';
import { partyMemberRoutes } from './party-members.routes.ts';

export const partyMembersServerModule: ServerModule = { manifest: partyMembersModule, routes: [partyMemberRoutes] };
