import { decisionsModule } from '@jishi/shared/modules/decisions';
import type { ServerModule } from '../../server-module.ts';
import { decisionRoutes } from './decisions.routes.ts';
import { hallRoutes } from './hall.routes.ts';
import { meetingRoutes } from './meetings.routes.ts';
import { boardRoutes } from './board.routes.ts';
import { seedDecisions } from './decisions.seed.ts';
import { decisionTodoKinds } from './decisions.todos.ts';
import { noticeTodosJob } from './notice-todos.job.ts';

export const decisionsServerModule: ServerModule = {
  manifest: decisionsModule,
  routes: [decisionRoutes, hallRoutes, meetingRoutes, boardRoutes],
  jobs: [noticeTodosJob],
  todos: decisionTodoKinds,
  seed: seedDecisions,
};
