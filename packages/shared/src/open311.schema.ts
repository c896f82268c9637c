import { z } from 'zod';
import { zId, zText } from './common.schema.ts';

/** Open311 clients: the keys other systems use to file service requests. */
export const open311ClientBody = z.strictObject({ unitId: zId, name: zText(100) });
export type Open311ClientInput = z.infer<typeof open311ClientBody>;
export const open311ClientIssued = z.object({ id: z.string(), name: z.string(), apiKey: z.string() });
export const open311ClientList = z.array(
  z.object({
    id: z.string(),
    unitId: z.string(),
    name: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  }),
);
