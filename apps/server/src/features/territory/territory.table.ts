import type { GridKind, UnitKind } from '@jishi/shared';
export interface OrgUnitTable {
  id: string;
  parent_id: string | null;
  kind: UnitKind;
  grid_kind: GridKind | null;
  name: string;
  code: string | null;
  /** Materialized path of ids, '/root/…/self/'; scope checks match it by prefix. */
  path: string;
  valid_from: string;
  valid_to: string | null;
  merged_into_id: string | null;
  /** GeoJSON Polygon/MultiPolygon, null when none. */
  boundary?: string | null;
  created_at: string;
  updated_at: string;
}

/** Which parent a unit had over which dates: the history behind "which community on that date". */
export interface OrgUnitLinkTable {
  id: string;
  unit_id: string;
  parent_id: string | null;
  valid_from: string;
  valid_to: string | null;
}

export interface BuildingTable {
  id: string;
  grid_id: string;
  name: string;
  address: string;
  created_at: string;
  updated_at: string;
}

export interface HouseholdTable {
  id: string;
  grid_id: string;
  building_id: string | null;
  address: string;
  created_at: string;
  updated_at: string;
}
