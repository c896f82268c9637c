import type { UnitView } from '@jishi/shared';
import type { Actor } from '../../platform/actor.ts';
import { idsOnPath } from '../../platform/org-scope.ts';
import type { OrgUnitTable } from './territory.table.ts';
import { unitAbilities } from './territory.policy.ts';

export function toUnitView(
  actor: Actor,
  u: OrgUnitTable,
  parentId: string | null,
  parentPath: string | null,
): UnitView {
  return {
    id: u.id,
    parentId,
    kind: u.kind as UnitView['kind'],
    gridKind: (u.grid_kind as UnitView['gridKind']) ?? null,
    name: u.name,
    code: u.code,
    validFrom: u.valid_from,
    validTo: u.valid_to,
    mergedIntoId: u.merged_into_id,
    abilities: unitAbilities(actor, u, parentPath),
  };
}

/** Path of a unit's parent, derived from its own path ('/a/b/c/' → '/a/b/'). */
export function parentPathOf(path: string): string | null {
  const parts = idsOnPath(path);
  return parts.length > 1 ? `/${parts.slice(0, -1).join('/')}/` : null;
}
