import { z } from 'zod';
import { zId } from './common.schema.ts';

/** The subdistrict overview (dashboard module): territory, people and workers counted at a date. */
export const dashboardQuery = z.object({ at: z.iso.date().optional(), unitId: zId.optional() });
export const dashboardView = z.object({
  at: z.string(),
  communities: z.number().int(),
  villages: z.number().int(),
  grids: z.number().int(),
  residents: z.number().int(),
  partyMembers: z.number().int(),
  branches: z.number().int(),
  workers: z.number().int(),
  sunkCadres: z.number().int(),
  agencyStaff: z.number().int(),
  sunkCadreShare: z.number().nullable(),
  workersTarget: z.number().int(),
  perCommunity: z.array(
    z.object({
      unitId: z.string(),
      name: z.string(),
      kind: z.string(),
      grids: z.number().int(),
      residents: z.number().int(),
      workers: z.number().int(),
      meetsWorkerTarget: z.boolean(),
    }),
  ),
});
