import { trainingsModule } from '@jishi/shared/modules/trainings';
import type { ServerModule } from '../../server-module.ts';
import { trainingRoutes } from './trainings.routes.ts';
import { seedTrainings } from './trainings.seed.ts';

export const trainingsServerModule: ServerModule = {
  manifest: trainingsModule,
  routes: [trainingRoutes],
  seed: seedTrainings,
};
