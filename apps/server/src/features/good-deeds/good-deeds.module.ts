import { goodDeedsModule } from '@jishi/shared/modules/good-deeds';
import type { ServerModule } from '../../server-module.ts';
import { goodDeedRoutes } from './good-deeds.routes.ts';
import { seedGoodDeeds } from './good-deeds.seed.ts';

export const goodDeedsServerModule: ServerModule = {
  manifest: goodDeedsModule,
  routes: [goodDeedRoutes],
  seed: seedGoodDeeds,
};
