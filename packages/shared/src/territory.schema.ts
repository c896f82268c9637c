import { z } from 'zod';
import { zDate, zId, zName, zRegionCode } from './common.schema.ts';

/** 一级网格 subdistrict → 二级 community/village → 三级 grid → micro-grid (微网格). */
export const UNIT_KINDS = ['subdistrict', 'community', 'village', 'grid', 'micro_grid'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const GRID_KINDS = ['regular', 'dedicated'] as const;
export type GridKind = (typeof GRID_KINDS)[number];
export const zUnitKind = z.enum(UNIT_KINDS);

export const unitView = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: zUnitKind,
  gridKind: z.enum(GRID_KINDS).nullable(),
  name: z.string(),
  code: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
  abilities: z.object({ update: z.boolean(), createChild: z.boolean(), merge: z.boolean() }),
});
export type UnitView = z.infer<typeof unitView>;

export const unitTreeQuery = z.object({ at: zDate.optional() });
export const unitListView = z.object({ items: z.array(unitView), at: z.string() });

export const unitCreateBody = z.strictObject({
  parentId: zId,
  kind: zUnitKind.exclude(['subdistrict']),
  gridKind: z.enum(GRID_KINDS).optional(),
  name: zName,
  code: zRegionCode.optional(),
  validFrom: zDate.optional(),
});
export type UnitCreate = z.infer<typeof unitCreateBody>;
export const unitUpdateBody = z.strictObject({ name: zName.optional(), code: zRegionCode.nullable().optional() });
export type UnitUpdateInput = z.infer<typeof unitUpdateBody>;

export const mergeBody = z.strictObject({ targetId: zId, effectiveDate: zDate });
export type MergeInput = z.infer<typeof mergeBody>;

export const unitHistoryView = z.object({
  items: z.array(
    z.object({
      parentId: z.string().nullable(),
      parentName: z.string().nullable(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
    }),
  ),
});
export const parentAtQuery = z.object({ date: zDate });
export const parentAtView = z.object({
  date: z.string(),
  parent: z.object({ id: z.string(), name: z.string(), kind: zUnitKind }).nullable(),
});

export const buildingView = z.object({ id: z.string(), gridId: z.string(), name: z.string(), address: z.string() });
export const buildingCreateBody = z.strictObject({
  gridId: zId,
  name: zName,
  address: z.string().trim().min(1).max(200),
});
export type BuildingCreateInput = z.infer<typeof buildingCreateBody>;
export const householdView = z.object({
  id: z.string(),
  gridId: z.string(),
  buildingId: z.string().nullable(),
  address: z.string(),
  residentCount: z.number().int(),
});
export const householdCreateBody = z.strictObject({
  gridId: zId,
  buildingId: zId.optional(),
  address: z.string().trim().min(1).max(200),
});
export type HouseholdCreateInput = z.infer<typeof householdCreateBody>;
export const gridQuery = z.object({ gridId: zId });
