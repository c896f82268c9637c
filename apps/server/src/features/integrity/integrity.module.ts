import { integrityModule } from '@jishi/shared/modules/integrity';
import type { ServerModule } from '../../server-module.ts';
import { integrityRoutes } from './integrity.routes.ts';
import { supervisionRoutes } from './supervision.routes.ts';
import { seedIntegrity } from './integrity.seed.ts';
import { integrityTodoKinds } from './integrity.todos.ts';

export const integrityServerModule: ServerModule = {
  manifest: integrityModule,
  routes: [integrityRoutes, supervisionRoutes],
  seed: seedIntegrity,
  todos: integrityTodoKinds,
};
