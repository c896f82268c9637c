import { z } from 'zod';
import { zId, zMobile, zName, zPage, zPaged } from './common.schema.ts';

/**
 * In-app messages (站内消息): reminders and notices addressed to one user. The text is written when the message is
 * made, in both languages, and holds nothing the recipient could not already see.
 */
export const messageView = z.object({
  id: z.string(),
  /** The reminder kind (`<module>.<what>`), e.g. `grid.cutoff-reminder`. */
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** A console path, or null. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type MessageView = z.infer<typeof messageView>;

export const messageListQuery = zPage.extend({ unread: z.enum(['1', '0']).optional() });
export type MessageListQuery = z.infer<typeof messageListQuery>;
export const messageListView = zPaged(messageView).extend({ unread: z.number().int() });
export type MessageListView = z.infer<typeof messageListView>;
export const unreadCountView = z.object({ unread: z.number().int() });

/**
 * The kinds of reminder a person or a group may receive, and where each may go. In-app messages are always made;
 * SMS only for kinds marked `sms` (a person opts in per kind); group robots only for kinds marked `group` — a robot
 * posts to a whole group, so kinds whose very title tells about a person (alerts, complaints) never go there.
 * A module adds a kind here when it starts sending it (features/messages/notify.ts refuses an unknown kind).
 */
export const MESSAGE_KINDS = [
  { kind: 'grid.cutoff-reminder', sms: true, group: true },
  { kind: 'grid.missing-reports', sms: false, group: true },
  { kind: 'grid.case-warning', sms: true, group: true },
  { kind: 'grid.case-escalated', sms: true, group: true },
  { kind: 'service-requests.warning', sms: true, group: true },
  { kind: 'integrity.alert-new', sms: false, group: false },
  { kind: 'integrity.complaint-new', sms: false, group: false },
  { kind: 'decisions.stage-due', sms: true, group: true },
  { kind: 'decisions.notice-ending', sms: true, group: true },
  { kind: 'party-life.monthly', sms: false, group: true },
  { kind: 'pairing.contact-due', sms: true, group: true },
] as const satisfies readonly { kind: string; sms: boolean; group: boolean }[];
export type MessageKind = (typeof MESSAGE_KINDS)[number]['kind'];
export const messageKindOf = (kind: string) => MESSAGE_KINDS.find((k) => k.kind === kind);
const kindWhere = (test: (k: (typeof MESSAGE_KINDS)[number]) => boolean) =>
  z.string().refine((v) => MESSAGE_KINDS.some((k) => k.kind === v && test(k)), { message: 'validation.messageKind' });

/** 'HH:MM', 24-hour, Asia/Shanghai wall-clock time. */
const zTimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.timeOfDay' });

/** Quiet hours: SMS is held from `start` until `end` (Asia/Shanghai); equal times mean none. Default 21:00–08:00. */
export const quietHours = z.object({ start: zTimeOfDay, end: zTimeOfDay });
export type QuietHours = z.infer<typeof quietHours>;
export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' };

/** The reader's own choice of channels (GET /api/messages/preferences). In-app messages are always on. */
export const messagePreferencesView = z.object({
  /** Kinds the reader also receives by SMS. */
  smsKinds: z.array(z.string()),
  quietHours,
  /** The number SMS goes to, masked (138****5678); null when none is set (then no SMS is sent). */
  phone: z.string().nullable(),
  /** The kinds there are, and which may go by SMS. */
  kinds: z.array(z.object({ kind: z.string(), sms: z.boolean() })),
});
export type MessagePreferencesView = z.infer<typeof messagePreferencesView>;

/** PUT /api/messages/preferences. `phone`: a new number; null removes it; absent keeps the stored one. */
export const messagePreferencesBody = z.strictObject({
  smsKinds: z.array(kindWhere((k) => k.sms)).max(MESSAGE_KINDS.length),
  quietHours,
  phone: zMobile.nullable().optional(),
});
export type MessagePreferencesBody = z.infer<typeof messagePreferencesBody>;

// ---- group robots (群机器人) ----

export const ROBOT_PLATFORMS = ['wecom', 'dingtalk'] as const;
export type RobotPlatformCode = (typeof ROBOT_PLATFORMS)[number];

/** A robot as shown: the webhook and secret never leave the server (host and last four characters only). */
export const robotView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  platform: z.enum(ROBOT_PLATFORMS),
  name: z.string(),
  /** e.g. `qyapi.weixin.qq.com …a1b2`. */
  webhookHint: z.string(),
  hasSecret: z.boolean(),
  kinds: z.array(z.string()),
  enabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RobotView = z.infer<typeof robotView>;
export const robotListView = z.object({
  items: z.array(robotView),
  /** The kinds a robot may receive. */
  kinds: z.array(z.string()),
});
export type RobotListView = z.infer<typeof robotListView>;

const zWebhook = z
  .url({ protocol: /^https?$/, error: 'validation.webhookUrl' })
  .max(500, { message: 'validation.webhookUrl' });
const zRobotSecret = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9+/=_-]{8,200}$/, { message: 'validation.robotSecret' });
const robotKinds = z.array(kindWhere((k) => k.group)).max(MESSAGE_KINDS.length);

export const robotCreateBody = z.strictObject({
  unitId: zId,
  platform: z.enum(ROBOT_PLATFORMS),
  name: zName,
  webhookUrl: zWebhook,
  /** DingTalk's signing secret (加签); refused for WeCom. */
  secret: zRobotSecret.nullable().optional(),
  kinds: robotKinds,
  enabled: z.boolean().default(true),
});
export type RobotCreateBody = z.infer<typeof robotCreateBody>;

/** PUT /api/robots/:id: what changes; an absent webhook or secret keeps the stored one, a null secret removes it. */
export const robotUpdateBody = z.strictObject({
  name: zName,
  webhookUrl: zWebhook.optional(),
  secret: zRobotSecret.nullable().optional(),
  kinds: robotKinds,
  enabled: z.boolean(),
});
export type RobotUpdateBody = z.infer<typeof robotUpdateBody>;

// ---- the outbox (发送记录), for the security administrator ----

export const OUTBOUND_CHANNELS = ['wecom', 'dingtalk', 'sms'] as const;
export type OutboundChannel = (typeof OUTBOUND_CHANNELS)[number];
export const OUTBOUND_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboundStatus = (typeof OUTBOUND_STATUSES)[number];

export const outboxQuery = zPage.extend({
  status: z.enum(OUTBOUND_STATUSES).optional(),
  channel: z.enum(OUTBOUND_CHANNELS).optional(),
});
export type OutboxQuery = z.infer<typeof outboxQuery>;
export const outboxEntryView = z.object({
  id: z.string(),
  kind: z.string(),
  channel: z.enum(OUTBOUND_CHANNELS),
  /** The robot's name, or the recipient's masked number; never a webhook or a full number. */
  target: z.string(),
  status: z.enum(OUTBOUND_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
});
export type OutboxEntryView = z.infer<typeof outboxEntryView>;
export const outboxListView = zPaged(outboxEntryView);
export type OutboxListView = z.infer<typeof outboxListView>;
