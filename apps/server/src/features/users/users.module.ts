import { usersModule } from '@jishi/shared/modules/users';
import type { ServerModule } from '../../server-module.ts';
import { userRoutes } from './users.routes.ts';
import { accountProposalRoutes } from './account-proposals.routes.ts';
import { jobRoutes } from './jobs.routes.ts';
import { pruneJobRunsJob } from './jobs-prune.job.ts';

export const usersServerModule: ServerModule = {
  manifest: usersModule,
  routes: [userRoutes, accountProposalRoutes, jobRoutes],
  jobs: [pruneJobRunsJob],
};
