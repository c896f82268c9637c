import { AREA_PER_100_HOUSEHOLDS_M2, AREA_TARGET_M2 } from '@jishi/shared';

/** The local target: at least 1000 m² of service premises per community. */
export const meetsTarget = (areaM2: number): boolean => areaM2 >= AREA_TARGET_M2;

/** The national guideline: at least 30 m² per 100 households (integers only: area × 100 ≥ 30 × households). */
export const meetsNational = (areaM2: number, households: number): boolean =>
  areaM2 * 100 >= AREA_PER_100_HOUSEHOLDS_M2 * households;

/** Share in whole percent, rounded half up, from integers only (7 of 8 → 88). */
export const percent = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.floor((200 * part + whole) / (2 * whole));
