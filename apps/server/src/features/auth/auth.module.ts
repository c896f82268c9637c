import { authModule } from '@jishi/shared/modules/auth';
import type { ServerModule } from '../../server-module.ts';
import { authRoutes } from './auth.routes.ts';
import { cleanUpJobs } from './clean-up.jobs.ts';

export const authServerModule: ServerModule = { manifest: authModule, routes: [authRoutes], jobs: cleanUpJobs };
