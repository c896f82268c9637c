import { brandsModule } from '@jishi/shared/modules/brands';
import type { ServerModule } from '../../server-module.ts';
import { brandRoutes } from './brands.routes.ts';
import { seedBrands } from './brands.seed.ts';

export const brandsServerModule: ServerModule = { manifest: brandsModule, routes: [brandRoutes], seed: seedBrands };
