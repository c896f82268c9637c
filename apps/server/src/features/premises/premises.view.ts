import type { PremisesView, ProjectView, RoomView } from '@jishi/shared';
import type { RoomTable } from './premises.table.ts';
import type { PremisesRow, ProjectRow } from './premises.repo.ts';

export const toRoomView = (r: RoomTable): RoomView => ({
  id: r.id,
  premisesId: r.premises_id,
  name: r.name,
  kind: r.kind as RoomView['kind'],
  capacity: r.capacity,
  bookable: r.bookable === 1,
  needsApproval: r.needs_approval === 1,
});

export const toPremisesView = (p: PremisesRow, rooms: RoomTable[], addedM2: number): PremisesView => ({
  id: p.id,
  unitId: p.unit_id,
  unitName: p.unit_name,
  name: p.name,
  areaM2: p.area_m2,
  obtained: p.obtained as PremisesView['obtained'],
  address: p.address,
  openingHours: p.opening_hours,
  inUseFrom: p.in_use_from,
  totalAreaM2: p.area_m2 + addedM2,
  rooms: rooms.map(toRoomView),
});

export const toProjectView = (j: ProjectRow): ProjectView => ({
  id: j.id,
  unitId: j.unit_id,
  unitName: j.unit_name,
  premisesId: j.premises_id,
  name: j.name,
  adds: j.adds as ProjectView['adds'],
  budgetFen: j.budget_fen,
  fundSource: j.fund_source,
  allocationId: j.allocation_id,
  status: j.status as ProjectView['status'],
  priorityProject: j.priority_project === 1,
  priorityFunds: j.priority_funds === 1,
  priorityEquipment: j.priority_equipment === 1,
  plannedAreaM2: j.planned_area_m2,
  areaAddedM2: j.area_added_m2,
  equipment: j.equipment,
  startedOn: j.started_on,
  completedOn: j.completed_on,
});
