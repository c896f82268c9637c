import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { today } from '../../platform/local-date.ts';
import { requireUnit, unitsInForce } from '../territory/territory.service.ts';
import { residentsPerGridAt } from '../residents/residents.stats.ts';
import { partyCountsAt } from '../party-members/party-members.stats.ts';
import { workersPerUnitAt } from '../workers/workers.stats.ts';
import { isSunkCadre } from '../workers/workers.service.ts';
import { scopeWithin } from '../auth/scope.ts';
import { communityOf, meetsWorkerTarget, share, withinAt, WORKERS_TARGET } from './dashboard.compute.ts';

/** The home dashboard: first live indicators for the actor's scope (or a unit inside it) on a date. */
export async function homeDashboard(deps: Deps, actor: Actor, query: { at?: string; unitId?: string }) {
  authorize(actor, 'dashboard:read');
  const at = query.at ?? today(deps.clock);
  const focus = query.unitId ? await requireUnit(deps.db, actor, query.unitId) : null;
  const [allUnits, residentsByGrid, party, workerRows] = await Promise.all([
    unitsInForce(deps, actor.scope, at),
    residentsPerGridAt(deps, actor.scope, at),
    partyCountsAt(deps, focus ? scopeWithin(actor.scope, focus.path) : actor.scope, at),
    workersPerUnitAt(deps, actor.scope, at),
  ]);
  // Count each unit where it belonged on the date (under the drill-down unit or the actor's scope roots), not by its current path.
  const unitsAt = allUnits.map((u) => ({ id: u.id, kind: u.kind, name: u.name, parentAt: u.parent_at }));
  const rootPaths = focus ? [focus.path] : actor.scope.paths;
  const inFocus = rootPaths.includes('/')
    ? new Set(allUnits.map((u) => u.id))
    : withinAt(unitsAt, new Set(allUnits.filter((u) => rootPaths.includes(u.path)).map((u) => u.id)));
  const units = allUnits.filter((u) => inFocus.has(u.id));
  const workers = workerRows.filter((w) => inFocus.has(w.unitId));
  const community = communityOf(unitsAt);
  const perCommunity = new Map(
    units
      .filter((u) => u.kind === 'community' || u.kind === 'village')
      .map((u) => [
        u.id,
        { unitId: u.id, name: u.name, kind: u.kind, grids: 0, residents: 0, workers: 0, meetsWorkerTarget: false },
      ]),
  );
  for (const u of units)
    if (u.kind === 'grid') {
      const c = perCommunity.get(community.get(u.id) ?? '');
      if (c) c.grids += 1;
    }
  let residents = 0;
  for (const [gridId, n] of residentsByGrid) {
    if (!inFocus.has(gridId)) continue;
    residents += n;
    const c = perCommunity.get(community.get(gridId) ?? '');
    if (c) c.residents += n;
  }
  let sunkCadres = 0;
  let agencyStaff = 0;
  for (const w of workers) {
    const c = perCommunity.get(w.unitId);
    if (c) c.workers += w.count;
    if (w.origin === 'agency') agencyStaff += w.count;
    if (isSunkCadre(w.origin, w.unitKind)) sunkCadres += w.count;
  }
  for (const c of perCommunity.values()) c.meetsWorkerTarget = meetsWorkerTarget(c.workers);
  const list = [...perCommunity.values()];
  const seesAgency = units.some((u) => u.kind === 'subdistrict');
  return {
    at,
    communities: list.filter((c) => c.kind === 'community').length,
    villages: list.filter((c) => c.kind === 'village').length,
    grids: units.filter((u) => u.kind === 'grid').length,
    residents,
    partyMembers: party.members,
    branches: party.branches,
    workers: workers.filter((w) => w.unitKind !== 'subdistrict').reduce((s, w) => s + w.count, 0),
    sunkCadres,
    agencyStaff,
    sunkCadreShare: seesAgency ? share(sunkCadres, agencyStaff) : null,
    workersTarget: WORKERS_TARGET,
    perCommunity: list,
  };
}
