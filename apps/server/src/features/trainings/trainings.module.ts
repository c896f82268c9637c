import { trainingsModule } from '@jishi/shared/modules/trainings';
import type { ServerModule } from '../../server-module.ts';
import { trainingRoutes } from './trainings.routes.ts';

export const trainingsServerModule: ServerModule = { manifest: trainingsModule, routes: [trainingRoutes] };
