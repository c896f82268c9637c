import { todosModule } from '@jishi/shared/modules/todos';
import type { ServerModule } from '../../server-module.ts';
import { todosRoutes } from './todos.routes.ts';

export const todosServerModule: ServerModule = {
  manifest: todosModule,
  routes: [todosRoutes],
};
