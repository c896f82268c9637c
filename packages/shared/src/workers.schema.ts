import { z } from 'zod';
import { zId, zName, zPage, zPastDate } from './common.schema.ts';

/** Community workers: 机关下沉 (agency) / 大学生 (graduate) / 公益性岗位 / 居民 (resident). */
export const WORKER_ORIGINS = ['agency', 'graduate', 'public_welfare', 'resident'] as const;
export const workerView = z.object({
  id: z.string(),
  name: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  post: z.string(),
  origin: z.enum(WORKER_ORIGINS),
  isSunkCadre: z.boolean(),
  isFirstSecretary: z.boolean(),
  joinedOn: z.string(),
});
export const workerListQuery = zPage.extend({ unitId: zId.optional() });
export const workerCreateBody = z.strictObject({
  name: zName,
  unitId: zId,
  post: z.string().trim().min(1).max(60),
  origin: z.enum(WORKER_ORIGINS),
  isFirstSecretary: z.boolean().default(false),
  joinedOn: zPastDate.optional(),
});
export type WorkerCreate = z.infer<typeof workerCreateBody>;
/** Every field optional and none defaulted: a PATCH changes only what it names. */
export const workerUpdateBody = z.strictObject({
  name: zName.optional(),
  unitId: zId.optional(),
  post: z.string().trim().min(1).max(60).optional(),
  origin: z.enum(WORKER_ORIGINS).optional(),
  isFirstSecretary: z.boolean().optional(),
  joinedOn: zPastDate.optional(),
});
