import type { ProjectAdds, ProjectStatus, RoomKind } from '@jishi/shared';
/** Service premises (综合服务用房) of a community: floor area in whole m², how obtained, in use from a date. */
export interface PremisesTable {
  id: string;
  unit_id: string;
  name: string;
  /** Area when registered (whole m²); completed construction projects add to it. */
  area_m2: number;
  obtained: string;
  address: string;
  opening_hours: string;
  in_use_from: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** A room (功能室) of a premises: kind, capacity, bookable, needs the community's approval. */
export interface RoomTable {
  id: string;
  premises_id: string;
  name: string;
  kind: RoomKind;
  capacity: number;
  bookable: number;
  needs_approval: number;
  created_at: string;
  updated_at: string;
}

/** A construction project adding area and/or equipment to a premises; area counts from its completion date. */
export interface ProjectTable {
  id: string;
  unit_id: string;
  premises_id: string;
  name: string;
  /** 'area' | 'equipment' | 'both' */
  adds: ProjectAdds;
  budget_fen: number;
  fund_source: string;
  allocation_id: string | null;
  status: ProjectStatus;
  priority_project: number;
  priority_funds: number;
  priority_equipment: number;
  planned_area_m2: number;
  /** 0 until completed; then the area the project actually added. */
  area_added_m2: number;
  equipment: string;
  started_on: string | null;
  completed_on: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}
