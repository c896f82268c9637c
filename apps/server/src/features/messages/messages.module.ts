import { messagesModule } from '@jishi/shared/modules/messages';
import type { ServerModule } from '../../server-module.ts';

export const messagesServerModule: ServerModule = {
  manifest: messagesModule,
  routes: [],
};
