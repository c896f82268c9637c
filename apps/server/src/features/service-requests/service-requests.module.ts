import { serviceRequestsModule } from '@jishi/shared/modules/service-requests';
import type { ServerModule } from '../../server-module.ts';
import { serviceRequestRoutes } from './service-requests.routes.ts';
import { seedServiceRequests } from './service-requests.seed.ts';
import { requestTodoKinds } from './service-requests.todos.ts';
import { overdueTodosJob } from './overdue-todos.job.ts';

export const serviceRequestsServerModule: ServerModule = {
  manifest: serviceRequestsModule,
  routes: [serviceRequestRoutes],
  jobs: [overdueTodosJob],
  todos: requestTodoKinds,
  seed: seedServiceRequests,
};
