import { educationModule } from '@jishi/shared';
import type { ServerModule } from '../../server-module.ts';
import { educationRoutes } from './education.routes.ts';
import { seedEducation } from './education.seed.ts';

export const educationServerModule: ServerModule = {
  manifest: educationModule,
  routes: [educationRoutes],
  seed: seedEducation,
};
