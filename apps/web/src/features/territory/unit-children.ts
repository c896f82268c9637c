import type { UnitView } from './territory-api.ts';

type Kind = UnitView['kind'];
export type ChildKind = Exclude<Kind, 'subdistrict'>;

/** Which kinds may hang under which (一级 → 二级 → 三级 → 微网格). */
export const CHILD_KINDS: Record<Kind, readonly ChildKind[]> = {
  subdistrict: ['community', 'village'],
  community: ['grid'],
  village: ['grid'],
  grid: ['micro_grid'],
  micro_grid: [],
};

export function isGridLike(kind: Kind): boolean {
  return kind === 'grid' || kind === 'micro_grid';
}
