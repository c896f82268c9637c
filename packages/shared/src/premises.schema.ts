import { z } from 'zod';
import { zDate, zId, zText } from './common.schema.ts';

/**
 * Service positions (服务阵地): a community's premises (综合服务用房) with their rooms (功能室), and the
 * construction projects that add area or equipment. Areas are whole square metres.
 */
export const PREMISES_OBTAINED = ['built_with_housing', 'joint_build', 'rebuilt', 'other'] as const; // 配建 / 联建 / 改建 / 其他
export const ROOM_KINDS = [
  'service_hall',
  'dance',
  'fitness',
  'children',
  'multimedia',
  'day_care',
  'meeting',
  'party_activity',
  'other',
] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];
export const PROJECT_ADDS = ['area', 'equipment', 'both'] as const;
export type ProjectAdds = (typeof PROJECT_ADDS)[number];
export const PROJECT_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_ACTIONS = ['start', 'complete', 'cancel'] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];
/** The local target (≥1000 m² per community) and the national guideline (≥30 m² per 100 households). */
export const AREA_TARGET_M2 = 1000;
export const AREA_PER_100_HOUSEHOLDS_M2 = 30;

export const zAreaM2 = z.number().int().min(1).max(1_000_000);

export const premisesBody = z.strictObject({
  unitId: zId,
  name: zText(100),
  areaM2: zAreaM2,
  obtained: z.enum(PREMISES_OBTAINED),
  address: zText(200),
  openingHours: zText(100),
  inUseFrom: zDate,
});
export type PremisesInput = z.infer<typeof premisesBody>;
export const premisesPatchBody = premisesBody.omit({ unitId: true }).partial();

export const roomBody = z.strictObject({
  name: zText(60),
  kind: z.enum(ROOM_KINDS),
  capacity: z.number().int().min(1).max(10_000),
  bookable: z.boolean(),
  needsApproval: z.boolean(),
});
export type RoomInput = z.infer<typeof roomBody>;
export const roomPatchBody = roomBody.partial();

export const roomView = z.object({
  id: z.string(),
  premisesId: z.string(),
  name: z.string(),
  kind: z.enum(ROOM_KINDS),
  capacity: z.number().int(),
  bookable: z.boolean(),
  needsApproval: z.boolean(),
});
export type RoomView = z.infer<typeof roomView>;
export const premisesView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  name: z.string(),
  areaM2: z.number().int(),
  obtained: z.enum(PREMISES_OBTAINED),
  address: z.string(),
  openingHours: z.string(),
  inUseFrom: z.string(),
  /** Registered area plus the area of completed projects. */
  totalAreaM2: z.number().int(),
  rooms: z.array(roomView),
});
export type PremisesView = z.infer<typeof premisesView>;
export const premisesListQuery = z.object({ unitId: zId.optional() });

export const projectBody = z.strictObject({
  premisesId: zId,
  name: zText(100),
  adds: z.enum(PROJECT_ADDS),
  budgetFen: z.number().int().min(0).max(1_000_000_000_00),
  fundSource: zText(100),
  allocationId: zId.nullable().default(null),
  priorityProject: z.boolean(),
  priorityFunds: z.boolean(),
  priorityEquipment: z.boolean(),
  plannedAreaM2: z.number().int().min(0).max(1_000_000),
  equipment: z.string().trim().max(500).default(''),
});
export type ProjectInput = z.infer<typeof projectBody>;
export const projectActionBody = z.strictObject({
  action: z.enum(PROJECT_ACTIONS),
  on: zDate,
  /** The area actually added (completion only; defaults to the planned area). */
  areaAddedM2: z.number().int().min(0).max(1_000_000).optional(),
});
export type ProjectActionInput = z.infer<typeof projectActionBody>;
export const projectView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  premisesId: z.string(),
  name: z.string(),
  adds: z.enum(PROJECT_ADDS),
  budgetFen: z.number().int(),
  fundSource: z.string(),
  allocationId: z.string().nullable(),
  status: z.enum(PROJECT_STATUSES),
  priorityProject: z.boolean(),
  priorityFunds: z.boolean(),
  priorityEquipment: z.boolean(),
  plannedAreaM2: z.number().int(),
  areaAddedM2: z.number().int(),
  equipment: z.string(),
  startedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
});
export type ProjectView = z.infer<typeof projectView>;
export const projectListQuery = z.object({ unitId: zId.optional(), status: z.enum(PROJECT_STATUSES).optional() });

/** Area figures for a period: per community and for the whole scope. */
export const areaStatsQuery = z.object({ from: zDate, to: zDate });
export const areaStatsView = z.object({
  from: z.string(),
  to: z.string(),
  communities: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      areaM2: z.number().int(),
      addedM2: z.number().int(),
      households: z.number().int(),
      meetsTarget: z.boolean(),
      meetsNational: z.boolean(),
    }),
  ),
  totalAreaM2: z.number().int(),
  addedM2: z.number().int(),
  communitiesMeetingTarget: z.number().int(),
  communityCount: z.number().int(),
  /** Share of communities reaching 1000 m², in whole percent (rounded half up). */
  targetSharePercent: z.number().int(),
});
export type AreaStatsView = z.infer<typeof areaStatsView>;
