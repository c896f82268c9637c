import { messagesModule } from '@jishi/shared/modules/messages';
import type { ServerModule } from '../../server-module.ts';
import { messagesRoutes } from './messages.routes.ts';
import { robotsRoutes } from './robots.routes.ts';
import { deliveryJob } from './deliver.job.ts';
import { pruneMessagesJob } from './prune.job.ts';

export const messagesServerModule: ServerModule = {
  manifest: messagesModule,
  routes: [messagesRoutes, robotsRoutes],
  jobs: [deliveryJob(), pruneMessagesJob],
};
