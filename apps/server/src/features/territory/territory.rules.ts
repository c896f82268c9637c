/** Pure rules of the territory tree (一级/二级/三级网格 and micro-grids). */
export type UnitKind = 'subdistrict' | 'community' | 'village' | 'grid' | 'micro_grid';

const CHILD_KINDS: Record<UnitKind, readonly UnitKind[]> = {
  subdistrict: ['community', 'village'],
  community: ['grid'],
  village: ['grid'],
  grid: ['micro_grid'],
  micro_grid: [],
};

export const canHoldChild = (parent: UnitKind, child: UnitKind): boolean => CHILD_KINDS[parent].includes(child);
/** A community or village (社区/村): the level that holds grids, halls, posts and volunteer teams. */
export const isCommunity = (kind: UnitKind): boolean => kind === 'community' || kind === 'village';
export const isMergeable = isCommunity;
export const holdsPeople = (kind: UnitKind): boolean => kind === 'grid' || kind === 'micro_grid';

/** A date-bounded record is in force on `date` when valid_from ≤ date < valid_to. */
export const inForce = (validFrom: string, validTo: string | null, date: string): boolean =>
  validFrom <= date && (validTo === null || validTo > date);

export const childPath = (parentPath: string, id: string): string => `${parentPath}${id}/`;
