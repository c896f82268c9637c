import type { Actor } from '../../platform/actor.ts';
import { can } from '../../platform/authorize.ts';
import { scopeCovers } from '../../platform/org-scope.ts';
import type { OrgUnitTable } from './territory.table.ts';
import { isMergeable } from './territory.rules.ts';

/** Abilities travel with each unit so the UI does not re-derive the rules. */
export function unitAbilities(
  actor: Actor,
  unit: Pick<OrgUnitTable, 'path' | 'kind' | 'valid_to'>,
  parentPath: string | null,
) {
  const current = unit.valid_to === null;
  const update = current && can(actor, 'territory:write') && scopeCovers(actor.scope, unit.path);
  return {
    update,
    createChild: update && unit.kind !== 'micro_grid',
    merge:
      current &&
      isMergeable(unit.kind) &&
      can(actor, 'territory:restructure') &&
      parentPath !== null &&
      scopeCovers(actor.scope, parentPath),
  };
}
