import { defineModule } from './manifest.ts';

/**
 * Messages: in-app messages (站内消息) every signed-in user reads ('authenticated' routes), the per-user choice of
 * channels, group robots (WeCom 企业微信 / DingTalk 钉钉) a unit registers, and the outbox of every message sent out
 * of the platform (group robots, SMS), which the security administrator follows.
 */
export const messagesModule = defineModule({
  id: 'messages',
  permissions: ['robot:manage', 'outbox:read'],
  grants: {
    subdistrict_admin: ['robot:manage'],
    community_secretary: ['robot:manage'],
    security_admin: ['outbox:read'],
  },
  // The message centre (消息中心): every signed-in user's own messages (and their own choice of channels).
  menu: [
    { key: 'messages', path: '/messages', labelKey: 'nav.messages', permission: null, group: 'mine' },
    // 群机器人: a unit's WeCom / DingTalk group robots and the reminder kinds each receives.
    { key: 'robots', path: '/robots', labelKey: 'nav.robots', permission: 'robot:manage', group: 'system' },
  ],
});
