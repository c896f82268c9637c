import { defineModule } from './manifest.ts';

export const brandsModule = defineModule({
  id: 'brands',
  strings: 'services',
  permissions: [],
  grants: {},
});
