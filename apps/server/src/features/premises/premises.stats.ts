import type { AreaStatsView } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { meetsNational, meetsTarget, percent } from './area.rules.ts';
import { communitiesWithHouseholds } from '../territory/territory.service.ts';
import * as repo from './premises.repo.ts';

/**
 * Service area figures for dashboards, computed from the records: per current community in scope, the area in use
 * on `to` (registered premises in use by then plus projects completed by then), the area added within [from, to]
 * (premises that came into use and projects completed in the period), the 1000 m² target and the national
 * 30 m² per 100 households check. Three set-wise queries, whatever the number of communities.
 */
export async function areaFigures(db: Conn, scope: OrgScope, from: string, to: string): Promise<AreaStatsView> {
  const units = await communitiesWithHouseholds(db, scope);
  const ids = units.map((u) => u.id);
  const [premises, projects] = await Promise.all([
    repo.premisesAreaByUnit(db, ids, from, to),
    repo.projectAreaByUnit(db, ids, from, to),
  ]);
  const p = new Map(premises.map((r) => [r.unit_id, r]));
  const j = new Map(projects.map((r) => [r.unit_id, r]));
  const communities = units.map((u) => {
    const areaM2 = Number(p.get(u.id)?.area ?? 0) + Number(j.get(u.id)?.area ?? 0);
    const addedM2 = Number(p.get(u.id)?.added ?? 0) + Number(j.get(u.id)?.added ?? 0);
    const households = Number(u.households ?? 0);
    return {
      unitId: u.id,
      unitName: u.name,
      areaM2,
      addedM2,
      households,
      meetsTarget: meetsTarget(areaM2),
      meetsNational: meetsNational(areaM2, households),
    };
  });
  const meeting = communities.filter((c) => c.meetsTarget).length;
  return {
    from,
    to,
    communities,
    totalAreaM2: communities.reduce((s, c) => s + c.areaM2, 0),
    addedM2: communities.reduce((s, c) => s + c.addedM2, 0),
    communitiesMeetingTarget: meeting,
    communityCount: communities.length,
    targetSharePercent: percent(meeting, communities.length),
  };
}
