import { messagesModule } from '@jishi/shared/modules/messages';
import { defineWebModule } from '../../app/web-module.ts';

/** The message centre (消息中心) and the group robots (群机器人) (manifest: packages/shared/src/modules/messages.ts). */
export const messagesWeb = defineWebModule(messagesModule, {
  console: [
    { menu: 'messages', page: () => import('./messages-page.tsx').then((m) => m.MessagesPage) },
    { menu: 'robots', page: () => import('./robots-page.tsx').then((m) => m.RobotsPage) },
  ],
});
