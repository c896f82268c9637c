import { z } from 'zod';
import { zDate, zId } from './common.schema.ts';
import { CASE_LEVELS, CASE_STATUSES, DISPUTE_CATEGORIES } from './grid.schema.ts';

/** The grid's dashboard (网格治理看板) and its daily roll-up. */
export const gridDashboardQuery = z.object({ from: zDate.optional(), to: zDate.optional(), unitId: zId.optional() });
const countBy = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.array(z.object({ key: z.enum(keys), count: z.number().int() }));
export const gridDashboardView = z.object({
  from: z.string(),
  to: z.string(),
  compliance: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      kind: z.string(),
      expected: z.number().int(),
      reported: z.number().int(),
      zero: z.number().int(),
      late: z.number().int(),
      rate: z.number(),
    }),
  ),
  byDay: z.array(
    z.object({ date: z.string(), expected: z.number().int(), reported: z.number().int(), late: z.number().int() }),
  ),
  byCategory: countBy(DISPUTE_CATEGORIES),
  byLevel: countBy(CASE_LEVELS),
  byStatus: countBy(CASE_STATUSES),
  cases: z.number().int(),
  overdue: z.number().int(),
  yellow: z.number().int(),
  /** Share of resolved cases resolved at grid level (源头治理); null when nothing was resolved. */
  gridResolvedShare: z.number().nullable(),
  /** Sessions ending in an agreement over all sessions; null without sessions. */
  mediationSuccessRate: z.number().nullable(),
});
export type GridDashboardView = z.infer<typeof gridDashboardView>;
export type GridFiguresQuery = z.infer<typeof gridDashboardQuery>;
export const dailyRollupQuery = z.object({ date: zDate.optional(), unitId: zId.optional() });
export const dailyRollupView = z.object({
  date: z.string(),
  unitName: z.string(),
  expected: z.number().int(),
  reported: z.number().int(),
  zero: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  items: z.number().int(),
  newCases: z.number().int(),
  resolvedToday: z.number().int(),
  openCases: z.number().int(),
  red: z.number().int(),
  communities: z.array(
    z.object({
      name: z.string(),
      expected: z.number().int(),
      reported: z.number().int(),
      missing: z.number().int(),
      newCases: z.number().int(),
    }),
  ),
  text: z.string(),
});
