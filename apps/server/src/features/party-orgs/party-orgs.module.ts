import { partyOrgsModule } from '@jishi/shared/modules/party-orgs';
import type { ServerModule } from '../../server-module.ts';
import { partyOrgRoutes } from './party-orgs.routes.ts';

export const partyOrgsServerModule: ServerModule = { manifest: partyOrgsModule, routes: [partyOrgRoutes] };
