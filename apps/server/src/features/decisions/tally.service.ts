import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { requireUnit, unitsInForce } from '../territory/territory.service.ts';
import { scopeWithin } from '../auth/scope.ts';
import { tallyPerHall } from './decisions.stats.ts';
import { today } from '../../platform/local-date.ts';

/** Problems solved (解决实际问题) per community and village for a period; every hall in scope is listed, zeros included. */
export async function decisionTally(deps: Deps, actor: Actor, query: { from?: string; to?: string; unitId?: string }) {
  authorize(actor, 'dashboard:read');
  const year = today(deps.clock).slice(0, 4);
  const from = query.from ?? `${year}-01-01`;
  const to = query.to ?? `${year}-12-31`;
  const scope = query.unitId
    ? scopeWithin(actor.scope, (await requireUnit(deps.db, actor, query.unitId)).path)
    : actor.scope;
  const [tallies, units] = await Promise.all([tallyPerHall(deps, scope, from, to), unitsInForce(deps, scope, to)]);
  const perUnit = new Map(
    units
      .filter((u) => u.kind === 'community' || u.kind === 'village')
      .map((u) => [u.id, { unitId: u.id, name: u.name, kind: u.kind, opened: 0, solved: 0 }]),
  );
  for (const t of tallies) perUnit.set(t.unitId, t);
  const list = [...perUnit.values()];
  return {
    from,
    to,
    opened: list.reduce((s, u) => s + u.opened, 0),
    solved: list.reduce((s, u) => s + u.solved, 0),
    perUnit: list,
  };
}
