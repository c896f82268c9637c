import { partyLifeModule } from '@jishi/shared/modules/party-life';
import type { ServerModule } from '../../server-module.ts';
import { partyLifeRoutes } from './party-life.routes.ts';
import { partyLifeFileRoutes } from './files.routes.ts';
import { seedPartyLife } from './party-life.seed.ts';
import { partyLifeTodoKinds } from './party-life.todos.ts';
import { openMeetingTodosJob } from './open-meeting-todos.job.ts';

export const partyLifeServerModule: ServerModule = {
  manifest: partyLifeModule,
  routes: [partyLifeRoutes, partyLifeFileRoutes],
  seed: seedPartyLife,
  jobs: [openMeetingTodosJob],
  todos: partyLifeTodoKinds,
};
