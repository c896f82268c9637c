import { gridModule } from '@jishi/shared/modules/grid';
import type { ServerModule } from '../../server-module.ts';
import { gridRoutes } from './grid.routes.ts';
import { escalationSweepJob } from './escalation.job.ts';
import { seedGrid } from './grid.seed.ts';
import { reportTodosJob } from './report-todos.job.ts';
import { cutoffRemindersJob } from './cutoff-reminders.job.ts';
import { gridTodoKinds } from './grid.todos.ts';

export const gridServerModule: ServerModule = {
  manifest: gridModule,
  routes: [gridRoutes],
  jobs: [escalationSweepJob, reportTodosJob, cutoffRemindersJob],
  todos: gridTodoKinds,
  seed: seedGrid,
};
