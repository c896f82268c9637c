import { educationModule } from '@jishi/shared/modules/education';
import type { ServerModule } from '../../server-module.ts';
import { educationRoutes } from './education.routes.ts';
import { seedEducation } from './education.seed.ts';

export const educationServerModule: ServerModule = {
  manifest: educationModule,
  routes: [educationRoutes],
  seed: seedEducation,
};
