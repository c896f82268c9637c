import { defineModule } from './manifest.ts';

export const trainingsModule = defineModule({
  id: 'trainings',
  permissions: [],
  grants: {},
});
