import { fundsModule } from '@jishi/shared/modules/funds';
import type { ServerModule } from '../../server-module.ts';
import { fundRoutes } from './funds.routes.ts';
import { seedFunds } from './funds.seed.ts';

export const fundsServerModule: ServerModule = { manifest: fundsModule, routes: [fundRoutes], seed: seedFunds };
