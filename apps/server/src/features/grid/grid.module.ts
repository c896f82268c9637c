import { gridModule } from '@jishi/shared/modules/grid';
import type { ServerModule } from '../../server-module.ts';
import { gridRoutes } from './grid.routes.ts';
import { escalationSweepJob } from './escalation.job.ts';

export const gridServerModule: ServerModule = {
  manifest: gridModule,
  routes: [gridRoutes],
  jobs: [escalationSweepJob],
};
