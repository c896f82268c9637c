import { z } from 'zod';
import { zPage } from './common.schema.ts';

/** The public board: no ID number, phone, attendee or vote detail can leave through this schema. */
export const publicBoardList = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
});
export const publicNoticeView = z.object({
  id: z.string(),
  matterId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  kind: z.enum(['resolution', 'result']),
  title: z.string(),
  content: z.string(),
  noticeFrom: z.string(),
  noticeUntil: z.string(),
  current: z.boolean(),
  rating: z.object({ count: z.number().int(), average: z.number().nullable() }).nullable(),
});
export const publicNoticeQuery = zPage.extend({ current: z.enum(['true', 'false']).optional() });
