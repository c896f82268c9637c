import { partyLifeModule } from '@jishi/shared/modules/party-life';
import type { ServerModule } from '../../server-module.ts';
import { partyLifeRoutes } from './party-life.routes.ts';
import { partyLifeFileRoutes } from './files.routes.ts';
import { seedPartyLife } from './party-life.seed.ts';

export const partyLifeServerModule: ServerModule = {
  manifest: partyLifeModule,
  routes: [partyLifeRoutes, partyLifeFileRoutes],
  seed: seedPartyLife,
};
