import { defineModule } from './manifest.ts';

export const goodDeedsModule = defineModule({
  id: 'good-deeds',
  permissions: [],
  grants: {},
});
