import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { requireUnit, unitsOfKinds, type UnitRow } from '../territory/territory.service.ts';
import { idsOnPath, subdistrictIdOf } from '../../platform/org-scope.ts';
import { specialistPosts } from './posts.service.ts';
import { reportsOnDay } from './reports.service.ts';
import { settingsFor } from './settings.service.ts';
import { localDay, localInstant } from '../../platform/local-date.ts';
import { nowIsoOf } from '../../platform/clock.ts';

export interface Tally {
  expected: number;
  reported: number;
  zero: number;
  late: number;
  missing: number;
}
const empty = (): Tally => ({ expected: 0, reported: 0, zero: 0, late: 0, missing: 0 });

/** Adds a grid's figures to the grid and every unit above it (grid → community → subdistrict). */
export function rollUp<T extends { [K in keyof T]: number }>(
  tallies: Map<string, T>,
  gridPath: string,
  add: Partial<T>,
): void {
  for (const id of idsOnPath(gridPath)) addTo(tallies.get(id), add);
}

/** Adds counts to one tally (none: nothing to add to). */
export function addTo<T extends { [K in keyof T]: number }>(target: T | undefined, add: Partial<T>): void {
  if (target) for (const [k, v] of Object.entries(add) as [keyof T, number][]) (target[k] as number) += v;
}

/** Today's (or a day's) report compliance for the scope: per unit, and after the cut-off one alert per specialist who has not reported. */
export async function compliance(deps: Deps, actor: Actor, query: { date?: string; unitId?: string }) {
  authorize(actor, 'grid:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  const now = nowIsoOf(deps.clock);
  const date = query.date ?? localDay(now);
  const [units, posts, reports] = await Promise.all([
    unitsOfKinds(deps.db, ['subdistrict', 'community', 'village', 'grid', 'micro_grid'], {
      scope: actor.scope,
      under: unitPath,
    }),
    specialistPosts(deps.db, actor.scope, unitPath),
    reportsOnDay(deps.db, actor.scope, date, unitPath),
  ]);
  const { cutoff } = await settingsFor(
    deps.db,
    subdistrictIdOf(unitPath ?? units[0]?.path ?? actor.scope.paths[0] ?? ''),
  );
  const afterCutoff = now > localInstant(date, cutoff);
  const tallies = new Map(units.map((u) => [u.id, empty()]));
  const byId = new Map(units.map((u) => [u.id, u]));
  const filed = new Set(reports.map((r) => `${r.grid_id}:${r.reporter_id}`));
  const missing: { gridId: string; gridName: string; communityName: string; userId: string; userName: string }[] = [];
  for (const p of posts.filter((x) => x.since <= date)) {
    const done = filed.has(`${p.grid_id}:${p.user_id}`);
    rollUp(tallies, p.grid_path, { expected: 1, missing: done ? 0 : 1 });
    if (!done && afterCutoff) {
      const community = byId.get(idsOnPath(p.grid_path)[1] ?? '');
      missing.push({
        gridId: p.grid_id,
        gridName: p.grid_name,
        communityName: community?.name ?? '',
        userId: p.user_id,
        userName: p.user_name,
      });
    }
  }
  for (const r of reports) {
    const grid = byId.get(r.grid_id);
    if (grid) rollUp(tallies, grid.path, { reported: 1, zero: r.zero, late: r.late });
  }
  return {
    date,
    cutoff,
    afterCutoff,
    units: units.map((u: UnitRow) => ({
      unitId: u.id,
      unitName: u.name,
      kind: u.kind,
      parentId: u.parent_id,
      ...(tallies.get(u.id) as Tally),
    })),
    missing,
  };
}
