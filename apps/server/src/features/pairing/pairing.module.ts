import { pairingModule } from '@jishi/shared/modules/pairing';
import type { ServerModule } from '../../server-module.ts';
import { pairingRoutes } from './pairing.routes.ts';
import { seedPairing } from './pairing.seed.ts';
import { pairingTodoKinds } from './pairing.todos.ts';

export const pairingServerModule: ServerModule = {
  manifest: pairingModule,
  routes: [pairingRoutes],
  seed: seedPairing,
  todos: pairingTodoKinds,
};
