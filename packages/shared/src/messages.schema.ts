import { z } from 'zod';
import { zPage, zPaged } from './common.schema.ts';

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
